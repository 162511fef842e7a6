import type { DataSourceOptions } from 'typeorm';
import { AuditRecordEntity } from './audit/audit-record.entity.js';
import { CalendarDayEntity } from './calendar/calendar-day.entity.js';
import { InboxNoticeEntity } from './inbox/inbox-notice.entity.js';
import { MemberEntity } from './member/member.entity.js';
import { migrations } from './migrations/index.js';
import { NotificationDeliveryEntity } from './notification/notification-delivery.entity.js';
import { NotificationPreferenceEntity } from './notification/notification-preference.entity.js';
import { PipelineDefinitionEntity } from './pipeline-definitions/pipeline-definition.entity.js';
import { OrganisationEntity } from './organisation/organisation.entity.js';
import { SectorEntity } from './sector/sector.entity.js';
import { SmokeCheckEntity } from './smoke-check/smoke-check.entity.js';
import { UserEntity, UserRoleEntity } from './user/user.entity.js';

export const entities = [
  SmokeCheckEntity,
  InboxNoticeEntity,
  NotificationPreferenceEntity,
  NotificationDeliveryEntity,
  AuditRecordEntity,
  PipelineDefinitionEntity,
  CalendarDayEntity,
  SectorEntity,
  OrganisationEntity,
  MemberEntity,
  UserEntity,
  UserRoleEntity,
];

/** Schema changes only through migrations: `synchronize` stays off everywhere. */
/** `applicationName` shows in pg_stat_activity, so an operator sees which process holds a connection. */
export function dataSourceOptions(databaseUrl: string, applicationName = 'cxzy', poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    applicationName,
    extra: { max: poolSize },
  };
}
