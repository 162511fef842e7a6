import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfigModule, configForProcess, loadAppConfig, type AppConfig } from '@cxzy/config';
import { ActivitiesModule } from '@cxzy/activities';
import { ApplicationModule } from '@cxzy/application';
import { AuditAnchoringService } from './audit-anchoring.service.js';
import { ScheduleRegistrar } from './schedule-registrar.service.js';
import { TemporalWorkerService } from './temporal-worker.service.js';

/** The worker process: no HTTP, just activities (as Nest providers) and the Temporal Worker. */
@Module({})
export class WorkerModule {
  /** Refuses to start without the worker's secret (InvalidConfigurationError naming it). */
  static forRoot(config: AppConfig = loadAppConfig({ ...process.env, PROCESS_ROLE: 'worker' })): DynamicModule {
    config = configForProcess(config, 'worker');
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.LOG_LEVEL, name: 'cxzy-worker' } }),
        ActivitiesModule,
        ApplicationModule,
      ],
      providers: [TemporalWorkerService, ScheduleRegistrar, AuditAnchoringService],
    };
  }
}
