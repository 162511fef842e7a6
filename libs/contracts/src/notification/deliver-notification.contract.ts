import type { LocalizedText } from '@cxzy/domain';

export const DELIVER_NOTIFICATION_WORKFLOW_TYPE = 'deliverNotificationWorkflow';

/** One workflow per notification key: starting it twice for the same key is refused by Temporal. */
export const deliverNotificationWorkflowId = (idempotencyKey: string): string => `notification/${idempotencyKey}`;

export interface NotificationToDeliver {
  readonly idempotencyKey: string;
  readonly recipient: string;
  readonly title: LocalizedText;
  readonly body: LocalizedText;
  readonly link: string | null;
}

/** Retries of the outside channels (e-mail, webhook); the inbox is retried until it succeeds. */
export interface DeliveryRetryPolicy {
  readonly maximumAttempts: number;
  readonly initialIntervalMs: number;
  readonly maximumIntervalMs: number;
}

/** Default: about 2 hours of back-off (10 s doubling, capped at 30 min) before a dead letter. */
export const DEFAULT_DELIVERY_RETRY_POLICY: DeliveryRetryPolicy = {
  maximumAttempts: 10,
  initialIntervalMs: 10_000,
  maximumIntervalMs: 30 * 60_000,
};

export type ChannelOutcome = 'sent' | 'already-sent' | 'not-requested' | 'dead-lettered';

export interface DeliveryReport {
  readonly inboxNoticeId: string;
  readonly email: ChannelOutcome;
  readonly webhook: ChannelOutcome;
}

export interface DeliverNotificationInput {
  readonly notification: NotificationToDeliver;
  readonly retry?: DeliveryRetryPolicy;
}

export type DeliverNotificationWorkflow = (input: DeliverNotificationInput) => Promise<DeliveryReport>;
