import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { InboxNoticeEntity } from './inbox-notice.entity.js';

export type NewInboxNotice = Pick<
  InboxNoticeEntity,
  'idempotencyKey' | 'recipient' | 'titleZhCN' | 'titleEn' | 'bodyZhCN' | 'bodyEn'
> & { link?: string | null };

export interface InboxPage {
  readonly items: InboxNoticeEntity[];
  readonly total: number;
  readonly unread: number;
}

@Injectable()
export class InboxNoticeRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get rows() {
    return this.dataSource.getRepository(InboxNoticeEntity);
  }

  /** Inserts unless the key exists (the unique index decides, so concurrent retries are safe). */
  async insertIfAbsent(notice: NewInboxNotice): Promise<{ id: string; created: boolean }> {
    const inserted = await this.rows
      .createQueryBuilder()
      .insert()
      .values(notice)
      .orIgnore()
      .returning(['id'])
      .execute();
    const raw = inserted.raw as { id: string }[];
    if (raw.length > 0 && raw[0]) return { id: raw[0].id, created: true };
    const existing = await this.rows.findOneByOrFail({ idempotencyKey: notice.idempotencyKey });
    return { id: existing.id, created: false };
  }

  findById(id: string): Promise<InboxNoticeEntity | null> {
    return this.rows.findOneBy({ id });
  }

  /** Newest first; `unreadOnly` narrows the items, `unread` always counts all unread. */
  async page(recipient: string, options: { unreadOnly: boolean; offset: number; limit: number }): Promise<InboxPage> {
    const [items, total] = await this.rows.findAndCount({
      where: options.unreadOnly ? { recipient, readAt: IsNull() } : { recipient },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: options.offset,
      take: options.limit,
    });
    const unread = await this.rows.countBy({ recipient, readAt: IsNull() });
    return { items, total, unread };
  }

  /** Marks a recipient's own notice read; returns false when no such notice is theirs. */
  async markRead(recipient: string, id: string): Promise<boolean> {
    const notice = await this.rows.findOneBy({ id, recipient });
    if (!notice) return false;
    if (!notice.readAt) await this.rows.update({ id, recipient, readAt: IsNull() }, { readAt: new Date() });
    return true;
  }
}
