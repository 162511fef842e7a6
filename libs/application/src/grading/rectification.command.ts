import type { AcceptanceInput, RectificationPlanInput } from '@cxzy/domain';
import type { BranchActionCommand } from './branch-action.command.js';

export interface SubmitRectificationPlanCommand extends BranchActionCommand {
  readonly plan: RectificationPlanInput;
}

export interface ReviewRectificationPlanCommand extends BranchActionCommand {
  /** Approve: an optional comment; return: the reason, required. */
  readonly text?: string;
}

export interface ReportRectificationProgressCommand extends BranchActionCommand {
  readonly summary: string;
  readonly complete?: boolean;
}

export type RecordAcceptanceCommand = BranchActionCommand & AcceptanceInput;
