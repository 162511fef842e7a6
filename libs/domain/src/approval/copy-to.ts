import type { ApprovalComment, ApprovalContext, ApprovalOutcome, ApprovalProcessState } from './approval.types.js';
import { approvalErrors } from './approval.errors.js';
import { copyState, currentPlan, isParticipant, record, requireRunning } from './approval-state.js';
import { deriveEffects } from './approval-effects.js';
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

/**
 * 抄送 from the definition: when a step opens, the people its `cc` actors (role + level) resolve to
 * along the leading line are copied by the engine ('system'). Only while that same opening of the
 * step is still the open one — a step that moved on or was returned meanwhile copies nobody — and
 * nobody twice for the step. Never refuses: an empty resolution changes nothing.
 */
export function copyOnStepOpening(
  state: ApprovalProcessState,
  stepKey: string,
  generation: number,
  userIds: readonly string[],
  context: ApprovalContext,
): ApprovalOutcome {
  const next = copyState(state);
  const open = next.status === 'running' && currentPlan(next).key === stepKey;
  if (!open || next.generations[stepKey] !== generation) return { state, effects: [] };
  const fresh = [...new Set(userIds)].filter((u) => !next.copies.some((c) => c.userId === u && c.stepKey === stepKey));
  if (fresh.length === 0) return { state, effects: [] };
  for (const userId of fresh) next.copies.push({ userId, stepKey, by: 'system', at: context.now });
  record(next, 'system', context.now, 'cc', { stepKey, target: fresh.join(',') });
  return { state: next, effects: deriveEffects(state, next) };
}
