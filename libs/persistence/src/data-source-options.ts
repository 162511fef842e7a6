import type { DataSourceOptions } from 'typeorm';
import { CalendarDayEntity } from './calendar/calendar-day.entity.js';
import { InboxNoticeEntity } from './inbox/inbox-notice.entity.js';
import { migrations } from './migrations/index.js';
import { PipelineDefinitionEntity } from './pipeline-definitions/pipeline-definition.entity.js';
import { SmokeCheckEntity } from './smoke-check/smoke-check.entity.js';

export const entities = [SmokeCheckEntity, InboxNoticeEntity, PipelineDefinitionEntity, CalendarDayEntity];

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
