import type { PipelineStep } from '../pipeline/pipeline-definition.types.js';
import type {
  ApprovalComment,
  ApprovalContext,
  ApprovalOrigin,
  ApprovalOutcome,
  ApprovalProcessState,
  ApprovalStepPlan,
} from './approval.types.js';
import { approvalErrors } from './approval.errors.js';
import { record } from './approval-state.js';
import { checkComment } from './approval-comment.js';
import { deriveEffects } from './approval-effects.js';
import { requiredApprovals } from './quorum.js';
import { openStep, settle } from './step-progress.js';
import { stepApprovalOptions } from './step-options.js';

/** A definition's steps with the people resolved for each (signers in order, copies). */
export function approvalStepPlans(
  steps: readonly PipelineStep[],
  people: Readonly<Record<string, { readonly signers: readonly string[]; readonly cc?: readonly string[] }>>,
): ApprovalStepPlan[] {
  return steps.map((step) => ({
    key: step.key,
    name: step.name,
    quorum: step.quorum,
    options: stepApprovalOptions(step),
    signers: people[step.key]?.signers ?? [],
    cc: people[step.key]?.cc ?? [],
  }));
}

/** Every step needs distinct signers, enough for its quorum. */
export function checkStepPlans(steps: readonly ApprovalStepPlan[]): void {
  if (steps.length === 0)
    throw approvalErrors.stepsInvalid('审批至少需要一个环节', 'an approval needs at least one step');
  for (const step of steps) {
    const distinct = new Set(step.signers).size === step.signers.length;
    const enough =
      step.signers.length > 0 && requiredApprovals(step.quorum, step.signers.length) <= step.signers.length;
    if (!distinct || !enough)
      throw approvalErrors.stepsInvalid(
        `环节 ${step.key} 的审批人须不重复且足以达到通过要求`,
        `step ${step.key} needs distinct signers, enough for its quorum`,
      );
  }
}

export interface StartApproval {
  readonly processId: string;
  readonly submitter: string;
  readonly supervisors: readonly string[];
  readonly steps: readonly ApprovalStepPlan[];
  /** The owner's step before the approval steps, a 退回 target (退回发起人); see ApprovalOrigin. */
  readonly origin?: ApprovalOrigin | null;
  readonly comment?: ApprovalComment;
}

/** 发起: the first step opens at once; the effects say whom to notify and which reminders to start. */
export function startApprovalProcess(input: StartApproval, context: ApprovalContext): ApprovalOutcome {
  checkStepPlans(input.steps);
  const comment = checkComment(input.comment, false);
  const empty: ApprovalProcessState = {
    processId: input.processId,
    submitter: input.submitter,
    supervisors: [...input.supervisors],
    steps: input.steps,
    ...(input.origin ? { origin: input.origin } : {}),
    status: 'running',
    currentStep: 0,
    generations: {},
    tasks: [],
    copies: [],
    history: [],
    nextTaskNumber: 1,
  };
  const state: ApprovalProcessState = JSON.parse(JSON.stringify(empty)) as ApprovalProcessState;
  record(state, input.submitter, context.now, 'submit', { stepKey: input.steps[0]?.key ?? '', comment });
  openStep(state, 0, context);
  settle(state, context);
  return { state, effects: deriveEffects(empty, state) };
}
