import { condition, patched, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  assertValidRectificationPlan,
  DomainError,
  renderRectificationNotice,
  type BranchState,
  type PipelineDefinitionBody,
  type PipelineStep,
  type PlanRequirements,
  type ReminderOffset,
} from '@cxzy/domain';
import {
  approveRectificationPlanUpdate,
  reportRectificationProgressUpdate,
  returnRectificationPlanUpdate,
  submitRectificationPlanUpdate,
  type GradingActivities,
  type ReminderPlanActivities,
} from '@cxzy/contracts';
import { OWN_SERVICE_ACTIVITY } from '../activity-options.js';
import { notifyBranchSecretaries } from './branch-notice.js';
import type { BranchRuntime } from './branch-runtime.js';
import { refuseOnDomainError } from './refusal.js';

const grading = proxyActivities<GradingActivities>(OWN_SERVICE_ACTIVITY);
const planner = proxyActivities<ReminderPlanActivities>(OWN_SERVICE_ACTIVITY);

const PLAN_STEP = { zhCN: '整改提高·提交整改方案', en: 'file the rectification plan' } as const;
const PROGRESS_STEP = { zhCN: '整改提高·报告整改进展', en: 'report rectification progress' } as const;
/** The states in which the plan is still to be filed or decided. */
const PLAN_STATES: readonly BranchState[] = ['rectify.plan-due', 'rectify.plan-submitted'];
const PLAN_LOOP_ENDS_ON_APPROVAL_PATCH = 'rectification-plan-loop-ends-on-approval';
/** Practice default (默认值): a plan within 30 days when the definition's rectify step names none. */
const PLAN_WITHIN = { kind: 'calendar-days', days: 30 } as const;
/** Each progress period reminds at half time and when 15 % is left, then escalates as the step says. */
const PROGRESS_REMINDERS: readonly ReminderOffset[] = [
  { when: 'time-left', percent: 50 },
  { when: 'time-left', percent: 15, colour: 'orange' },
];

const invalid = (field: string, zhCN: string, en: string) =>
  new DomainError('GRADING_PAYLOAD_INVALID', 'invalid', { zhCN, en }, field);

/**
 * 整改提高 of one branch: the Updates (plan, review, progress) and the steps in order — the round's
 * final tier, a plan aimed at the weakest indicators, the supervisor's approval (a returned plan is
 * filed again), then progress reports every period of the tier's interval (lagging: shorter) until
 * the branch declares the rectification complete. 考核验收 follows (branch-acceptance.ts).
 */
