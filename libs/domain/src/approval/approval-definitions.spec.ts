import { defaultPipelineDefinition } from '../pipeline/defaults/default-definitions.js';
import { isDomainError } from '../domain.error.js';
import { approvalStepPlans } from './start-approval-process.js';
import { stepApprovalOptions } from './step-options.js';
import { validateApprovalSteps } from './validate-approval-steps.js';

describe('approval steps from definitions', () => {
  it('a definition published before the approval options gets the defaults: no 加签, no 减签 of its signers, 催办 hourly', () => {
    const body = defaultPipelineDefinition('pledge', 'village');
    const review = body?.steps[1];
    expect(review?.approval).toBeUndefined();
    expect(stepApprovalOptions(review ?? {})).toEqual({
      addSigner: [],
      maxAddedSigners: 5,
      removeDefinitionSigners: false,
      urgeIntervalMinutes: 60,
    });
    const plans = approvalStepPlans(body?.steps ?? [], { [review?.key ?? '']: { signers: ['a'], cc: ['b'] } });
    expect(plans[1]).toMatchObject({ key: review?.key, signers: ['a'], cc: ['b'], quorum: review?.quorum });
    expect(plans[0]?.signers).toEqual([]);
  });

  it('checks standalone approval steps with the definition rules and reports every problem with its path', () => {
    const step = { key: 'ok', name: { zhCN: '审核', en: 'Review' }, actor: { role: 'supervisor', level: 'self' } };
    expect(
      validateApprovalSteps([{ ...step, quorum: { kind: 'sequential' }, reminders: [], escalation: [] }]),
    ).toHaveLength(1);
    let error: unknown;
    try {
      validateApprovalSteps([
        { ...step, quorum: { kind: 'ratio', percent: 0 }, reminders: [], escalation: [], extra: 1 },
      ]);
    } catch (caught) {
      error = caught;
    }
    expect(isDomainError(error)).toBe(true);
    expect((error as { code: string }).code).toBe('APPROVAL_STEPS_INVALID');
    expect((error as { details: { path: string }[] }).details.map((d) => d.path)).toEqual([
      '$.steps[0].extra',
      '$.steps[0].quorum.percent',
    ]);
  });
});
