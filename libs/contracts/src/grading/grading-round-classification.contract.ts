import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { RoundState, SignedUpdateIdentity, Tier } from '@cxzy/domain';

/**
 * 分类定级 at round level: after the fan-out the round workflow waits for the administrator's
 * proposal and the supervisor's decisions, each a Workflow Update with a validator running the
 * round state machine. The tier list itself stays in PostgreSQL: results carry counts only.
 */
export interface RoundUpdateBase {
  readonly idempotencyKey: string;
  readonly actor: string;
  readonly requestId: string | null;
  /** ADR 0009: who acts, signed by the API for this Update (verified when the round has keys). */
  readonly identity?: SignedUpdateIdentity;
}

export type ProposeClassificationRequest = RoundUpdateBase;
export type ApproveClassificationRequest = RoundUpdateBase;

export interface ReturnClassificationRequest extends RoundUpdateBase {
  /** Why the supervisor returns the proposal (mandatory). */
  readonly reason: string;
}

/** 上级评定 as corrected by an upheld objection: item by item or one overall score. */
export interface CorrectedRating {
  readonly items?: Readonly<Record<string, number>>;
  readonly overall?: number;
}

export interface ResolveObjectionRequest extends RoundUpdateBase {
  readonly objectionId: string;
  readonly outcome: 'upheld' | 'rejected';
  /** Why (not public). */
  readonly note: string;
  /** Required when upheld: the branch is re-graded with this superior rating. */
  readonly correctedRating?: CorrectedRating;
}

/** Counts of a classification: the list is read from the API, never from a history. */
export interface ClassificationSummary {
  readonly branches: number;
  readonly byTier: Readonly<Record<Tier, number>>;
  /** Branches a quota (advanced cap, lagging floor) moved down. */
  readonly movedByQuota: number;
}

export interface RoundUpdateResult {
  readonly action: string;
  readonly from: RoundState;
  readonly to: RoundState;
  readonly classification?: ClassificationSummary;
  /** After approval: when the publicity period ends (ISO instant). */
  readonly publicityEndsAt?: string;
  readonly objection?: {
    readonly id: string;
    readonly outcome: 'upheld' | 'rejected';
    readonly changedBranches: number;
  };
}

export const proposeClassificationUpdate = defineUpdate<RoundUpdateResult, [ProposeClassificationRequest]>(
  'proposeClassification',
);
export const approveClassificationUpdate = defineUpdate<RoundUpdateResult, [ApproveClassificationRequest]>(
  'approveClassification',
);
export const returnClassificationUpdate = defineUpdate<RoundUpdateResult, [ReturnClassificationRequest]>(
  'returnClassification',
);
export const resolveObjectionUpdate = defineUpdate<RoundUpdateResult, [ResolveObjectionRequest]>('resolveObjection');

/** What the round workflow holds now, for an operator and the tests. */
export interface GradingRoundStatus {
  readonly state: RoundState;
  readonly branches: number;
  readonly fanOutDone: boolean;
  readonly publicityEndsAt: string | null;
}
export const gradingRoundStatusQuery = defineQuery<GradingRoundStatus>('gradingRoundStatus');

/** The round's grading state carried over continue-as-new (ids and keys only, bounded). */
export interface RoundGradingCarry {
  readonly state: RoundState;
  readonly publicityEndsAt: string | null;
  readonly approvedBy: string | null;
  readonly resolutions: number;
  /** The latest accepted results by idempotency key (bounded), so a repeat still gets its answer. */
  readonly results: Readonly<Record<string, RoundUpdateResult>>;
}
