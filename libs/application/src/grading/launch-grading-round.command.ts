/** 部署 — launch the yearly round of a grading unit. */
export interface LaunchGradingRoundCommand {
  readonly gradingUnitId: string;
  readonly year: number;
  /** Required outside the deploy window (1 Nov N−1 – 31 Mar N); audited. */
  readonly overrideReason?: string;
  /** When the branches must acknowledge the notice (ISO instant); absent: 5 working days. */
  readonly acknowledgeBy?: string;
}
