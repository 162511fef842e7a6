import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SmokeCheckEntity } from './smoke-check.entity.js';

@Injectable()
export class SmokeCheckRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get rows() {
    return this.dataSource.getRepository(SmokeCheckEntity);
  }

  /** Idempotent: a retried activity finds the row already there and changes nothing. */
  async recordIfAbsent(check: { id: string; message: string; requestedBy: string }): Promise<void> {
    await this.rows
      .createQueryBuilder()
      .insert()
      .values({ ...check, status: 'recorded', recordedAt: new Date(), noticeId: null, completedAt: null })
      .orIgnore()
      .execute();
  }

  async markCompleted(id: string, noticeId: string): Promise<void> {
    await this.rows.update({ id, status: 'recorded' }, { status: 'completed', noticeId, completedAt: new Date() });
  }

  findById(id: string): Promise<SmokeCheckEntity | null> {
    return this.rows.findOneBy({ id });
  }
}
