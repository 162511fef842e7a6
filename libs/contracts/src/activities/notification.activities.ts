import type { LocalizedText } from '@cxzy/domain';

export interface InboxNoticeRequest {
  /** From `buildNotificationKey`: the database refuses a second notice with the same key. */
  readonly idempotencyKey: string;
  readonly recipient: string;
  readonly title: LocalizedText;
  readonly body: LocalizedText;
}

/** Activities of the notification service, as the workflows see them. */
export interface NotificationActivities {
  /** Returns the notice id; the same id again when the key was already sent. */
  sendInboxNotice(request: InboxNoticeRequest): Promise<{ noticeId: string; created: boolean }>;
}
