import type { ApprovalComment, ApprovalContext, ApprovalOutcome, ApprovalProcessState } from './approval.types.js';
import { approvalErrors } from './approval.errors.js';
import { copyState, record } from './approval-state.js';
import { checkComment } from './approval-comment.js';
import { deriveEffects } from './approval-effects.js';
import { discardFrom } from './return-to-step.js';
import { openStep, settle } from './step-progress.js';

/**
 * 重新提交 — the submission comes back after it was returned to the submitter (退回发起人), not
 * approved (rejected) or withdrawn: whatever was still live is discarded (nothing of the earlier
 * round counts), and the first step opens afresh as a new generation with its definition signers.
 * Who may re-submit is the owning process's rule (e.g. whoever may revise a pledge); the owner
 * calls this, it is not an operation people send to the engine.
 */
export function resubmitApproval(
  state: ApprovalProcessState,
  context: ApprovalContext,
  comment?: ApprovalComment,
): ApprovalOutcome {
  if (state.status === 'running' || state.status === 'approved') throw approvalErrors.notResubmittable(state.status);
  const checked = checkComment(comment, false);
  const next = copyState(state);
  discardFrom(next, 0);
  next.status = 'running';
  record(next, context.actor, context.now, 'resubmit', { stepKey: next.steps[0]?.key ?? '', comment: checked });
  openStep(next, 0, context);
  settle(next, context);
  return { state: next, effects: deriveEffects(state, next) };
}
