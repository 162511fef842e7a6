import { Module } from '@nestjs/common';
import { PersistenceModule } from '@cxzy/persistence';
import { ChannelResolver } from './channels/channel-resolver.js';
import { DeadLetterRecorder } from './dead-letters/dead-letter.recorder.js';
import { EmailSender } from './email/email.sender.js';
import { InboxSender } from './inbox/inbox.sender.js';
import { WebhookSender } from './webhook/webhook.sender.js';

const senders = [InboxSender, EmailSender, WebhookSender, ChannelResolver, DeadLetterRecorder];

/** Senders per channel: in-app inbox (always), e-mail over SMTP, webhook to a gateway. */
@Module({ imports: [PersistenceModule], providers: senders, exports: senders })
export class NotificationModule {}
