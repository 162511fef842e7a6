import { Module } from '@nestjs/common';
import { PersistenceModule } from '@cxzy/persistence';
import { InboxSender } from './inbox/inbox.sender.js';

/** Senders per channel: the in-app inbox now; e-mail and webhook join here. */
@Module({ imports: [PersistenceModule], providers: [InboxSender], exports: [InboxSender] })
export class NotificationModule {}
