import { Injectable } from '@nestjs/common';
import type {
  EmailNoticeRequest,
  InboxNoticeRequest,
  NotificationActivities,
  OutsideChannel,
  WebhookNoticeRequest,
} from '@cxzy/contracts';
import { ChannelResolver, DeadLetterRecorder, EmailSender, InboxSender, WebhookSender } from '@cxzy/notification';

/** Notification-service activities: one adapter per channel, the senders hold the logic. */
@Injectable()
export class NotificationActivitiesProvider implements NotificationActivities {
  constructor(
    private readonly inbox: InboxSender,
    private readonly email: EmailSender,
    private readonly webhook: WebhookSender,
    private readonly channels: ChannelResolver,
    private readonly deadLetters: DeadLetterRecorder,
  ) {}

  sendInboxNotice(request: InboxNoticeRequest): Promise<{ noticeId: string; created: boolean }> {
    return this.inbox.send(request);
  }

  resolveNotificationChannels(recipient: string): Promise<{ email: string | null; webhookTarget: string | null }> {
    return this.channels.resolve(recipient);
  }

  sendEmailNotice(request: EmailNoticeRequest): Promise<{ sent: boolean }> {
    return this.email.send(request);
  }

  sendWebhookNotice(request: WebhookNoticeRequest): Promise<{ sent: boolean }> {
    return this.webhook.send(request);
  }

  recordDeadLetter(request: { idempotencyKey: string; channel: OutsideChannel; error: string }): Promise<void> {
    return this.deadLetters.record(request.idempotencyKey, request.channel, request.error);
  }
}
