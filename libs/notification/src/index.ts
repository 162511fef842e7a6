export { InboxSender, type InboxNotice } from './inbox/inbox.sender.js';
export { EmailSender, type EmailNotice } from './email/email.sender.js';
export { WebhookSender, type WebhookNotice } from './webhook/webhook.sender.js';
export { signWebhook, verifyWebhookSignature } from './webhook/webhook-signature.js';
export { ChannelResolver, type ResolvedChannels } from './channels/channel-resolver.js';
export { DeadLetterRecorder } from './dead-letters/dead-letter.recorder.js';
export { PermanentDeliveryError } from './permanent-delivery.error.js';
export { NotificationModule } from './notification.module.js';
