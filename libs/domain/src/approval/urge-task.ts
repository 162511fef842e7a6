import type { ApprovalComment, ApprovalContext, ApprovalProcessState } from './approval.types.js';
import { approvalErrors } from './approval.errors.js';
import { currentPlan, isActionable, record, requireOpen } from './approval-state.js';
import { checkComment } from './approval-comment.js';

/**
 * 催办: the submitter or a supervisor reminds whoever must act on a task now (the delegate while
 * it is out on 委派). At most once per the step's interval per task; each urge is counted and in
 * the history. Returns who is reminded.
 */
export function urgeTask(
  state: ApprovalProcessState,
  context: ApprovalContext,
  taskId: string,
  comment: ApprovalComment | undefined,
): string[] {
  const task = requireOpen(state, taskId);
  if (context.actor !== state.submitter && !state.supervisors.includes(context.actor))
    throw approvalErrors.notAllowedToUrge();
  if (!isActionable(state, task)) throw approvalErrors.taskWaiting(taskId);
  const minutes = currentPlan(state).options.urgeIntervalMinutes;
  if (task.lastUrgedAt !== null) {
    const nextAt = Date.parse(task.lastUrgedAt) + minutes * 60_000;
    if (Date.parse(context.now) < nextAt) throw approvalErrors.urgedTooSoon(minutes, new Date(nextAt).toISOString());
  }
  const checked = checkComment(comment, false);
  task.urgeCount += 1;
  task.lastUrgedAt = context.now;
  const recipient = task.delegate ?? task.assignee;
  record(state, context.actor, context.now, 'urge', { taskId, target: recipient, comment: checked });
  return [recipient];
}
