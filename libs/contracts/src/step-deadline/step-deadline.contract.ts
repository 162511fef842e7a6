import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { LocalizedText, PlannedSend } from '@cxzy/domain';

/**
 * 期限提醒 — one per step with a deadline: reminds the assignee, then escalates up the leading
 * line copying the other line, and stops the moment the step completes. Started by the workflow
 * that owns the step (as a child); a re-opened step starts a new generation.
 */
export const STEP_DEADLINE_WORKFLOW_TYPE = 'stepDeadlineWorkflow';

export const stepDeadlineWorkflowId = (ownerWorkflowId: string, stepKey: string, generation: number): string =>
  `step-deadline/${ownerWorkflowId}/${stepKey}/${generation}`;

export interface StepDeadlineInput {
  /** The workflow whose step this is: part of every notification key. */
  readonly ownerWorkflowId: string;
  readonly stepKey: string;
  /** 0 for the first opening; +1 each time the step is re-opened (e.g. a returned plan). */
  readonly generation: number;
  /** The organisation that must act; escalations go up its leading line. */
  readonly assigneeOrganisationId: string;
  readonly assigneeName: LocalizedText;
  /** Who at the assignee organisation is reminded (e.g. branch-secretary). */
  readonly assigneeRole: string;
  readonly process: LocalizedText;
  readonly stepName: LocalizedText;
  readonly deadlineAt: string;
  readonly link: string;
  /**
   * For a step a member acts on (e.g. fulfilling a pledge): the member's own reminders (level
   * 'self', not escalations) go to this inbox recipient instead of the `assigneeRole` holders,
   * while escalations still go to the role holders up the leading line (the branch is prompted).
   */
  readonly directRecipient?: string;
  /** From `planStepReminders`, computed by the caller when the step opens. */
  readonly plan: readonly PlannedSend[];
}

export interface StepDeadlineStatus {
  readonly sent: readonly string[];
  readonly completed: boolean;
}

export type StepDeadlineWorkflow = (input: StepDeadlineInput) => Promise<StepDeadlineStatus>;

/** The step is done: no further reminder or escalation. */
export const stepCompletedSignal = defineSignal('stepCompleted');
export const stepDeadlineStatusQuery = defineQuery<StepDeadlineStatus>('stepDeadlineStatus');
