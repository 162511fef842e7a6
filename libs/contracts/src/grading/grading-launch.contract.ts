/**
 * 晋位升级 launched once a year by a Temporal Schedule per configured grading unit: the schedule
 * starts this small workflow, whose activity runs the same launch as the API (one round per unit
 * and year: a round already launched by hand is left as it is).
 */
export const GRADING_LAUNCH_WORKFLOW_TYPE = 'gradingLaunchWorkflow';

export const gradingLaunchScheduleId = (taskQueue: string, unitCode: string): string =>
  `grading-launch/${taskQueue}/${unitCode}`;

export interface GradingLaunchInput {
  /** The grading unit's organisation code (stable across imports, unlike its id). */
  readonly gradingUnitCode: string;
}

export interface GradingLaunchResult {
  readonly year: number;
  readonly roundId: string;
  /** false: the round existed already (launched by hand or by an earlier run). */
  readonly launched: boolean;
}

export type GradingLaunchWorkflow = (input: GradingLaunchInput) => Promise<GradingLaunchResult>;

export interface GradingLaunchActivities {
  /** Launches the unit's round of the year the schedule fired in (`firedAt`, ISO instant). */
  launchScheduledGradingRound(request: { gradingUnitCode: string; firedAt: string }): Promise<GradingLaunchResult>;
}
