import { defineUpdate } from '@temporalio/workflow';
import type { AcceptanceInput, RectificationPlanInput } from '@cxzy/domain';
import type { BranchUpdateBase, BranchUpdateResult } from './grading-round.contract.js';

/**
 * 整改提高 and 考核验收 of one branch (after the round's branchTierFinalisedSignal): each action is a
 * Workflow Update of the branch workflow, with the same idempotency and refusal rules as the
 * grading Updates. The plan and the acceptance stay in PostgreSQL once accepted.
 */

/** 整改方案 by the branch secretary: aimed at the branch's weakest indicators. */
export interface SubmitRectificationPlanRequest extends BranchUpdateBase {
  readonly plan: RectificationPlanInput;
}

/** The supervisor on the leading line approves (comment optional) … */
export interface ApproveRectificationPlanRequest extends BranchUpdateBase {
  readonly comment?: string;
}

/** … or returns it, always with a reason; the branch then files it again. */
export interface ReturnRectificationPlanRequest extends BranchUpdateBase {
  readonly reason: string;
}

/** 定期报告整改进展; `complete` declares the rectification finished (then 考核验收 opens). */
export interface ReportRectificationProgressRequest extends BranchUpdateBase {
  readonly summary: string;
  readonly complete?: boolean;
}

/** 考核验收 by the superior organisation: the three checks and a comment per indicator. */
export interface RecordAcceptanceRequest extends BranchUpdateBase, AcceptanceInput {}

export const submitRectificationPlanUpdate = defineUpdate<BranchUpdateResult, [SubmitRectificationPlanRequest]>(
  'submitRectificationPlan',
);
export const approveRectificationPlanUpdate = defineUpdate<BranchUpdateResult, [ApproveRectificationPlanRequest]>(
  'approveRectificationPlan',
);
export const returnRectificationPlanUpdate = defineUpdate<BranchUpdateResult, [ReturnRectificationPlanRequest]>(
  'returnRectificationPlan',
);
export const reportRectificationProgressUpdate = defineUpdate<BranchUpdateResult, [ReportRectificationProgressRequest]>(
  'reportRectificationProgress',
);
export const recordAcceptanceUpdate = defineUpdate<BranchUpdateResult, [RecordAcceptanceRequest]>('recordAcceptance');
