import type { LocalizedText } from '../domain.error.js';
import type { AddSignerPosition, ApprovalQuorum, StepActor } from '../pipeline/pipeline-definition.types.js';

/**
 * 审批 — the state of one approval process: an ordered list of steps, each opened in generations
 * (a 退回 re-opens a step as a new generation), each generation holding one task per signer.
 * Plain JSON throughout: it lives in a workflow and is copied into its projection.
 */
export type ApprovalProcessStatus = 'running' | 'approved' | 'rejected' | 'withdrawn' | 'returned';

/**
 * 发起环节 — the owning process's step before the approval steps, where the submitter prepares
 * the submission (e.g. a pledge's 提出承诺). A 退回 to it sends the submission back to the submitter
 * (status 'returned') until the owner re-submits it (`resubmitApproval`). Absent for standalone
 * approvals.
 */
export interface ApprovalOrigin {
  readonly key: string;
  readonly name: LocalizedText;
}

/**
 * pending: not decided (actionable once every task it waits for is decided);
 * approved / rejected: decided; removed: 减签; cancelled: no longer needed (quorum met or failed,
 * withdrawn); discarded: thrown away by a 退回 (its decision no longer counts).
 */
export type ApprovalTaskStatus = 'pending' | 'approved' | 'rejected' | 'removed' | 'cancelled' | 'discarded';

export interface ApprovalTask {
  readonly id: string;
  readonly stepKey: string;
  readonly generation: number;
  /** Who holds the task (after 转办 the new holder; a 代理 deputy when the signer is away). */
  assignee: string;
  /** 代理: whom the deputy stands in for; null when the assignee holds it in person. */
  deputyFor: string | null;
  /** 委派: who is doing the work now; the assignee decides once it comes back. */
  delegate: string | null;
  /** Tasks that must be decided first (依次审批, 前加签 / 后加签). */
  waitsFor: string[];
  /** 加签: who added this signer; null for the definition's signers. */
  addedBy: string | null;
  status: ApprovalTaskStatus;
  decidedAt: string | null;
  urgeCount: number;
  lastUrgedAt: string | null;
}

/** The run-time rules of a step, defaults filled in (see stepApprovalOptions). */
export interface ResolvedApprovalOptions {
  readonly addSigner: readonly AddSignerPosition[];
  readonly maxAddedSigners: number;
  readonly removeDefinitionSigners: boolean;
  readonly urgeIntervalMinutes: number;
  /**
   * The definition's 抄送 actors (role + level), resolved to people along the process
   * organisation's leading line each time the step opens. Absent in plans started before.
   */
  readonly cc?: readonly StepActor[];
}

/** One step as a running process sees it: the definition's rules and the people resolved for it. */
export interface ApprovalStepPlan {
  readonly key: string;
  readonly name: LocalizedText;
  readonly quorum: ApprovalQuorum;
  readonly options: ResolvedApprovalOptions;
  /** In order (the order matters for 依次审批). */
  readonly signers: readonly string[];
  /** 抄送 when the step opens. */
  readonly cc: readonly string[];
}

/** 审批意见: typed by the action it goes with; attachments are references to stored files. */
export interface ApprovalComment {
  readonly text: string;
  readonly attachments: readonly string[];
}

export type ApprovalAction =
  | 'submit'
  | 'approve'
  | 'reject'
  | 'transfer'
  | 'delegate'
  | 'resolve-delegation'
  | 'add-signer'
  | 'remove-signer'
  | 'return'
  | 'withdraw'
  | 'resubmit'
  | 'urge'
  | 'cc'
  | 'comment'
  | 'step-opened'
  | 'step-completed'
  | 'step-failed';

export interface ApprovalHistoryEntry {
  readonly seq: number;
  readonly at: string;
  /** 'system' for what the engine does by itself (opening and completing steps). */
  readonly actor: string;
  /** When the actor is a 代理 deputy: whom they act for (the audit names both). */
  readonly onBehalfOf: string | null;
  readonly action: ApprovalAction;
  readonly stepKey: string;
  readonly generation: number;
  readonly taskId: string | null;
  /** The other person of a transfer, delegation, 加签 / 减签, or the step returned to. */
  readonly target: string | null;
  readonly comment: ApprovalComment | null;
}

export interface ApprovalCopy {
  readonly userId: string;
  readonly stepKey: string;
  readonly by: string;
  readonly at: string;
}

export interface ApprovalProcessState {
  readonly processId: string;
  readonly submitter: string;
  /** Besides the submitter, who may 催办. */
  readonly supervisors: readonly string[];
  readonly steps: readonly ApprovalStepPlan[];
  /** Where a 退回 may send the submission back to the submitter; absent (or null) = nowhere before step 1. */
  readonly origin?: ApprovalOrigin | null;
  status: ApprovalProcessStatus;
  currentStep: number;
  /** The current generation of each step opened so far. */
  generations: Record<string, number>;
  tasks: ApprovalTask[];
  copies: ApprovalCopy[];
  history: ApprovalHistoryEntry[];
  nextTaskNumber: number;
}

/** 代理: where a new task for `userId` goes now. */
export interface DeputyRoute {
  readonly assignee: string;
  readonly deputyFor: string | null;
}

/** Who acts, when, and how new tasks are routed (代理 ranges looked up by the caller). */
export interface ApprovalContext {
  readonly actor: string;
  readonly now: string;
  readonly route: (userId: string) => DeputyRoute;
}

export type ApprovalOperation =
  | { readonly kind: 'approve'; readonly taskId: string; readonly comment?: ApprovalComment }
  | { readonly kind: 'reject'; readonly taskId: string; readonly comment?: ApprovalComment }
  | { readonly kind: 'transfer'; readonly taskId: string; readonly to: string; readonly comment?: ApprovalComment }
  | { readonly kind: 'delegate'; readonly taskId: string; readonly to: string; readonly comment?: ApprovalComment }
  | { readonly kind: 'resolve-delegation'; readonly taskId: string; readonly comment?: ApprovalComment }
  | {
      readonly kind: 'add-signer';
      readonly taskId: string;
      readonly signer: string;
      readonly position: AddSignerPosition;
      readonly comment?: ApprovalComment;
    }
  | { readonly kind: 'remove-signer'; readonly taskId: string; readonly comment?: ApprovalComment }
  | { readonly kind: 'return'; readonly taskId: string; readonly toStep: string; readonly comment?: ApprovalComment }
  | { readonly kind: 'withdraw'; readonly comment?: ApprovalComment }
  | { readonly kind: 'urge'; readonly taskId: string; readonly comment?: ApprovalComment }
  | { readonly kind: 'cc'; readonly userIds: readonly string[]; readonly comment?: ApprovalComment }
  | { readonly kind: 'comment'; readonly taskId: string | null; readonly comment?: ApprovalComment };

/** What the engine must do outside the state after an operation (notices, reminders). */
export type ApprovalEffect =
  | {
      readonly kind: 'task-assigned';
      readonly taskId: string;
      readonly userId: string;
      readonly deputyFor: string | null;
    }
  | { readonly kind: 'step-opened'; readonly stepKey: string; readonly generation: number }
  | { readonly kind: 'step-closed'; readonly stepKey: string; readonly generation: number }
  | { readonly kind: 'copied'; readonly stepKey: string; readonly userIds: readonly string[] }
  | { readonly kind: 'urged'; readonly taskId: string; readonly userIds: readonly string[] }
  | { readonly kind: 'finished'; readonly status: ApprovalProcessStatus };

export interface ApprovalOutcome {
  readonly state: ApprovalProcessState;
  readonly effects: readonly ApprovalEffect[];
}
