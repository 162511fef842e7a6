import { defineSignal, defineUpdate } from '@temporalio/workflow';
import type { BranchState, SignedUpdateIdentity, Tier, UpdateIdentityKeys } from '@cxzy/domain';
import type { RoundGradingCarry } from './grading-round-classification.contract.js';

/**
 * 晋位升级 — one round workflow per (grading unit, year) fans out one branch workflow per branch in
 * scope. Histories carry ids and counts only; scores and results live in PostgreSQL.
 */
export const GRADING_ROUND_WORKFLOW_TYPE = 'gradingRoundWorkflow';
export const GRADING_BRANCH_WORKFLOW_TYPE = 'gradingBranchWorkflow';

/** `grading-round/<gradingRoundKey>`: the id itself refuses a second round for the same unit and year. */
export const gradingRoundWorkflowId = (roundKey: string): string => `grading-round/${roundKey}`;
export const gradingBranchWorkflowId = (roundWorkflowId: string, organisationId: string): string =>
  `${roundWorkflowId}/branch/${organisationId}`;

/** Branch workflows started per page, and pages per run before continue-as-new (configured). */
export interface GradingFanOut {
  readonly batch: number;
  readonly batchesPerRun: number;
}

export interface GradingRoundInput {
  readonly roundId: string;
  readonly gradingUnitId: string;
  readonly gradingUnitCode: string;
  readonly year: number;
  /** Who launched it: the deploy notice's transition is theirs. */
  readonly launchedBy: string;
  readonly fanOut: GradingFanOut;
  /** Runs of this workflow so far (continue-as-new), for the operator. */
  readonly run?: number;
  /** When the branches must acknowledge the notice (ISO instant); absent: the practice default. */
  readonly acknowledgeBy?: string;
  /** Continue-as-new state: the last organisation id enrolled and how many branches started so far. */
  readonly cursor?: string | null;
  readonly started?: number;
  /** Accepted 分类定级 actions per run before continue-as-new; absent: 200. */
  readonly gradingActionsPerRun?: number;
  /**
   * How often a round whose tiers wait for last year's acceptances (SPEC §6 rule 13) looks again,
   * in seconds; absent: 3600. It continues as new after ACCEPTANCE_CHECKS_PER_RUN looks.
   */
  readonly acceptanceRecheckSeconds?: number;
  /** Set once the fan-out is done: the 分类定级 state carried over continue-as-new. */
  readonly grading?: RoundGradingCarry;
  /**
   * The API's public keys (ADR 0009), handed to every branch: their Update validators verify the
   * signed identity. Absent in rounds started before it (their branches check no signature).
   */
  readonly identityKeys?: UpdateIdentityKeys;
}

export interface GradingRoundResult {
  readonly branches: number;
}

export type GradingRoundWorkflow = (input: GradingRoundInput) => Promise<GradingRoundResult>;

export interface GradingBranchInput {
  readonly roundId: string;
  readonly roundWorkflowId: string;
  readonly year: number;
  readonly organisationId: string;
  readonly organisationCode: string;
  readonly sectorCode: string;
  /** The pinned definition of the branch's sector (ADR 0004): the body is read by id. */
  readonly definitionId: string;
  readonly acknowledgeBy?: string;
  /** The API's public keys: every Update must carry an identity signed by one (absent: legacy branch). */
  readonly identityKeys?: UpdateIdentityKeys;
}

export type GradingBranchWorkflow = (input: GradingBranchInput) => Promise<void>;

/** Every branch Update carries who acts and an idempotency key: a repeat returns the first result. */
export interface BranchUpdateBase {
  readonly idempotencyKey: string;
  readonly actor: string;
  readonly requestId: string | null;
  /** What the API verified about the actor, signed (ADR 0009); the validator checks it against `actor`. */
  readonly identity?: SignedUpdateIdentity;
}

export type AcknowledgeDeployRequest = BranchUpdateBase;

export interface SubmitSelfAssessmentRequest extends BranchUpdateBase {
  /** Points per item key of the sector's indicator sheet. */
  readonly items: Readonly<Record<string, number>>;
  readonly note?: string;
  /** 佐证材料: evidence file ids per item key (uploaded beforehand; the API checks they are the branch's). */
  readonly evidence?: Readonly<Record<string, readonly string[]>>;
}

/** 上级评定: item by item against the sheet, or one overall score on 100 points. */
export interface SubmitSuperiorRatingRequest extends BranchUpdateBase {
  readonly items?: Readonly<Record<string, number>>;
  readonly overall?: number;
  readonly comment?: string;
}

export interface BranchUpdateResult {
  readonly organisationId: string;
  readonly action: string;
  readonly from: BranchState;
  readonly to: BranchState;
}

export const acknowledgeDeployUpdate = defineUpdate<BranchUpdateResult, [AcknowledgeDeployRequest]>(
  'acknowledgeDeploy',
);
export const submitSelfAssessmentUpdate = defineUpdate<BranchUpdateResult, [SubmitSelfAssessmentRequest]>(
  'submitSelfAssessment',
);

export const submitSuperiorRatingUpdate = defineUpdate<BranchUpdateResult, [SubmitSuperiorRatingRequest]>(
  'submitSuperiorRating',
);

/** The failure type a refused Update carries; its first detail is the DomainError's JSON. */
export const DOMAIN_REFUSAL_FAILURE_TYPE = 'DomainError';

/**
 * The round tells each branch its final tier once the classification is approved and publicity is
 * over (objections resolved); the branch then leaves 分类定级 for 整改提高. A signal, not an Update:
 * the round sends it to thousands of branches in pages and needs no answer. Repeats are harmless
 * (the branch keeps the first).
 */
export interface BranchTierFinalised {
  readonly tier: Tier;
  /** Tier before quotas, when a quota moved the branch; null otherwise. */
  readonly proposedBeforeQuota: Tier | null;
  /** ISO instant the round made the tiers final. */
  readonly finalisedAt: string;
}
export const branchTierFinalisedSignal = defineSignal<[BranchTierFinalised]>('branchTierFinalised');
