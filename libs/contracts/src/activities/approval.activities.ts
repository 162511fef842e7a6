import type {
  ApprovalCopy,
  ApprovalHistoryEntry,
  ApprovalProcessStatus,
  ApprovalTask,
  DeputyRoute,
} from '@cxzy/domain';
import type { ApprovalActor, ApprovalProcessInput } from '../approval/approval.contract.js';

/** One accepted change, written with its audit record in one transaction (idempotent on `version`). */
export interface ApprovalChangeRecord {
  readonly processId: string;
  readonly actor: ApprovalActor;
  /** The history length after the change; a repeated version is a retry and changes nothing. */
  readonly version: number;
  readonly status: ApprovalProcessStatus;
  readonly currentStep: string;
  /** Every task of the process as it now stands (the 待办 / 已办 projection); actionable = someone must act now. */
  readonly tasks: readonly (ApprovalTask & { readonly actionable: boolean })[];
  /** The history entries this change added. */
  readonly entries: readonly ApprovalHistoryEntry[];
  /** The copies this change added (抄送我). */
  readonly copies: readonly ApprovalCopy[];
}

/** Approval-service activities, as the approval engine sees them. */
export interface ApprovalActivities {
  recordApprovalStarted(input: ApprovalProcessInput & { readonly workflowId: string }): Promise<void>;
  recordApprovalChange(record: ApprovalChangeRecord): Promise<void>;
  /** 代理: where new tasks for these users go at `at` (their deputy while they are away). */
  resolveDeputies(request: {
    readonly userIds: readonly string[];
    readonly at: string;
  }): Promise<Record<string, DeputyRoute>>;
}
