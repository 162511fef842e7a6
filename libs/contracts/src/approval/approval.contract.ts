import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  ApprovalCopy,
  ApprovalHistoryEntry,
  ApprovalOperation,
  ApprovalOrigin,
  ApprovalProcessState,
  ApprovalProcessStatus,
  ApprovalStepPlan,
  ApprovalTask,
  EscalationStage,
  LocalizedText,
  ReminderOffset,
  SignedUpdateIdentity,
  StepDeadline,
  UpdateIdentityKeys,
} from '@cxzy/domain';

/**
 * 审批 — the approval operations every process kind shares. A process workflow embeds the
 * approval engine (workflows/src/approval) for its approval steps; `approvalProcessWorkflow`
 * runs a sequence of approval steps on its own. Every operation is one Update on the workflow
 * that owns the steps, validated against the pure model first, so a refusal changes nothing.
 */
export const APPROVAL_PROCESS_WORKFLOW_TYPE = 'approvalProcessWorkflow';

export const approvalWorkflowId = (processId: string): string => `approval/${processId}`;

/** Who acts: the audit's subject (the RequestContext of the request that sent the Update). */
export interface ApprovalActor {
  readonly requestId: string | null;
  readonly actorId: string;
  readonly actorRole: string | null;
  readonly actorOrg: string | null;
}

/** A step's deadline rules (from its definition step), for its reminders. */
export interface ApprovalStepDeadline {
  /** Who at the target organisation is reminded (the step actor's role). */
  readonly assigneeRole: string;
  readonly deadline: StepDeadline;
  readonly reminders: readonly ReminderOffset[];
  readonly escalation: readonly EscalationStage[];
}

/** Where reminders and escalations of the approval steps go (step-deadline workflow). */
export interface ApprovalReminderTarget {
  readonly organisationId: string;
  readonly assigneeName: LocalizedText;
  readonly year: number;
}

export interface ApprovalProcessInput {
  readonly processId: string;
  /** What is being approved, shown in every list and notice. */
  readonly title: string;
  /** Which process kind's definition the steps come from ('approval' for a standalone one). */
  readonly processKind: string;
  readonly definition: { readonly definitionId: string; readonly version: number } | null;
  readonly steps: readonly ApprovalStepPlan[];
  /**
   * The owning process's step before the approval steps (e.g. a pledge's 提出承诺): a 退回 to it
   * sends the submission back (status 'returned') until the owner re-submits. Absent for
   * standalone approvals.
   */
  readonly origin?: ApprovalOrigin;
  readonly submittedBy: ApprovalActor;
  /** Besides the submitter, who may 催办. */
  readonly supervisors: readonly string[];
  /** Deadlines per step key; steps without one get no reminders. */
  readonly deadlines: Readonly<Record<string, ApprovalStepDeadline>>;
  readonly reminderTarget: ApprovalReminderTarget | null;
  readonly link: string;
  /** Accepted operations per run before the workflow continues as new (APPROVAL_OPERATIONS_PER_RUN). */
  readonly operationsPerRun?: number;
  /** Set only by continue-as-new: what the previous run hands over. */
  readonly carried?: ApprovalCarriedState;
  /**
   * ADR 0009: the API's public keys; every operation must then carry an identity signed by one for
   * the actor it names. Absent in approvals started before it (their operations check no signature).
   */
  readonly identityKeys?: UpdateIdentityKeys;
}

/**
 * What a long approval carries into its next run (continue-as-new): the model's state, the
 * answers of the most recent idempotency keys (a retried request across the boundary still gets
 * its first answer), and which step generations have reminders running.
 */
export interface ApprovalCarriedState {
  readonly state: ApprovalProcessState;
  readonly results: readonly (readonly [string, ApprovalUpdateResult])[];
  readonly reminders: readonly { readonly stepKey: string; readonly generation: number }[];
  /** 1 for the second run, and so on. */
  readonly run: number;
}

/** How many idempotency keys (the most recent) a run hands over to the next. */
export const APPROVAL_IDEMPOTENCY_WINDOW = 1000;

export interface ApprovalUpdateInput {
  /** The same key again returns the first result (a retried request changes nothing). */
  readonly idempotencyKey: string;
  readonly actor: ApprovalActor;
  readonly operation: ApprovalOperation;
  /** ADR 0009: the actor as the API verified it, signed for this Update and key. */
  readonly identity?: SignedUpdateIdentity;
}

export interface ApprovalUpdateResult {
  readonly processId: string;
  readonly status: ApprovalProcessStatus;
  readonly currentStep: string;
  /** The history length after this operation. */
  readonly version: number;
}

export interface ApprovalStatus {
  readonly processId: string;
  readonly status: ApprovalProcessStatus;
  readonly currentStep: string;
  readonly generations: Readonly<Record<string, number>>;
  readonly tasks: readonly ApprovalTask[];
  readonly copies: readonly ApprovalCopy[];
  readonly history: readonly ApprovalHistoryEntry[];
}

export const approvalOperationUpdate = defineUpdate<ApprovalUpdateResult, [ApprovalUpdateInput]>('approvalOperation');
export const approvalStatusQuery = defineQuery<ApprovalStatus>('approvalStatus');

export type ApprovalProcessWorkflow = (input: ApprovalProcessInput) => Promise<ApprovalStatus>;
