import type { ApprovalComment, ApprovalContext, ApprovalProcessState } from './approval.types.js';
import { onBehalfOf, record, requireHeldActionable } from './approval-state.js';
import { checkComment } from './approval-comment.js';

/** 同意 / 驳回 (reject ends the step's chance under 会签 and 依次; a reason is mandatory). */
export function decideTask(
  state: ApprovalProcessState,
  context: ApprovalContext,
  taskId: string,
  decision: 'approve' | 'reject',
  comment: ApprovalComment | undefined,
): void {
  const task = requireHeldActionable(state, taskId, context.actor);
  const checked = checkComment(comment, decision === 'reject');
  task.status = decision === 'approve' ? 'approved' : 'rejected';
  task.decidedAt = context.now;
  record(state, context.actor, context.now, decision, {
    taskId,
    comment: checked,
    onBehalfOf: onBehalfOf(task, context.actor),
  });
}
