import {
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  startChild,
  workflowInfo,
  type ChildWorkflowHandle,
} from '@temporalio/workflow';
import {
  branchRoundView,
  gradingRulesOf,
  renderDeployNotice,
  transitionBranch,
  type BranchAction,
  type BranchState,
  type GradingRules,
  type ReminderOffset,
} from '@cxzy/domain';
import {
  acknowledgeDeployUpdate,
  branchTierFinalisedSignal,
  STEP_DEADLINE_WORKFLOW_TYPE,
  stepCompletedSignal,
  stepDeadlineWorkflowId,
  submitSelfAssessmentUpdate,
  submitSuperiorRatingUpdate,
  type BranchTierFinalised,
  type BranchUpdateBase,
  type BranchUpdateResult,
  type GradingActivities,
  type GradingBranchInput,
  type StepDeadlineWorkflow,
} from '@cxzy/contracts';
import { OWN_SERVICE_ACTIVITY } from '../activity-options.js';
import { notifyBranchSecretaries } from './branch-notice.js';
import { branchLookups } from './branch-lookups.js';
import { installAcceptance } from './branch-acceptance.js';
import { installRectification, stepOf } from './branch-rectification.js';
import type { BranchActorRole, BranchPayload, BranchRuntime, StepOpening } from './branch-runtime.js';
import { assertSelfAssessmentValid, assertSuperiorRatingValid } from './branch-scores.js';
import { checkUpdateIdentity } from '../identity-check.js';
import { refuseOnDomainError } from './refusal.js';
import { showCurrentStep } from './current-step.js';

const grading = proxyActivities<GradingActivities>(OWN_SERVICE_ACTIVITY);

/** Practice default (默认值): branches acknowledge the notice within 5 working days. */
const ACKNOWLEDGE_WITHIN = { kind: 'working-days', days: 5 } as const;
/** Besides the deploy step's reminders, a reminder when half the time is gone. */
const ACKNOWLEDGE_EXTRA_REMINDERS: readonly ReminderOffset[] = [{ when: 'time-left', percent: 50 }];

const STEP_NAMES = {
  'deploy-acknowledge': { zhCN: '安排部署·确认收到通知', en: 'acknowledge the deploy notice' },
  'self-assessment': { zhCN: '分类定级·自评', en: 'self-assessment' },
} as const;
type BranchStepKey = keyof typeof STEP_NAMES;

/**
 * One branch's way through a round. Every actor's action is a Workflow Update whose validator runs
 * the branch state machine (and the payload's rules), so a wrong step is refused before anything
 * changes; an accepted Update writes the projection and the audit record through an activity and
 * completes the step's deadline child. A repeated idempotency key returns the first result.
 */
