import type { LeadingLineLevel } from '@cxzy/domain';

/** A person who receives a notification, with the organisation in whose name they receive it. */
export interface NotificationRecipient {
  readonly userId: string;
  readonly organisationId: string;
}

export interface StepRecipientsRequest {
  /** The organisation the step belongs to. */
  readonly organisationId: string;
  /** 'self' reaches `assigneeRole` at the organisation itself; higher levels reach the authority there. */
  readonly level: LeadingLineLevel;
  readonly assigneeRole: string;
  /** Also the authority at the same level of the other line (条/块), for escalations. */
  readonly copyOtherLine: boolean;
  /** Also the superior on the leading line (orange reminders, SPEC rule 17). */
  readonly copySuperior: boolean;
}

export interface StepRecipients {
  readonly to: readonly NotificationRecipient[];
  readonly copy: readonly NotificationRecipient[];
}

/** Organisation-service activities, as the workflows see them. */
export interface OrganisationActivities {
  /** Who gets a reminder or escalation: resolved along the leading line at send time. */
  resolveStepRecipients(request: StepRecipientsRequest): Promise<StepRecipients>;
}
