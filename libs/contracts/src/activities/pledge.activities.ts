import type { PipelineStep, PlannedSend, PledgeItem, PledgeEvaluation, PledgeState } from '@cxzy/domain';
import type { PledgeActor, PledgeWorkflowInput } from '../pledge/pledge.contract.js';

/** One accepted transition, written with its audit record in one transaction (idempotent on `seq`). */
export interface PledgeTransitionRecord {
  readonly pledgeId: string;
  /** 1, 2, 3… in the order the workflow accepted them; a repeated seq is a retry and changes nothing. */
  readonly seq: number;
  readonly action: string;
  readonly from: PledgeState;
  readonly to: PledgeState;
  readonly actor: PledgeActor;
  readonly reason: string | null;
  /** What the action brings: new items (revise/amend), a progress report, an evaluation, a result, feedback. */
  readonly items?: readonly PledgeItem[];
  readonly progress?: { readonly note: string; readonly evidence: readonly string[]; readonly percent: number };
  readonly evaluation?: PledgeEvaluation;
  readonly result?: unknown;
  readonly feedback?: string;
  readonly publicity?: { readonly scope: 'party' | 'public'; readonly expiresAt: string; readonly at: string };
}

/** Members newly asked for a peer evaluation, written with its audit record in one transaction (idempotent). */
export interface PeerEvaluationRequestRecord {
  readonly pledgeId: string;
  readonly memberIds: readonly string[];
  readonly actor: PledgeActor;
  /** The workflow's clock when the request was accepted. */
  readonly requestedAt: string;
}

export interface PledgeStepPlanRequest {
  readonly step: PipelineStep;
  readonly openedAt: string;
  readonly year: number;
  /** An instant pledge's own due date (YYYY-MM-DD) replaces the fulfil step's deadline. */
  readonly dueDate: string | null;
}

/** Pledge-service activities, as the pledge workflow sees them. */
export interface PledgeActivities {
  recordPledgeProposed(input: PledgeWorkflowInput & { readonly workflowId: string }): Promise<void>;
  recordPledgeTransition(record: PledgeTransitionRecord): Promise<{ ledgerVersion: number | null }>;
  recordPeerEvaluationRequest(record: PeerEvaluationRequestRecord): Promise<void>;
  /** The step's deadline and reminder plan on the current calendar; null when the step has no deadline or it has passed. */
  planPledgeStep(request: PledgeStepPlanRequest): Promise<{ deadlineAt: string; plan: PlannedSend[] } | null>;
}
