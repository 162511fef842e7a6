import {
  ActivityFailure,
  ApplicationFailure,
  patched,
  proxyActivities,
  proxyLocalActivities,
} from '@temporalio/workflow';
import {
  DEFAULT_DELIVERY_RETRY_POLICY,
  type ChannelOutcome,
  type DeliveryReport,
  type DeliveryRetryPolicy,
  type NotificationActivities,
  type NotificationToDeliver,
  type OutsideChannel,
} from '@cxzy/contracts';
import { OWN_SERVICE_ACTIVITY, OWN_SERVICE_LOOKUP } from '../activity-options.js';

/** Inbox and bookkeeping: retried until they succeed (the database is ours; an outage ends). */
const local = proxyActivities<NotificationActivities>(OWN_SERVICE_ACTIVITY);
/** The person's channels: a read, run as a local activity by workflows started after the patch. */
const lookup = proxyLocalActivities<NotificationActivities>(OWN_SERVICE_LOOKUP);

function outsideChannels(policy: DeliveryRetryPolicy) {
  return proxyActivities<NotificationActivities>({
    startToCloseTimeout: '1 minute',
    retry: {
      maximumAttempts: policy.maximumAttempts,
      initialInterval: policy.initialIntervalMs,
      maximumInterval: policy.maximumIntervalMs,
      backoffCoefficient: 2,
      nonRetryableErrorTypes: ['PermanentDeliveryError', 'DomainError'],
    },
  });
}

function failureMessage(error: ActivityFailure): string {
  const cause = error.cause;
  return cause instanceof ApplicationFailure
    ? `${cause.type ?? 'Error'}: ${cause.message}`
    : (cause?.message ?? error.message);
}

/**
 * 发送通知: the inbox always, then e-mail and webhook when the person wants them. Each channel is
 * exactly-once per key (the activities check the database); a channel that fails after its last
 * retry becomes a dead letter instead of failing the process that notified.
 */
export async function deliverNotification(
  notification: NotificationToDeliver,
  retry: DeliveryRetryPolicy = DEFAULT_DELIVERY_RETRY_POLICY,
): Promise<DeliveryReport> {
  const { noticeId } = await local.sendInboxNotice(notification);
  const channels = await (patched('notification-channels-local-lookup') ? lookup : local).resolveNotificationChannels(
    notification.recipient,
  );
  const outside = outsideChannels(retry);
  const { idempotencyKey, recipient, title, body, link } = notification;

  const attempt = async (channel: OutsideChannel, send: () => Promise<{ sent: boolean }>): Promise<ChannelOutcome> => {
    try {
      return (await send()).sent ? 'sent' : 'already-sent';
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      await local.recordDeadLetter({ idempotencyKey, channel, error: failureMessage(error) });
      return 'dead-lettered';
    }
  };

  const [email, webhook] = await Promise.all([
    channels.email
      ? attempt('email', () =>
          outside.sendEmailNotice({
            idempotencyKey,
            recipient,
            to: channels.email as string,
            subject: title.zhCN,
            text: `${body.zhCN}\n${link ? `\n${link}\n` : ''}\n—\n${title.en}\n${body.en}`,
          }),
        )
      : ('not-requested' as const),
    channels.webhookTarget
      ? attempt('webhook', () =>
          outside.sendWebhookNotice({
            idempotencyKey,
            recipient,
            target: channels.webhookTarget as string,
            title: title.zhCN,
            body: body.zhCN,
            link,
          }),
        )
      : ('not-requested' as const),
  ]);
  return { inboxNoticeId: noticeId, email, webhook };
}
