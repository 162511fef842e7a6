/** 每日待办提醒 — started by a Temporal Schedule every morning (see the worker's schedule registrar). */
export const DAILY_DIGEST_WORKFLOW_TYPE = 'dailyDigestWorkflow';

/** One schedule per task queue, so deployments (and test runs) sharing a Temporal server never collide. */
export const dailyDigestScheduleId = (taskQueue: string): string => `${taskQueue}/daily-digest`;

export interface DailyDigestInput {
  readonly dueWithinDays: number;
  readonly organisationsPerPage: number;
  /** Defaults to the moment the workflow starts. */
  readonly asOf?: string;
  /** Continue-as-new carries the paging position. */
  readonly afterOrganisationId?: string | null;
  readonly digestsSoFar?: number;
}

export type DailyDigestWorkflow = (input: DailyDigestInput) => Promise<{ digests: number }>;
