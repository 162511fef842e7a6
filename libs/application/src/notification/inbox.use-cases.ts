import { Injectable } from '@nestjs/common';
import { filter, from, mergeMap, switchMap, type Observable } from 'rxjs';
import { DomainError } from '@cxzy/domain';
import { InboxNoticeListener, InboxNoticeRepository, type InboxNoticeEntity, type InboxPage } from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { RequestContext } from '../audit/request-context.js';

export interface InboxQuery {
  readonly recipient: string;
  readonly unreadOnly: boolean;
  readonly page: number;
  readonly pageSize: number;
}

/** 站内信: a person's inbox — list, mark read, and a live stream of new notices. */
@Injectable()
export class InboxUseCases {
  constructor(
    private readonly notices: InboxNoticeRepository,
    private readonly listener: InboxNoticeListener,
    private readonly audit: AuditTrail,
  ) {}

  list(query: InboxQuery): Promise<InboxPage> {
    return this.notices.page(query.recipient, {
      unreadOnly: query.unreadOnly,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
  }

  async markRead(context: RequestContext, recipient: string, noticeId: string): Promise<void> {
    if (!(await this.notices.markRead(recipient, noticeId))) {
      throw new DomainError(
        'INBOX_NOTICE_NOT_FOUND',
        'not-found',
        { zhCN: `站内信 ${noticeId} 不存在`, en: `inbox notice ${noticeId} not found` },
        'noticeId',
      );
    }
    await this.audit.record(context, { action: 'inbox-notice.read', objectType: 'inbox-notice', objectId: noticeId });
  }

  /** New notices of `recipient` as they are written by any worker (PostgreSQL LISTEN/NOTIFY). */
  stream(recipient: string): Observable<InboxNoticeEntity> {
    return from(this.listener.noticesFor(recipient)).pipe(
      switchMap((events) => events),
      mergeMap((event) => from(this.notices.findById(event.id))),
      filter((notice): notice is InboxNoticeEntity => notice !== null),
    );
  }
}
