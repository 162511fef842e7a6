export { InboxSender, type InboxNotice } from './inbox/inbox.sender.js';
export { NotificationModule } from './notification.module.js';
