import type { ApprovalComment, ApprovalContext, ApprovalProcessState } from './approval.types.js';
import { approvalErrors } from './approval.errors.js';
import { currentPlan, isParticipant, record, requireRunning } from './approval-state.js';
import { checkComment } from './approval-comment.js';

export const CC_MAX = 50;

/** 抄送: the submitter or a signer copies people, who can read the process but not act on it. */
export function copyTo(
  state: ApprovalProcessState,
  context: ApprovalContext,
  userIds: readonly string[],
  comment: ApprovalComment | undefined,
): void {
  requireRunning(state);
  if (!isParticipant(state, context.actor)) throw approvalErrors.notParticipant();
  const distinct = new Set(userIds);
  if (userIds.length === 0 || userIds.length > CC_MAX || distinct.size !== userIds.length)
    throw approvalErrors.ccInvalid();
  const stepKey = currentPlan(state).key;
  const fresh = userIds.filter((u) => !state.copies.some((c) => c.userId === u && c.stepKey === stepKey));
  if (fresh.length === 0) throw approvalErrors.ccAlready();
  const checked = checkComment(comment, false);
  for (const userId of fresh) state.copies.push({ userId, stepKey, by: context.actor, at: context.now });
  record(state, context.actor, context.now, 'cc', { target: fresh.join(','), comment: checked });
}

/** 审批意见 on its own (not with a decision): by the submitter or a signer; the text is required. */
export function addComment(
  state: ApprovalProcessState,
  context: ApprovalContext,
  taskId: string | null,
  comment: ApprovalComment | undefined,
): void {
  requireRunning(state);
  if (!isParticipant(state, context.actor)) throw approvalErrors.notParticipant();
  if (!comment || comment.text.trim().length === 0) throw approvalErrors.commentRequired();
  if (taskId !== null && !state.tasks.some((t) => t.id === taskId)) throw approvalErrors.taskNotFound(taskId);
  record(state, context.actor, context.now, 'comment', { taskId, comment: checkComment(comment, true) });
}
