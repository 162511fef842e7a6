import { defineQuery } from '@temporalio/workflow';

/** 连通性检查 — the workflow that proves API → Temporal → activities → PostgreSQL works. */
export const SMOKE_CHECK_WORKFLOW_TYPE = 'smokeCheckWorkflow';

export const smokeCheckWorkflowId = (checkId: string): string => `smoke-check/${checkId}`;

export interface SmokeCheckInput {
  readonly checkId: string;
  readonly message: string;
  readonly requestedBy: string;
  /** Durable timer between the two activities; tests use it to kill a worker mid-workflow. */
  readonly pauseMs: number;
}

export type SmokeCheckStage = 'recording' | 'paused' | 'notifying' | 'completed';

export interface SmokeCheckResult {
  readonly checkId: string;
  readonly noticeId: string;
}

export const smokeCheckStageQuery = defineQuery<SmokeCheckStage>('smokeCheckStage');

/** The workflow's signature, so clients start it by type name without importing workflow code. */
export type SmokeCheckWorkflow = (input: SmokeCheckInput) => Promise<SmokeCheckResult>;
