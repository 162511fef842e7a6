import type { ApprovalComment, ApprovalContext, ApprovalProcessState } from './approval.types.js';
import { approvalErrors } from './approval.errors.js';
import { onBehalfOf, record, requireHeldActionable } from './approval-state.js';
import { checkComment } from './approval-comment.js';
import { openStep } from './step-progress.js';

/**
 * 驳回 / 退回 to an earlier step (or to the origin, 退回发起人, when the process has one), with a mandatory reason. Defined discard: every task of the
 * returned-to step and of every step after it, in their current generations, is marked
 * 'discarded' whatever it held (pending, approved, rejected) — so no approval between the two
 * steps survives, whether the steps were 会签, parallel or sequential. The returned-to step then
 * opens afresh as a new generation with its definition signers (run-time 加签 are not carried
 * over); later steps open again in turn, each as a new generation. The history keeps everything.
 */
export function returnToStep(
  state: ApprovalProcessState,
  context: ApprovalContext,
  taskId: string,
  toStep: string,
  comment: ApprovalComment | undefined,
): void {
  const task = requireHeldActionable(state, taskId, context.actor);
  const toOrigin = state.origin?.key === toStep;
  const targetIndex = toOrigin ? 0 : state.steps.findIndex((s) => s.key === toStep);
  if (!toOrigin && (targetIndex < 0 || targetIndex >= state.currentStep))
    throw approvalErrors.returnTargetInvalid(toStep);
  const checked = checkComment(comment, true);
  record(state, context.actor, context.now, 'return', {
    taskId,
    target: toStep,
    comment: checked,
    onBehalfOf: onBehalfOf(task, context.actor),
  });
  discardFrom(state, targetIndex);
  if (!toOrigin) {
    openStep(state, targetIndex, context);
    return;
  }
  // 退回发起人: every step is discarded; nothing is open until the owner re-submits (resubmitApproval).
  state.currentStep = 0;
  state.status = 'returned';
}

/** The defined discard: every live task of step `from` and later, in their current generations. */
export function discardFrom(state: ApprovalProcessState, from: number): void {
  const discardedSteps = new Set(state.steps.slice(from).map((s) => s.key));
  for (const t of state.tasks) {
    const current = t.generation === state.generations[t.stepKey];
    const live = t.status === 'pending' || t.status === 'approved' || t.status === 'rejected';
    if (discardedSteps.has(t.stepKey) && current && live) t.status = 'discarded';
  }
}
