import {
  PLEDGE_ORIGIN_STEP,
  PLEDGE_REVIEW_STEP,
  approvalStepPlans,
  checkReturnReason,
  pledgeReviewTaskMissing,
  type ApprovalOperation,
} from '@cxzy/domain';
import type { ApprovalProcessInput, PledgeWorkflowInput, ReviewPledgeInput } from '@cxzy/contracts';
import type { ApprovalEngine } from '../approval/approval-engine.js';

/** Pledges started before the review ran through the approval engine replay without it. */
export const PLEDGE_REVIEW_APPROVAL_PATCH = 'pledge-review-approval';

/**
 * 审核 as an approval step (ADR 0014): the definition's review step with the signers resolved at
 * proposal, its quorum and approval options; 提出承诺 is the origin, so 退回修改 is a 退回 to it.
 * The approval's id is the pledge's. The review's reminders stay the pledge's own step reminders
 * (no deadlines here), so they start and stop exactly as before. Null for pledges proposed
 * before (no review plan in their input) or on a definition without a review step.
 */
export function pledgeReviewApproval(input: PledgeWorkflowInput): ApprovalProcessInput | null {
  const steps = input.definition.body.steps;
  const review = steps.find((s) => s.key === PLEDGE_REVIEW_STEP);
  const propose = steps.find((s) => s.key === PLEDGE_ORIGIN_STEP);
  if (!input.review || !review) return null;
  return {
    processId: input.pledgeId,
    title: input.review.title,
    processKind: 'pledge',
    definition: { definitionId: input.definition.definitionId, version: input.definition.version },
    steps: approvalStepPlans([review], { [review.key]: { signers: input.review.signers } }),
    origin: { key: PLEDGE_ORIGIN_STEP, name: propose?.name ?? { zhCN: '提出承诺', en: 'Propose' } },
    submittedBy: input.proposedBy,
    supervisors: input.review.supervisors,
    deadlines: {},
    // Where the definition's 抄送 actors are looked up (along the branch's leading line).
    reminderTarget: {
      organisationId: input.proposal.organisationId,
      assigneeName: { zhCN: input.review.title, en: input.review.title },
      year: input.proposal.year,
    },
    link: input.link,
    // ADR 0009: the review's operations are checked against the pledge's own keys.
    ...(input.identityKeys ? { identityKeys: input.identityKeys } : {}),
  };
}

/**
 * A 审核 sent to the pledge (POST /pledges/:id/review) is the reviewer's operation on the review
 * task they hold: approve it, or 退回 to 提出承诺 with the reason.
 */
export function reviewOperation(engine: ApprovalEngine, u: ReviewPledgeInput): ApprovalOperation {
  const taskId = engine.actionableTaskOf(u.actor.actorId);
  if (!taskId) throw pledgeReviewTaskMissing();
  if (u.decision === 'approve') return { kind: 'approve', taskId };
  const text = checkReturnReason(u.reason);
  return { kind: 'return', taskId, toStep: PLEDGE_ORIGIN_STEP, comment: { text, attachments: [] } };
}
