import type { EscalationStage, PlannedSend, ReminderOffset, StepDeadline } from '@cxzy/domain';

export interface PlanStepRequest {
  /** ISO instant the step opened (workflow time, so a replay asks the same question). */
  readonly openedAt: string;
  readonly deadline: StepDeadline;
  /** A deadline the caller already knows (ISO instant, after `openedAt`): replaces `deadline`. */
  readonly deadlineAt?: string;
  readonly roundYear: number;
  readonly reminders: readonly ReminderOffset[];
  readonly escalation: readonly EscalationStage[];
}

/**
 * Computes a step's deadline and reminder plan on the configured working-day calendar (data in the
 * database) and settings (quiet hours, send time): an activity, so workflows get a recorded answer.
 */
export interface ReminderPlanActivities {
  planStepReminders(request: PlanStepRequest): Promise<{ deadlineAt: string; plan: PlannedSend[] }>;
}
