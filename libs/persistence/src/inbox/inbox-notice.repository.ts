import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InboxNoticeEntity } from './inbox-notice.entity.js';

export type NewInboxNotice = Pick<
  InboxNoticeEntity,
  'idempotencyKey' | 'recipient' | 'titleZhCN' | 'titleEn' | 'bodyZhCN' | 'bodyEn'
>;

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

  listForRecipient(recipient: string, limit = 50): Promise<InboxNoticeEntity[]> {
    return this.rows.find({ where: { recipient }, order: { createdAt: 'DESC' }, take: limit });
  }
}
