import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfigModule, loadAppConfig, type AppConfig } from '@cxzy/config';
import { ApplicationModule } from '@cxzy/application';
import { TemporalClientModule } from '@cxzy/temporal';
import { HealthController } from './health/health.controller.js';
import { HealthService } from './health/health.service.js';
import { SmokeCheckController } from './smoke-check/smoke-check.controller.js';
import { OrganisationsController } from './organisations/organisations.controller.js';
import { MembersController } from './members/members.controller.js';
import { SectorsController } from './sectors/sectors.controller.js';
import { UsersController } from './users/users.controller.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig = loadAppConfig()): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: { level: config.LOG_LEVEL, name: 'cxzy-api', autoLogging: config.LOG_LEVEL === 'debug' },
        }),
        ApplicationModule,
        TemporalClientModule,
      ],
      controllers: [
        HealthController,
        SmokeCheckController,
        OrganisationsController,
        MembersController,
        SectorsController,
        UsersController,
      ],
      providers: [HealthService],
    };
  }
}
