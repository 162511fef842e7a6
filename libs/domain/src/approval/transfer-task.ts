import type { ApprovalComment, ApprovalContext, ApprovalProcessState } from './approval.types.js';
import { approvalErrors } from './approval.errors.js';
import { onBehalfOf, record, requireHandOver, signsCurrentStep } from './approval-state.js';
import { checkComment } from './approval-comment.js';

/**
 * 转办: the holder hands the task to someone else, who then holds it (routed to their deputy when
 * they are away); the original holder loses it entirely. Allowed while the task waits, too.
 */
export function transferTask(
  state: ApprovalProcessState,
  context: ApprovalContext,
  taskId: string,
  to: string,
  comment: ApprovalComment | undefined,
): void {
  const task = requireHandOver(state, taskId, context.actor, to);
  if (signsCurrentStep(state, to)) throw approvalErrors.alreadySigner(to, 'to');
  const checked = checkComment(comment, false);
  const behalf = onBehalfOf(task, context.actor);
  const route = context.route(to);
  task.assignee = route.assignee;
  task.deputyFor = route.deputyFor;
  record(state, context.actor, context.now, 'transfer', { taskId, target: to, comment: checked, onBehalfOf: behalf });
}
