import type { ApprovalAction, ApprovalComment, ApprovalContext, ApprovalProcessState } from './approval.types.js';
import { approvalErrors } from './approval.errors.js';
import { record, requireRunning } from './approval-state.js';
import { checkComment } from './approval-comment.js';

/** Actions that count as someone having acted (comments, copies and urges do not). */
const ACTING: ReadonlySet<ApprovalAction> = new Set([
  'approve',
  'reject',
  'transfer',
  'delegate',
  'resolve-delegation',
  'add-signer',
  'remove-signer',
  'return',
]);

/** Since the submission (or its latest re-submission): what happened to an earlier round does not count. */
export const hasAnyoneActed = (state: ApprovalProcessState): boolean => {
  const since = state.history.map((entry) => entry.action).lastIndexOf('resubmit');
  return state.history.slice(since + 1).some((entry) => ACTING.has(entry.action));
};

/** 撤回: the submitter takes the submission back while nobody has acted on it; open tasks are cancelled. */
export function withdrawProcess(
  state: ApprovalProcessState,
  context: ApprovalContext,
  comment: ApprovalComment | undefined,
): void {
  requireRunning(state);
  if (context.actor !== state.submitter) throw approvalErrors.notSubmitter();
  if (hasAnyoneActed(state)) throw approvalErrors.alreadyActed();
  const checked = checkComment(comment, false);
  for (const task of state.tasks) if (task.status === 'pending') task.status = 'cancelled';
  state.status = 'withdrawn';
  record(state, context.actor, context.now, 'withdraw', { comment: checked });
}
