import fc from 'fast-check';
import {
  GRADING_ROUND_MACHINE,
  ROUND_ACTIONS,
  roundActionsAllowed,
  stepOfRoundState,
  transitionRound,
  type RoundAction,
  type RoundState,
} from './round-state-machine.js';
import { thrown } from './grading-test-helpers.js';
import type { GradingActorRole } from './state-machine.util.js';
import { GRADING_STEPS } from './tier.js';

const ROLES: GradingActorRole[] = ['administrator', 'supervisor', 'branch-secretary', 'member', 'system'];

describe('the grading round state machine (SPEC §6 rules 1, 10)', () => {
  it('runs 部署 → 分类定级 → 整改提高 → 考核验收 in order', () => {
    const path: [RoundAction, GradingActorRole][] = [
      ['publishNotice', 'administrator'],
      ['proposeClassification', 'system'],
      ['approveClassification', 'supervisor'],
      ['finaliseTiers', 'supervisor'],
      ['openRectification', 'system'],
      ['openAcceptance', 'administrator'],
      ['closeRound', 'system'],
    ];
    let state: RoundState = 'deploy.pending';
    const states: RoundState[] = [state];
    for (const [action, role] of path) {
      state = transitionRound(state, { action, role }).to;
      states.push(state);
    }
    expect(states).toEqual([
      'deploy.pending',
      'grade.collecting',
      'grade.proposed',
      'grade.publicity',
      'grade.final',
      'rectify.open',
      'accept.open',
      'closed',
    ]);
  });

  it('refuses grading before the notice and sheet are issued (conflict → 409), naming what is possible', () => {
    const error = thrown(() => transitionRound('deploy.pending', { action: 'proposeClassification', role: 'system' }));
    expect(error).toMatchObject({ code: 'GRADING_WRONG_STEP', kind: 'conflict', field: 'action' });
    expect(error.error.text.zhCN).toBe(
      '晋位升级当前为「安排部署·待下发通知和指标」，不能「提出拟定等次」；此时可以：「下发部署通知和指标」',
    );
    expect(thrown(() => transitionRound('rectify.open', { action: 'finaliseTiers', role: 'supervisor' })).code).toBe(
      'GRADING_WRONG_STEP',
    );
  });

  it('lets only the superior organisation make tiers final (forbidden → 403 otherwise)', () => {
    const error = thrown(() => transitionRound('grade.publicity', { action: 'finaliseTiers', role: 'administrator' }));
    expect(error).toMatchObject({ code: 'GRADING_ROLE_NOT_ALLOWED', kind: 'forbidden' });
    expect(error.error.text.zhCN).toBe('「确定等次」应由上级党组织操作，组织部门管理员无权操作');
    expect(roundActionsAllowed('grade.proposed', 'supervisor')).toEqual([
      'approveClassification',
      'returnClassification',
    ]);
    expect(roundActionsAllowed('grade.proposed', 'branch-secretary')).toEqual([]);
  });

  it('reopens approval after any later change, only with a reason, which it returns for the audit', () => {
    expect(
      thrown(() => transitionRound('grade.final', { action: 'reopenClassification', role: 'supervisor', reason: ' ' })),
    ).toMatchObject({
      code: 'GRADING_REASON_REQUIRED',
      kind: 'invalid',
    });
    expect(
      transitionRound('grade.final', {
        action: 'reopenClassification',
        role: 'supervisor',
        reason: ' 异议 obj-1 成立 ',
      }),
    ).toEqual({
      action: 'reopenClassification',
      from: 'grade.final',
      to: 'grade.proposed',
      role: 'supervisor',
      reason: '异议 obj-1 成立',
    });
    expect(
      thrown(() => transitionRound('rectify.open', { action: 'reopenClassification', role: 'supervisor', reason: 'x' }))
        .code,
    ).toBe('GRADING_WRONG_STEP');
    expect(
      thrown(() => transitionRound('grade.proposed', { action: 'returnClassification', role: 'supervisor' })).code,
    ).toBe('GRADING_REASON_REQUIRED');
  });

  it('refuses an unknown action as invalid', () => {
    expect(
      thrown(() => transitionRound('grade.final', { action: 'skipAhead' as RoundAction, role: 'system' })),
    ).toMatchObject({
      code: 'GRADING_ACTION_UNKNOWN',
      kind: 'invalid',
    });
  });

  it('never goes back a step, reaches rectification only through the superior’s finalisation (property)', () => {
    // Mostly an action open in the current state (so walks get far), sometimes anything at all.
    const request = fc.record({
      open: fc.boolean(),
      pick: fc.nat(),
      action: fc.constantFrom(...ROUND_ACTIONS),
      role: fc.constantFrom(...ROLES),
      reason: fc.constantFrom(undefined, '理由'),
    });
    const step = (s: RoundState) => GRADING_STEPS.indexOf(stepOfRoundState(s));
    let walksIntoRectification = 0;
    fc.assert(
      fc.property(fc.array(request, { minLength: 20, maxLength: 60 }), (walk) => {
        let state: RoundState = 'deploy.pending';
        let finalisedBySupervisor = false;
        for (const item of walk) {
          const open = GRADING_ROUND_MACHINE.rules.filter((rule) => rule.from.includes(state));
          const rule = open[item.pick % Math.max(open.length, 1)];
          const r =
            item.open && rule
              ? { action: rule.action, role: rule.roles[item.pick % rule.roles.length]!, reason: item.reason }
              : item;
          let next: RoundState;
          try {
            next = transitionRound(state, r).to;
            if (r.action === 'finaliseTiers') finalisedBySupervisor = r.role === 'supervisor';
          } catch (error) {
            expect(['conflict', 'forbidden', 'invalid']).toContain((error as { kind: string }).kind);
            continue;
          }
          expect(step(next)).toBeGreaterThanOrEqual(step(state));
          if (stepOfRoundState(next) === 'rectify') expect(finalisedBySupervisor).toBe(true);
          if (stepOfRoundState(next) === 'rectify' && stepOfRoundState(state) !== 'rectify')
            walksIntoRectification += 1;
          state = next;
        }
      }),
    );
    expect(walksIntoRectification).toBeGreaterThan(0);
  });

  it('names every state in zh-CN and en', () => {
    for (const name of Object.values(GRADING_ROUND_MACHINE.states)) {
      expect(name.zhCN.length * name.en.length).toBeGreaterThan(0);
    }
  });
});
