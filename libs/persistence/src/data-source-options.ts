import type { DataSourceOptions } from 'typeorm';
import { InboxNoticeEntity } from './inbox/inbox-notice.entity.js';
import { migrations } from './migrations/index.js';
import { NotificationDeliveryEntity } from './notification/notification-delivery.entity.js';
import { NotificationPreferenceEntity } from './notification/notification-preference.entity.js';
import { SmokeCheckEntity } from './smoke-check/smoke-check.entity.js';

export const entities = [SmokeCheckEntity, InboxNoticeEntity, NotificationPreferenceEntity, NotificationDeliveryEntity];

/** Schema changes only through migrations: `synchronize` stays off everywhere. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    applicationName: 'cxzy',
  };
}
