import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import { dataSourceOptions } from './data-source-options.js';
import { CalendarDayRepository } from './calendar/calendar-day.repository.js';
import { InboxNoticeRepository } from './inbox/inbox-notice.repository.js';
import { PipelineDefinitionRepository } from './pipeline-definitions/pipeline-definition.repository.js';
import { SmokeCheckRepository } from './smoke-check/smoke-check.repository.js';
import { MigrateOnStart } from './migrate-on-start.js';

const repositories = [SmokeCheckRepository, InboxNoticeRepository, PipelineDefinitionRepository, CalendarDayRepository];

/** The DataSource (migrated on start) and the repositories: the only code that touches the database. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config.DATABASE_URL), migrationsRun: false }),
    }),
  ],
  providers: [MigrateOnStart, ...repositories],
  exports: repositories,
})
export class PersistenceModule {}
