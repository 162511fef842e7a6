import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AppConfigModule, configForProcess, loadAppConfig, type AppConfig } from '@cxzy/config';
import { ApplicationModule } from '@cxzy/application';
import { TemporalClientModule } from '@cxzy/temporal';
import { AuditController } from './audit/audit.controller.js';
import { AuthController } from './auth/auth.controller.js';
import { AccessTokenGuard } from './auth/access-token.guard.js';
import { AuditInterceptor } from './audit/audit.interceptor.js';
import { CalendarController } from './calendar/calendar.controller.js';
import { HealthController } from './health/health.controller.js';
import { requestIdOf } from './http/request-id.js';
import { RateLimitGuard } from './http/rate-limit.guard.js';
import { RateLimiters } from './http/rate-limiters.js';
import { RequestParametersGuard } from './http/request-parameters.guard.js';
import { HealthService } from './health/health.service.js';
import { InboxController } from './inbox/inbox.controller.js';
import { NotificationController } from './notification/notification.controller.js';
import { PipelineDefinitionCommandsController } from './pipeline-definitions/pipeline-definition-commands.controller.js';
import { PipelineDefinitionQueriesController } from './pipeline-definitions/pipeline-definition-queries.controller.js';
import { SmokeCheckController } from './smoke-check/smoke-check.controller.js';
import { OrganisationsController } from './organisations/organisations.controller.js';
import { MembersController } from './members/members.controller.js';
import { SectorsController } from './sectors/sectors.controller.js';
import { UsersController } from './users/users.controller.js';
import { PledgesController } from './pledges/pledges.controller.js';
import { ApprovalTasksController } from './approvals/approval-tasks.controller.js';
import { ApprovalsController } from './approvals/approvals.controller.js';
import { PublicEvaluationController } from './pledges/public-evaluation.controller.js';
import { CampaignsController } from './campaigns/campaigns.controller.js';
import { ServiceBoardController } from './campaigns/service-board.controller.js';
import { CommendationsController } from './commendations/commendations.controller.js';
import { PledgeDriveController } from './pledges/pledge-drive.controller.js';
import { PeerEvaluationController } from './pledges/peer-evaluation.controller.js';
import { GradingRoundsController } from './grading/grading-rounds.controller.js';
import { SelfAssessmentEvidenceController } from './grading/self-assessment-evidence.controller.js';
import { GradingClassificationController } from './grading/grading-classification.controller.js';
import { GradingRectificationController } from './grading/grading-rectification.controller.js';
import { PendingGradingApprovalsController } from './grading/pending-grading-approvals.controller.js';
import { MyTasksController } from './tasks/my-tasks.controller.js';

@Module({})
export class AppModule {
  /** Refuses to start without the API's secrets (InvalidConfigurationError naming them). */
  static forRoot(config: AppConfig = loadAppConfig({ ...process.env, PROCESS_ROLE: 'api' })): DynamicModule {
    config = configForProcess(config, 'api');
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            name: 'cxzy-api',
            autoLogging: config.LOG_LEVEL === 'debug',
            genReqId: requestIdOf,
          },
        }),
        ApplicationModule,
        TemporalClientModule,
      ],
      controllers: [
        AuthController,
        AuditController,
        HealthController,
        SmokeCheckController,
        InboxController,
        NotificationController,
        PipelineDefinitionQueriesController,
        PipelineDefinitionCommandsController,
        CalendarController,
        OrganisationsController,
        MembersController,
        SectorsController,
        UsersController,
        PledgesController,
        ApprovalsController,
        ApprovalTasksController,
        PublicEvaluationController,
        CampaignsController,
        ServiceBoardController,
        CommendationsController,
        PledgeDriveController,
        PeerEvaluationController,
        GradingRoundsController,
        SelfAssessmentEvidenceController,
        GradingClassificationController,
        GradingRectificationController,
        PendingGradingApprovalsController,
        MyTasksController,
      ],
      providers: [
        HealthService,
        // The limits' counters (Redis, shared by the API processes; ADR 0022), connected at start.
        { provide: RateLimiters, useFactory: () => new RateLimiters(config) },
        RateLimitGuard,
        // First: path and query parameters free of control characters, before anything else runs.
        { provide: APP_GUARD, useClass: RequestParametersGuard },
        // Every route needs a valid access token unless marked @Public() (docs/security.md).
        { provide: APP_GUARD, useClass: AccessTokenGuard },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
      ],
    };
  }
}