export function installRectification(runtime: BranchRuntime): {
  run(body: PipelineDefinitionBody): Promise<void>;
} {
  const held: { requirements?: PlanRequirements; returns: number; reports: number } = { returns: 0, reports: 0 };

  // The plan and progress steps open in the run below, one generation at a time; a handler closes
  // the one open when it acts, and the run closes any its wait left open (a filing or report that
  // came while the next generation was being opened), so no deadline child outlives its step.
  setHandler(
    submitRectificationPlanUpdate,
    async (request) => {
      const result = await runtime.apply(request, 'submitPlan', 'branch-secretary', null, {
        rectificationPlan: request.plan,
      });
      await runtime.completeStep('rectification-plan');
      return result;
    },
    {
      validator: (request) => {
        runtime.verify(request, submitRectificationPlanUpdate.name, 'branch-secretary');
        if (runtime.known(request.idempotencyKey)) return;
        runtime.check('submitPlan', 'branch-secretary');
        refuseOnDomainError(() => {
          if (typeof request.plan !== 'object' || request.plan === null) {
            throw invalid('plan', '请提交整改方案', 'the plan is required');
          }
          assertValidRectificationPlan(request.plan, held.requirements!);
        });
      },
    },
  );

  setHandler(
    approveRectificationPlanUpdate,
    (request) =>
      runtime.apply(request, 'approvePlan', 'supervisor', null, {
        planReview: { decision: 'approved', text: request.comment ?? null },
      }),
    {
      validator: (request) => {
        runtime.verify(request, approveRectificationPlanUpdate.name, 'supervisor');
        if (!runtime.known(request.idempotencyKey)) runtime.check('approvePlan', 'supervisor');
      },
    },
  );

  setHandler(
    returnRectificationPlanUpdate,
    async (request) => {
      const result = await runtime.apply(
        request,
        'returnPlan',
        'supervisor',
        null,
        { planReview: { decision: 'returned', text: request.reason.trim() } },
        request.reason,
      );
      held.returns += 1;
      return result;
    },
    {
      validator: (request) => {
        runtime.verify(request, returnRectificationPlanUpdate.name, 'supervisor');
        if (!runtime.known(request.idempotencyKey)) runtime.check('returnPlan', 'supervisor', request.reason);
      },
    },
  );

  setHandler(
    reportRectificationProgressUpdate,
    async (request) => {
      const action = request.complete === true ? 'completeRectification' : 'reportProgress';
      const result = await runtime.apply(request, action, 'branch-secretary', null, {
        progressReport: {
          summary: request.summary.trim(),
          complete: request.complete === true,
          at: new Date().toISOString(),
        },
      });
      held.reports += 1;
      await runtime.completeStep('progress-report');
      return result;
    },
    {
      validator: (request) => {
        runtime.verify(request, reportRectificationProgressUpdate.name, 'branch-secretary');
        if (runtime.known(request.idempotencyKey)) return;
        runtime.check(request.complete === true ? 'completeRectification' : 'reportProgress', 'branch-secretary');
        if (typeof request.summary !== 'string' || request.summary.trim() === '') {
          refuseOnDomainError(() => {
            throw invalid('summary', '请填写整改进展情况', 'the summary of the progress is required');
          });
        }
      },
    },
  );

  async function run(body: PipelineDefinitionBody): Promise<void> {
    const { input } = runtime;
    await condition(() => runtime.tierFinalised() !== undefined && runtime.state() === 'grade.rated');
    const finalised = runtime.tierFinalised()!;
    const { requirements } = await grading.prepareRectification({
      roundId: input.roundId,
      organisationId: input.organisationId,
      organisationCode: input.organisationCode,
      definitionId: input.definitionId,
      tier: finalised.tier,
    });
    held.requirements = requirements;
    await runtime.apply(
      { idempotencyKey: `finaliseTier/${finalised.finalisedAt}`, actor: 'system', requestId: null },
      'finaliseTier',
      'system',
      null,
      {
        finalTier: { tier: finalised.tier, proposedBeforeQuota: finalised.proposedBeforeQuota },
        planRequirements: requirements,
      },
    );

    const rectify = stepOf(body, 'rectify');
    // The plan is open until it is approved. Before the patch the loop asked only "not yet in
    // progress", so a branch that reported completion while the plan step was closing (state
    // already past in-progress) opened a plan step again and waited for it for ever.
    const untilApproval = patched(PLAN_LOOP_ENDS_ON_APPROVAL_PATCH);
    const planOpen = () =>
      untilApproval ? PLAN_STATES.includes(runtime.state()) : runtime.state() !== 'rectify.in-progress';
    const planDecided = () =>
      untilApproval ? !PLAN_STATES.includes(runtime.state()) : runtime.state() === 'rectify.in-progress';
    for (let generation = 0; planOpen(); generation += 1) {
      const planned = await planner.planStepReminders({
        openedAt: new Date().toISOString(),
        deadline: rectify.deadline ?? PLAN_WITHIN,
        roundYear: input.year,
        reminders: rectify.reminders,
        escalation: rectify.escalation,
      });
      if (generation === 0) {
        // The secretary learns the tier, the goal and the indicators to target, with the date.
        await notifyBranchSecretaries({
          workflowId: workflowInfo().workflowId,
          organisationId: input.organisationId,
          step: 'rectification-plan',
          reason: 'tier-final',
          notice: renderRectificationNotice({
            year: input.year,
            requirements,
            planDueAt: planned.deadlineAt,
            link: `/grading-rounds/${input.roundId}/branches/${input.organisationId}/rectification`,
          }),
        });
      }
      await runtime.openStep({ key: 'rectification-plan', generation, name: PLAN_STEP, planned });
      await condition(() => planDecided() || held.returns > generation);
      await runtime.completeStep('rectification-plan');
    }

    // Progress, one period at a time, each a deadline child; the tier's interval sets its length.
    for (let period = 0; runtime.state() === 'rectify.in-progress'; period += 1) {
      const before = held.reports;
      await runtime.openStep({
        key: 'progress-report',
        generation: period,
        name: PROGRESS_STEP,
        planned: await grading.planProgressReport({
          openedAt: new Date().toISOString(),
          intervalMonths: requirements.reportIntervalMonths,
          roundYear: input.year,
          reminders: PROGRESS_REMINDERS,
          escalation: rectify.escalation,
        }),
      });
      await condition(() => held.reports > before || runtime.state() !== 'rectify.in-progress');
      await runtime.completeStep('progress-report');
    }
  }

  return { run };
}

export function stepOf(body: PipelineDefinitionBody, key: string): PipelineStep {
  const step = body.steps.find((s) => s.key === key);
  if (!step) throw new Error(`the grading definition has no "${key}" step`);
  return step;
}
