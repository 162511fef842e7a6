import { Injectable } from '@nestjs/common';
import type { LocalizedText } from '@cxzy/domain';
import { InboxNoticeRepository } from '@cxzy/persistence';

export interface InboxNotice {
  readonly idempotencyKey: string;
  readonly recipient: string;
  readonly title: LocalizedText;
  readonly body: LocalizedText;
  readonly link?: string | null;
}

/** The in-app inbox channel. Exactly-once per idempotency key, enforced by the database. */
@Injectable()
export class InboxSender {
  constructor(private readonly notices: InboxNoticeRepository) {}

  async send(notice: InboxNotice): Promise<{ noticeId: string; created: boolean }> {
    const { id, created } = await this.notices.insertIfAbsent({
      idempotencyKey: notice.idempotencyKey,
      recipient: notice.recipient,
      titleZhCN: notice.title.zhCN,
      titleEn: notice.title.en,
      bodyZhCN: notice.body.zhCN,
      bodyEn: notice.body.en,
      link: notice.link ?? null,
    });
    return { noticeId: id, created };
  }
}
