import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationPreferenceEntity } from './notification-preference.entity.js';

export type PreferenceChanges = Pick<
  NotificationPreferenceEntity,
  'email' | 'emailEnabled' | 'webhookTarget' | 'webhookEnabled'
>;

@Injectable()
export class NotificationPreferenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get rows() {
    return this.dataSource.getRepository(NotificationPreferenceEntity);
  }

  find(recipient: string): Promise<NotificationPreferenceEntity | null> {
    return this.rows.findOneBy({ recipient });
  }

  async save(
    recipient: string,
    changes: PreferenceChanges,
    manager?: EntityManager,
  ): Promise<NotificationPreferenceEntity> {
    const rows = manager ? manager.getRepository(NotificationPreferenceEntity) : this.rows;
    await rows.upsert({ recipient, ...changes }, ['recipient']);
    return rows.findOneByOrFail({ recipient });
  }
}
