import { Injectable } from '@nestjs/common';
import type { InboxNoticeRequest, NotificationActivities } from '@cxzy/contracts';
import { InboxSender } from '@cxzy/notification';

/** Notification-service activities: the in-app inbox channel. */
@Injectable()
export class InboxActivitiesProvider implements NotificationActivities {
  constructor(private readonly inbox: InboxSender) {}

  sendInboxNotice(request: InboxNoticeRequest): Promise<{ noticeId: string; created: boolean }> {
    return this.inbox.send(request);
  }
}
