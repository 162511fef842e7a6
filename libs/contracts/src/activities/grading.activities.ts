import type { BranchState, PipelineDefinitionBody } from '@cxzy/domain';

export interface EnrolBranchPageRequest {
  readonly roundId: string;
  readonly after: string | null;
  readonly limit: number;
}

/** Ids only: a page of branches enrolled in the round's projection. */
export interface EnrolledBranchPage {
  readonly branches: readonly {
    readonly organisationId: string;
    readonly organisationCode: string;
    readonly sectorCode: string;
    readonly definitionId: string;
  }[];
  readonly cursor: string | null;
}

export interface RecordBranchTransitionRequest {
  readonly roundId: string;
  readonly organisationId: string;
  readonly action: string;
  readonly from: BranchState;
  readonly to: BranchState;
  readonly actor: string;
  readonly actorRole: string;
  readonly requestId: string | null;
  readonly idempotencyKey: string;
  readonly selfAssessment?: unknown;
  readonly superiorRating?: unknown;
}

/** The grading round's own database work, as the workflows see it. */
export interface GradingActivities {
  /** deploy.pending → grade.collecting once the notice goes out (idempotent). */
  publishRoundNotice(request: { roundId: string; actor: string }): Promise<void>;
  enrolRoundBranchPage(request: EnrolBranchPageRequest): Promise<EnrolledBranchPage>;
  /** The pinned body the branch started with (published or since retired). */
  loadGradingDefinition(definitionId: string): Promise<PipelineDefinitionBody>;
  /** Projection + audit record in one transaction; a retry records nothing twice. */
  recordBranchTransition(request: RecordBranchTransitionRequest): Promise<void>;
}
