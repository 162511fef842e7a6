import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  EvaluationResult,
  PipelineDefinitionSnapshot,
  PledgeEvaluation,
  PledgeItem,
  PledgeProposal,
  PledgeState,
  ReviewWarning,
  SignedUpdateIdentity,
  UpdateIdentityKeys,
} from '@cxzy/domain';

/**
 * 党员承诺践诺 — one workflow per pledge, on the pledge pipeline version it started with:
 * 提出 → 审核 → 公开 → 履行 → 评议 → 反馈. Every step is a Workflow Update, so the caller learns at once
 * whether it was accepted; a refused Update changes nothing.
 */
export const PLEDGE_WORKFLOW_TYPE = 'pledgeWorkflow';

export const pledgeWorkflowId = (pledgeId: string): string => `pledge/${pledgeId}`;

/** Who acts: the audit's subject (the RequestContext of the request that sent the Update). */
export interface PledgeActor {
  readonly requestId: string | null;
  readonly actorId: string;
  readonly actorRole: string | null;
  readonly actorOrg: string | null;
}

export interface PledgeWorkflowInput {
  readonly pledgeId: string;
  readonly proposal: PledgeProposal;
  /** The pinned pipeline definition (its steps' deadlines and reminders, its appraisal weights). */
  readonly definition: PipelineDefinitionSnapshot;
  readonly proposedBy: PledgeActor;
  /**
   * Where a member's own reminders go (their inbox), or null when nobody is reminded: an excused
   * elderly/infirm member (SPEC §6 rule 19) gets no reminders at all.
   */
  readonly reminders: { readonly memberRecipient: string | null; readonly pledgerName: string } | null;
  /** Where the pledge is seen in the web app (in every notice). */
  readonly link: string;
  /**
   * The API's public keys (ADR 0009): every Update must carry an identity signed by one of them.
   * Absent in pledges started before it (their Updates check no signature).
   */
  readonly identityKeys?: UpdateIdentityKeys;
  /**
   * 审核 through the approval engine (issue 12, `patched('pledge-review-approval')`): who signs the
   * definition's review step, resolved when the pledge was proposed. Absent in pledges started
   * before it (their review is the `reviewPledge` Update alone).
   */
  readonly review?: PledgeReviewPlan;
}

/** The people of the pledge's review approval (the approval's process id is the pledge id). */
export interface PledgeReviewPlan {
  /** What the approval is called in every list and notice. */
  readonly title: string;
  /** The review step's signers: whoever holds the step actor's role at its level, in order. */
  readonly signers: readonly string[];
  /** Besides the proposer, who may 催办: the supervisors one level up. */
  readonly supervisors: readonly string[];
}

/** Every Update carries an idempotency key: the same key again returns the first result. */
interface UpdateBase {
  readonly idempotencyKey: string;
  readonly actor: PledgeActor;
  /** What the API verified about the actor, signed (ADR 0009); the validator checks it against `actor`. */
  readonly identity?: SignedUpdateIdentity;
}

export interface ReviewPledgeInput extends UpdateBase {
  readonly decision: 'approve' | 'return';
  /** Required when returning (退回修改须说明理由). */
  readonly reason: string | null;
  /** Shown to the reviewer (e.g. fewer than 2 annual pledges), never a block. */
  readonly warnings: readonly ReviewWarning[];
}

export interface RevisePledgeInput extends UpdateBase {
  readonly items: readonly PledgeItem[];
}

export interface AmendPledgeInput extends UpdateBase {
  readonly items: readonly PledgeItem[];
  readonly reason: string;
}

export interface PublicisePledgeInput extends UpdateBase {
  /** 党内 or 向群众公开 (SPEC §6 rule 21), with the approver (the actor) and an expiry. */
  readonly scope: 'party' | 'public';
  readonly expiresAt: string;
  /** Where it was announced, e.g. "2027年1月支部党员大会". */
  readonly announcedAt: string | null;
}

export interface ReportProgressInput extends UpdateBase {
  readonly note: string;
  readonly evidence: readonly string[];
  readonly percent: number;
  /** The member reports the pledge fulfilled: fulfilment closes and evaluation opens. */
  readonly completed: boolean;
}

export interface EvaluatePledgeInput extends UpdateBase {
  readonly evaluation: PledgeEvaluation;
}

/** 邀请互评: the branch asks members of the branch (by member id) to give a peer evaluation (ADR 0016). */
export interface RequestPeerEvaluationInput extends UpdateBase {
  readonly memberIds: readonly string[];
}

/** Every member asked so far (this request's and earlier ones). */
export interface PeerEvaluationRequestResult {
  readonly pledgeId: string;
  readonly askedMemberIds: readonly string[];
}

export type ConcludeEvaluationInput = UpdateBase;

export interface FeedBackPledgeInput extends UpdateBase {
  readonly message: string;
}

export interface PledgeUpdateResult {
  readonly pledgeId: string;
  readonly state: PledgeState;
  readonly seq: number;
  readonly warnings: readonly ReviewWarning[];
  readonly ledgerVersion: number | null;
  readonly result: EvaluationResult | null;
}

export interface PledgeStatus {
  readonly pledgeId: string;
  readonly state: PledgeState;
  readonly seq: number;
  readonly items: readonly PledgeItem[];
  readonly returnReason: string | null;
  readonly evaluations: readonly PledgeEvaluation[];
  readonly result: EvaluationResult | null;
  readonly feedbackDelivered: boolean;
  /** The step now open and when it is due (null when no deadline or no reminders). */
  readonly openStep: { readonly key: string; readonly deadlineAt: string | null } | null;
}

export const reviewPledgeUpdate = defineUpdate<PledgeUpdateResult, [ReviewPledgeInput]>('reviewPledge');
export const revisePledgeUpdate = defineUpdate<PledgeUpdateResult, [RevisePledgeInput]>('revisePledge');
export const amendPledgeUpdate = defineUpdate<PledgeUpdateResult, [AmendPledgeInput]>('amendPledge');
export const publicisePledgeUpdate = defineUpdate<PledgeUpdateResult, [PublicisePledgeInput]>('publicisePledge');
export const reportPledgeProgressUpdate = defineUpdate<PledgeUpdateResult, [ReportProgressInput]>(
  'reportPledgeProgress',
);
export const evaluatePledgeUpdate = defineUpdate<PledgeUpdateResult, [EvaluatePledgeInput]>('evaluatePledge');
export const requestPeerEvaluationUpdate = defineUpdate<PeerEvaluationRequestResult, [RequestPeerEvaluationInput]>(
  'requestPeerEvaluation',
);
export const concludePledgeEvaluationUpdate = defineUpdate<PledgeUpdateResult, [ConcludeEvaluationInput]>(
  'concludePledgeEvaluation',
);
export const feedBackPledgeUpdate = defineUpdate<PledgeUpdateResult, [FeedBackPledgeInput]>('feedBackPledge');
export const pledgeStatusQuery = defineQuery<PledgeStatus>('pledgeStatus');

export type PledgeWorkflow = (input: PledgeWorkflowInput) => Promise<PledgeStatus>;