export async function gradingBranchWorkflow(input: GradingBranchInput): Promise<void> {
  const { workflowId } = workflowInfo();
  const lookups = branchLookups();
  let state: BranchState = 'deploy.notified';
  showCurrentStep(state);
  // The round's final tier for this branch (整改提高 starts from it); the first signal wins.
  let tierFinalised: BranchTierFinalised | undefined;
  // Filled once the pinned definition is loaded; the self-assessment validator reads it.
  const loaded: { rules?: GradingRules } = {};
  const results = new Map<string, BranchUpdateResult>();
  // The open deadline child of each step key (one generation at a time).
  const steps = new Map<string, ChildWorkflowHandle<StepDeadlineWorkflow>>();

  // The round publishes its notice before it starts any branch: the branches grade until the tier signal.
  const check = (action: BranchAction, role: BranchActorRole = 'branch-secretary', reason?: string) =>
    refuseOnDomainError(() =>
      transitionBranch(
        state,
        { action, role, ...(reason === undefined ? {} : { reason }) },
        { roundState: branchRoundView(state, tierFinalised !== undefined) },
      ),
    );

  // ADR 0009: the signed identity must be for this Update, in the step's role, naming the payload's
  // actor; a branch secretary only of this branch. Checked before anything else in every validator.
  const verify = (request: BranchUpdateBase, updateName: string, role: BranchActorRole) =>
    refuseOnDomainError(() =>
      checkUpdateIdentity(
        input.identityKeys,
        request,
        { workflowId, updateName, roles: [role] },
        {
          username: request.actor,
          ...(role === 'branch-secretary' ? { organisationId: input.organisationId } : {}),
        },
      ),
    );

  async function apply(
    request: BranchUpdateBase,
    action: BranchAction,
    role: BranchActorRole,
    step: string | null,
    payload: BranchPayload = {},
    reason?: string,
  ): Promise<BranchUpdateResult> {
    const first = results.get(request.idempotencyKey);
    if (first) return first;
    const transition = check(action, role, reason);
    state = transition.to;
    showCurrentStep(state);
    const result: BranchUpdateResult = {
      organisationId: input.organisationId,
      action,
      from: transition.from,
      to: transition.to,
    };
    results.set(request.idempotencyKey, result);
    await grading.recordBranchTransition({
      roundId: input.roundId,
      organisationId: input.organisationId,
      action,
      from: transition.from,
      to: transition.to,
      actor: request.actor,
      actorRole: role,
      requestId: request.requestId,
      idempotencyKey: request.idempotencyKey,
      ...(transition.reason === undefined ? {} : { reason: transition.reason }),
      ...payload,
    });
    if (step === null) return result;
    await condition(() => steps.has(step));
    const deadline = steps.get(step)!;
    // The next generation of the step (a re-filed plan, the next progress period) opens anew.
    steps.delete(step);
    await deadline.signal(stepCompletedSignal);
    await deadline.result();
    return result;
  }

  setHandler(
    acknowledgeDeployUpdate,
    (request) => apply(request, 'acknowledgeNotice', 'branch-secretary', 'deploy-acknowledge'),
    {
      validator: (request) => {
        verify(request, acknowledgeDeployUpdate.name, 'branch-secretary');
        if (!results.has(request.idempotencyKey)) check('acknowledgeNotice');
      },
    },
  );
  setHandler(
    submitSelfAssessmentUpdate,
    (request) =>
      apply(request, 'submitSelfAssessment', 'branch-secretary', 'self-assessment', {
        selfAssessment: {
          items: request.items,
          note: request.note ?? null,
          ...(request.evidence ? { evidence: request.evidence } : {}),
        },
      }),
    {
      validator: (request) => {
        verify(request, submitSelfAssessmentUpdate.name, 'branch-secretary');
        if (results.has(request.idempotencyKey)) return;
        check('submitSelfAssessment');
        refuseOnDomainError(() => assertSelfAssessmentValid(request, input.organisationCode, loaded.rules));
      },
    },
  );

  setHandler(
    submitSuperiorRatingUpdate,
    (request) =>
      apply(request, 'submitSuperiorRating', 'supervisor', null, {
        superiorRating: {
          ...(request.items ? { items: request.items } : { overall: request.overall }),
          comment: request.comment ?? null,
        },
      }),
    {
      validator: (request) => {
        verify(request, submitSuperiorRatingUpdate.name, 'supervisor');
        if (results.has(request.idempotencyKey)) return;
        check('submitSuperiorRating', 'supervisor');
        refuseOnDomainError(() => assertSuperiorRatingValid(request, input.organisationCode, loaded.rules));
      },
    },
  );

  setHandler(branchTierFinalisedSignal, (finalised) => {
    tierFinalised ??= finalised;
  });
  const runtime: BranchRuntime = {
    input,
    state: () => state,
    rules: () => loaded.rules,
    tierFinalised: () => tierFinalised,
    known: (key) => results.has(key),
    verify,
    check: (action, role, reason) => void check(action, role, reason),
    apply,
    openStep: (opening) => openStep(opening),
    completeStep: async (key) => {
      const open = steps.get(key);
      if (!open) return;
      steps.delete(key);
      await open.signal(stepCompletedSignal);
      await open.result();
    },
  };
  const rectification = installRectification(runtime);
  const acceptance = installAcceptance(runtime);

  const body = await lookups.loadGradingDefinition(input.definitionId);
  loaded.rules = gradingRulesOf(body, input.sectorCode);
  const link = `/grading-rounds/${input.roundId}/branches/${input.organisationId}`;

  async function openStep({ key, generation, name, planned }: StepOpening) {
    const handle = await startChild<StepDeadlineWorkflow>(STEP_DEADLINE_WORKFLOW_TYPE, {
      workflowId: stepDeadlineWorkflowId(workflowId, key, generation),
      args: [
        {
          ownerWorkflowId: workflowId,
          stepKey: key,
          generation,
          assigneeOrganisationId: input.organisationId,
          assigneeName: { zhCN: input.organisationCode, en: input.organisationCode },
          assigneeRole: 'branch-secretary',
          process: { zhCN: `${input.year}年度晋位升级`, en: `grading round ${input.year}` },
          stepName: name,
          deadlineAt: planned.deadlineAt,
          link,
          plan: planned.plan,
        },
      ],
    });
    steps.set(key, handle);
  }
  const openFirst = (key: BranchStepKey, planned: StepOpening['planned']) =>
    openStep({ key, generation: 0, name: STEP_NAMES[key], planned });

  // 部署: the notice and the sheet reach the branch secretary, who acknowledges it.
  const deployStep = stepOf(body, 'deploy');
  const acknowledge = await lookups.planStepReminders({
    openedAt: new Date().toISOString(),
    deadline: ACKNOWLEDGE_WITHIN,
    ...(input.acknowledgeBy ? { deadlineAt: input.acknowledgeBy } : {}),
    roundYear: input.year,
    reminders: [...ACKNOWLEDGE_EXTRA_REMINDERS, ...deployStep.reminders],
    escalation: deployStep.escalation,
  });
  await notifyBranchSecretaries(
    {
      workflowId,
      organisationId: input.organisationId,
      step: 'deploy-notice',
      reason: 'deploy',
      notice: renderDeployNotice({
        year: input.year,
        sheet: body.indicatorSheet!,
        acknowledgeBy: acknowledge.deadlineAt,
        link,
      }),
    },
    lookups,
  );
  await openFirst('deploy-acknowledge', acknowledge);

  // 分类定级: the self-assessment, due by the grade step's deadline.
  await condition(() => state !== 'deploy.notified');
  const gradeStep = stepOf(body, 'grade');
  await openFirst(
    'self-assessment',
    await lookups.planStepReminders({
      openedAt: new Date().toISOString(),
      deadline: gradeStep.deadline ?? { kind: 'working-days', days: 20 },
      roundYear: input.year,
      reminders: gradeStep.reminders,
      escalation: gradeStep.escalation,
    }),
  );
  // The superior's rating (an Update above), then 整改提高 from the round's tier and 考核验收.
  await rectification.run(body);
  await acceptance.run();
  // The acceptance Update answers its caller before the workflow ends.
  await condition(allHandlersFinished);
}
