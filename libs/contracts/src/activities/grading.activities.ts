import type {
  AcceptanceInput,
  BranchState,
  EscalationStage,
  PipelineDefinitionBody,
  PlanRequirements,
  PlannedSend,
  ReminderOffset,
  Tier,
} from '@cxzy/domain';

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
  /** Why (a returned plan): kept in the audit record. */
  readonly reason?: string;
  /** finaliseTier: the final tier (and the tier before quotas) and what the plan must contain. */
  readonly finalTier?: { readonly tier: Tier; readonly proposedBeforeQuota: Tier | null };
  readonly planRequirements?: PlanRequirements;
  /** submitPlan: the plan as filed; approvePlan/returnPlan: the supervisor's review. */
  readonly rectificationPlan?: unknown;
  readonly planReview?: { readonly decision: 'approved' | 'returned'; readonly text: string | null };
  /** reportProgress / completeRectification: one report, appended. */
  readonly progressReport?: { readonly summary: string; readonly complete: boolean; readonly at: string };
  /** recordAcceptance: stored as an input of the unit's next round. */
  readonly acceptance?: AcceptanceInput & { readonly acceptedOn: string; readonly passed: boolean };
}

export interface PrepareRectificationRequest {
  readonly roundId: string;
  readonly organisationId: string;
  readonly organisationCode: string;
  readonly definitionId: string;
  readonly tier: Tier;
}

/** What the plan must contain (small: a few indicator codes); the validator reads it. */
export interface PreparedRectification {
  readonly requirements: PlanRequirements;
}

/** A progress-report period: due `intervalMonths` after `openedAt` (or the configured test scale). */
export interface PlanProgressReportRequest {
  readonly openedAt: string;
  readonly intervalMonths: number;
  readonly roundYear: number;
  readonly reminders: readonly ReminderOffset[];
  readonly escalation: readonly EscalationStage[];
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
  /** 整改提高: the branch's weakest indicators from its stored scores, by its tier's policy. */
  prepareRectification(request: PrepareRectificationRequest): Promise<PreparedRectification>;
  /** The deadline and reminder plan of the next progress report (lagging: closer). */
  planProgressReport(request: PlanProgressReportRequest): Promise<{ deadlineAt: string; plan: PlannedSend[] }>;
}
