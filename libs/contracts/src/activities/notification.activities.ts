import type { LocalizedText } from '@cxzy/domain';

export interface InboxNoticeRequest {
  /** From `buildNotificationKey`: the database refuses a second notice with the same key. */
  readonly idempotencyKey: string;
  readonly recipient: string;
  readonly title: LocalizedText;
  readonly body: LocalizedText;
  readonly link?: string | null;
}

export interface EmailNoticeRequest {
  readonly idempotencyKey: string;
  readonly recipient: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface WebhookNoticeRequest {
  readonly idempotencyKey: string;
  readonly recipient: string;
  readonly target: string;
  readonly title: string;
  readonly body: string;
  readonly link: string | null;
}

export type OutsideChannel = 'email' | 'webhook';

/** Activities of the notification service, as the workflows see them. */
export interface NotificationActivities {
  /** Returns the notice id; the same id again when the key was already sent. */
  sendInboxNotice(request: InboxNoticeRequest): Promise<{ noticeId: string; created: boolean }>;
  /** The outside channels this person gets (their preference AND the deployment's configuration). */
  resolveNotificationChannels(recipient: string): Promise<{ email: string | null; webhookTarget: string | null }>;
  /** `sent: false` when this key was already sent on this channel. */
  sendEmailNotice(request: EmailNoticeRequest): Promise<{ sent: boolean }>;
  sendWebhookNotice(request: WebhookNoticeRequest): Promise<{ sent: boolean }>;
  /** After the last retry: keep the failure where administrators see it. */
  recordDeadLetter(request: { idempotencyKey: string; channel: OutsideChannel; error: string }): Promise<void>;
}
