import type { RoundState } from '@cxzy/domain';
import type { ClassificationSummary, CorrectedRating } from '../grading/grading-round-classification.contract.js';

/** An accepted round action, as the projection and the audit record need it. */
export interface RoundActionRecord {
  readonly roundId: string;
  readonly action: string;
  readonly from: RoundState;
  readonly to: RoundState;
  readonly actor: string;
  readonly actorRole: string;
  readonly requestId: string | null;
  readonly idempotencyKey: string;
  readonly reason?: string;
}

export interface ResolveObjectionRecord extends RoundActionRecord {
  readonly objectionId: string;
  readonly outcome: 'upheld' | 'rejected';
  readonly note: string;
  readonly correctedRating?: CorrectedRating;
}

/**
 * The round's 分类定级 database work. A refusal (a branch not rated, participation short, an
 * objection already resolved) is a non-retryable failure of type DomainError, which the workflow
 * passes on as the Update's refusal; anything else is retried. Each call is idempotent.
 */
export interface GradingRoundActivities {
  /** Reads every branch's scores, classifies the unit, writes the proposed tiers: counts only back. */
  proposeRoundClassification(record: RoundActionRecord): Promise<ClassificationSummary>;
  /** approve (publicity opens: its end comes back) or return (reason mandatory). */
  decideRoundClassification(record: RoundActionRecord): Promise<{ publicityEndsAt: string | null }>;
  resolveRoundObjection(record: ResolveObjectionRecord): Promise<{ changedBranches: number }>;
  /**
   * Final when publicity is over, nothing is open and last year's round is wholly accepted (SPEC §6
   * rule 13); else how many objections are still open, or how many of last year's branches still
   * wait for their acceptance (`previousRoundMissing`, absent when that gate is open).
   */
  finaliseRoundTiers(request: { roundId: string; actor: string }): Promise<{
    finalised: boolean;
    openObjections: number;
    finalisedAt: string | null;
    previousRoundMissing?: number;
  }>;
  /** Signals a page of branch workflows their final tier (repeats harmless). */
  signalBranchTierPage(request: {
    roundId: string;
    roundWorkflowId: string;
    after: string | null;
    limit: number;
    finalisedAt: string;
  }): Promise<{ cursor: string | null; signalled: number }>;
  /** grade.final → rectify.open (idempotent). */
  openRoundRectification(request: { roundId: string; actor: string }): Promise<void>;
}
