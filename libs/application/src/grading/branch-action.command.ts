/** An action of a branch secretary on the branch's part of a round. */
export interface BranchActionCommand {
  readonly roundId: string;
  readonly organisationId: string;
  /** A repeat with the same key returns the first result and changes nothing. */
  readonly idempotencyKey: string;
}

/** 上级评定: item by item or one overall score. */
export interface SubmitSuperiorRatingCommand extends BranchActionCommand {
  readonly items?: Readonly<Record<string, number>>;
  readonly overall?: number;
  readonly comment?: string;
}

export interface SubmitSelfAssessmentCommand extends BranchActionCommand {
  readonly items: Readonly<Record<string, number>>;
  readonly note?: string;
  /** 佐证材料 ids per item key, uploaded beforehand (SelfAssessmentEvidenceUseCase). */
  readonly evidence?: Readonly<Record<string, readonly string[]>>;
}
