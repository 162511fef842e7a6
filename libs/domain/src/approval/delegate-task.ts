import type { ApprovalComment, ApprovalContext, ApprovalProcessState } from './approval.types.js';
import { approvalErrors } from './approval.errors.js';
import { onBehalfOf, record, requireHandOver, requireOpen } from './approval-state.js';
import { checkComment } from './approval-comment.js';

/**
 * 委派: the holder asks someone to do the work; the task stays the holder's, who cannot decide
 * until the delegate gives it back (resolveDelegation) with their opinion.
 */
export function delegateTask(
  state: ApprovalProcessState,
  context: ApprovalContext,
  taskId: string,
  to: string,
  comment: ApprovalComment | undefined,
): void {
  const task = requireHandOver(state, taskId, context.actor, to);
  const checked = checkComment(comment, false);
  task.delegate = to;
  record(state, context.actor, context.now, 'delegate', {
    taskId,
    target: to,
    comment: checked,
    onBehalfOf: onBehalfOf(task, context.actor),
  });
}

/** The delegate gives the task back with their opinion; the holder decides. */
export function resolveDelegation(
  state: ApprovalProcessState,
  context: ApprovalContext,
  taskId: string,
  comment: ApprovalComment | undefined,
): void {
  const task = requireOpen(state, taskId);
  if (task.delegate !== context.actor) throw approvalErrors.notDelegate(taskId);
  const checked = checkComment(comment, false);
  task.delegate = null;
  record(state, context.actor, context.now, 'resolve-delegation', { taskId, target: task.assignee, comment: checked });
}
