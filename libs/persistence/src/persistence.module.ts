import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, applicationDatabaseUrl, type AppConfig } from '@cxzy/config';
import { dataSourceOptions } from './data-source-options.js';
import { AuditAnchorStore, databaseNameOf } from './audit/audit-anchor.store.js';
import { AuditChainKeys } from './audit/audit-chain-keys.js';
import { AuditRecordRepository } from './audit/audit-record.repository.js';
import { CalendarDayRepository } from './calendar/calendar-day.repository.js';
import { InboxNoticeListener } from './inbox/inbox-notice.listener.js';
import { InboxNoticeRepository } from './inbox/inbox-notice.repository.js';
import { SchemaCheckOnStart } from './schema-check-on-start.js';
import { NotificationDeliveryRepository } from './notification/notification-delivery.repository.js';
import { NotificationPreferenceRepository } from './notification/notification-preference.repository.js';
import { PipelineDefinitionRepository } from './pipeline-definitions/pipeline-definition.repository.js';
import { SmokeCheckRepository } from './smoke-check/smoke-check.repository.js';
import { StepTaskRepository } from './step-task/step-task.repository.js';
import { ApprovalRepository } from './approval/approval.repository.js';
import { DeputyRangeRepository } from './approval/deputy-range.repository.js';
import { TransactionRunner } from './transaction-runner.js';
import { CredentialRepository } from './auth/credential.repository.js';
import { LoginFailureRepository } from './auth/login-failure.repository.js';
import { LoginSessionRepository } from './auth/login-session.repository.js';
import { RatingTokenRepository } from './auth/rating-token.repository.js';
import { RefreshTokenRepository } from './auth/refresh-token.repository.js';
import { MemberRepository } from './member/member.repository.js';
import { OrganisationImportRepository } from './organisation/organisation-import.repository.js';
import { OrganisationRepository } from './organisation/organisation.repository.js';
import { SectorRepository } from './sector/sector.repository.js';
import { UserRepository } from './user/user.repository.js';
import { PledgeRepository } from './pledge/pledge.repository.js';
import { PledgeLedgerRepository } from './pledge/pledge-ledger.repository.js';
import { PeerEvaluationRequestRepository } from './pledge/peer-evaluation-request.repository.js';
import { PledgePublicTokenRepository } from './pledge/pledge-public-token.repository.js';
import { CampaignRepository } from './campaign/campaign.repository.js';
import { ServiceBoardRepository } from './campaign/service-board.repository.js';
import { CommendationRepository } from './commendation/commendation.repository.js';
import { CommendationNoticeRepository } from './commendation/commendation-notice.repository.js';
import { CampaignConsoleRepository } from './campaign/campaign-console.repository.js';
import { CommendationConsoleRepository } from './commendation/commendation-console.repository.js';
import { GradingRoundRepository } from './grading/grading-round.repository.js';
import { RoundBranchRepository } from './grading/round-branch.repository.js';
import { SelfAssessmentEvidenceRepository } from './grading/self-assessment-evidence.repository.js';
import { PendingGradingApprovalRepository } from './grading/pending-grading-approval.repository.js';
import { GradingClassificationRepository } from './grading/grading-classification.repository.js';
import { GradingObjectionRepository } from './grading/grading-objection.repository.js';
import { RectificationRepository } from './grading/rectification.repository.js';
import { ApprovalTaskListRepository } from './tasks/approval-task-list.repository.js';
import { GradingTaskListRepository } from './tasks/grading-task-list.repository.js';

const repositories = [
  SmokeCheckRepository,
  InboxNoticeRepository,
  InboxNoticeListener,
  NotificationPreferenceRepository,
  NotificationDeliveryRepository,
  AuditRecordRepository,
  TransactionRunner,
  StepTaskRepository,
  CredentialRepository,
  LoginFailureRepository,
  LoginSessionRepository,
  RefreshTokenRepository,
  RatingTokenRepository,
  PipelineDefinitionRepository,
  CalendarDayRepository,
  SectorRepository,
  OrganisationRepository,
  OrganisationImportRepository,
  MemberRepository,
  UserRepository,
  PledgeRepository,
  PledgeLedgerRepository,
  PeerEvaluationRequestRepository,
  PledgePublicTokenRepository,
  CampaignRepository,
  ServiceBoardRepository,
  CommendationRepository,
  CommendationNoticeRepository,
  CommendationConsoleRepository,
  CampaignConsoleRepository,
  GradingRoundRepository,
  GradingClassificationRepository,
  GradingObjectionRepository,
  RoundBranchRepository,
  SelfAssessmentEvidenceRepository,
  PendingGradingApprovalRepository,
  RectificationRepository,
  ApprovalRepository,
  DeputyRangeRepository,
  ApprovalTaskListRepository,
  GradingTaskListRepository,
];

/**
 * The DataSource — logged in as the application role, on a schema checked current at start — and the
 * repositories: the only code that touches the database.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        dataSourceOptions(applicationDatabaseUrl(config), `cxzy-${config.PROCESS_ROLE}`, config.DATABASE_POOL_SIZE),
    }),
  ],
  providers: [
    SchemaCheckOnStart,
    // Built at start, so a process that writes the trail refuses to start without AUDIT_MAC_KEY.
    {
      provide: AuditChainKeys,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => AuditChainKeys.fromConfig(config),
    },
    {
      provide: AuditAnchorStore,
      inject: [APP_CONFIG, AuditChainKeys],
      useFactory: (config: AppConfig, keys: AuditChainKeys) =>
        new AuditAnchorStore(config.AUDIT_ANCHOR_DIR, databaseNameOf(config.DATABASE_URL), keys),
    },
    ...repositories,
  ],
  exports: [AuditChainKeys, AuditAnchorStore, ...repositories],
})
export class PersistenceModule {}
