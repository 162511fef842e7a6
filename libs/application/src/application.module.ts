import { Module } from '@nestjs/common';
import { PersistenceModule } from '@cxzy/persistence';
import { NotificationModule } from '@cxzy/notification';
import { TemporalClientModule } from '@cxzy/temporal';
import { AnchorAuditChainUseCase } from './audit/anchor-audit-chain.use-case.js';
import { AuditQueryUseCases } from './audit/audit-query.use-cases.js';
import { AuditTrail } from './audit/audit-trail.service.js';
import { ResolveStepRecipientsUseCase } from './reminder/resolve-step-recipients.use-case.js';
import { RecordStepTaskUseCase } from './reminder/record-step-task.use-case.js';
import { SendDailyDigestPageUseCase } from './reminder/send-daily-digest-page.use-case.js';
import { PlanStepRemindersUseCase } from './reminder/plan-step-reminders.use-case.js';
import { RatingTokenUseCases } from './auth/rating-tokens.use-cases.js';
import { PasswordHasher } from './auth/password-hasher.service.js';
import { SessionUseCases } from './auth/session.use-cases.js';
import { TokenSigner } from './auth/token-signer.service.js';
import { UpdateIdentitySigner } from './auth/update-identity-signer.service.js';
import { AccessPolicy } from './auth/access-policy.service.js';
import { ListDeadLettersUseCase } from './notification/dead-letters.use-case.js';
import { InboxUseCases } from './notification/inbox.use-cases.js';
import { NotificationPreferencesUseCases } from './notification/notification-preferences.use-cases.js';
import { SendNotificationUseCase } from './notification/send-notification.use-case.js';
import { RecipientScope } from './notification/recipient-scope.service.js';
import { GetCalendarYearUseCase } from './calendar/get-calendar-year.use-case.js';
import { LoadWorkingDayCalendarUseCase } from './calendar/load-working-day-calendar.use-case.js';
import { ReplaceCalendarYearUseCase } from './calendar/replace-calendar-year.use-case.js';
import { CalendarCoverageUseCase } from './calendar/calendar-coverage.use-case.js';
import { ImportCalendarYearUseCase } from './calendar/import-calendar-year.use-case.js';
import { pipelineDefinitionUseCases } from './pipeline-definitions/pipeline-definition-use-cases.js';
import { GetSmokeCheckUseCase } from './smoke-check/get-smoke-check.use-case.js';
import { RecordSmokeCheckUseCase } from './smoke-check/record-smoke-check.use-case.js';
import { StartSmokeCheckUseCase } from './smoke-check/start-smoke-check.use-case.js';
import { ImportOrganisationsUseCase } from './organisation/import-organisations.use-case.js';
import { ListOrganisationsUseCase } from './organisation/list-organisations.use-case.js';
import { GetOrganisationUseCase } from './organisation/get-organisation.use-case.js';
import { ImportMembersUseCase } from './member/import-members.use-case.js';
import { ListMembersUseCase } from './member/list-members.use-case.js';
import { CreateSectorUseCase, ListSectorsUseCase } from './sector/sectors.use-case.js';
import { ListUsersUseCase, SaveUserUseCase } from './user/users.use-case.js';
import { LinkMemberUseCase } from './user/link-member.use-case.js';
import { SetUserPasswordUseCase } from './user/set-user-password.use-case.js';
import { CreateFirstAdministratorUseCase } from './user/create-first-administrator.use-case.js';
import { PledgeLedgerUseCase } from './pledge/pledge-ledger.use-case.js';
import { PledgeUpdatesUseCase } from './pledge/pledge-updates.use-case.js';
import { ProposePledgeUseCase } from './pledge/propose-pledge.use-case.js';
import { RecordPledgeUseCase } from './pledge/record-pledge.use-case.js';
import { RecordApprovalUseCase } from './approval/record-approval.use-case.js';
import { StartApprovalUseCase } from './approval/start-approval.use-case.js';
import { ApprovalOperationsUseCase } from './approval/approval-operations.use-case.js';
import { ApprovalListsUseCase } from './approval/approval-lists.use-case.js';
import { DeputyRangesUseCase } from './approval/deputy-ranges.use-case.js';
import { PublicPledgeEvaluationUseCase } from './pledge/public-pledge-evaluation.use-case.js';
import { LaunchPledgeDriveUseCase } from './pledge/launch-pledge-drive.use-case.js';
import { CampaignUseCases } from './campaign/campaign.use-cases.js';
import { CampaignConsoleUseCase } from './campaign/campaign-console.use-case.js';
import { ServiceBoardUseCases } from './campaign/service-board.use-cases.js';
import { RankCampaignUseCase } from './campaign/rank-campaign.use-case.js';
import { CommendationUseCases } from './commendation/commendation.use-cases.js';
import { CommendationNoticeUseCase } from './commendation/commendation-notice.use-case.js';
import { CommendationConsoleUseCase } from './commendation/commendation-console.use-case.js';
import { RecordCommendationUseCase } from './commendation/record-commendation.use-case.js';
import { LaunchGradingRoundUseCase } from './grading/launch-grading-round.use-case.js';
import { GetGradingRoundUseCase } from './grading/get-grading-round.use-case.js';
import { GradingRoundStepsUseCase } from './grading/grading-round-steps.use-case.js';
import { RecordBranchTransitionUseCase } from './grading/record-branch-transition.use-case.js';
import { GradingBranchActionsUseCase } from './grading/grading-branch-actions.use-case.js';
import { SelfAssessmentEvidenceUseCase } from './grading/self-assessment-evidence.use-case.js';
import { GradingActorCheck } from './grading/grading-actor.util.js';
import { GradingAppraisalsUseCase } from './grading/grading-appraisals.use-case.js';
import { GradingObjectionsUseCase } from './grading/grading-objections.use-case.js';
import { GradingRoundActionsUseCase } from './grading/grading-round-actions.use-case.js';
import { GradingRoundClassificationSteps } from './grading/grading-round-classification.steps.js';
import { GetGradingClassificationUseCase } from './grading/get-grading-classification.use-case.js';
import { RectificationStepsUseCase } from './grading/rectification-steps.use-case.js';
import { PendingGradingApprovalsUseCase } from './grading/pending-grading-approvals.use-case.js';
import { ListMyTasksUseCase } from './tasks/list-my-tasks.use-case.js';
import { ApprovalEngineTaskSource } from './tasks/approval-engine.task-source.js';
import { GradingDecisionsTaskSource } from './tasks/grading-decisions.task-source.js';
import { OpenStepsTaskSource } from './tasks/open-steps.task-source.js';
import { PeerEvaluationsTaskSource } from './tasks/peer-evaluations.task-source.js';
import { ExportGradingRoundUseCase } from './grading/export-grading-round.use-case.js';
import { LaunchScheduledGradingRoundUseCase } from './grading/launch-scheduled-grading-round.use-case.js';
import { GradingRectificationActionsUseCase } from './grading/grading-rectification-actions.use-case.js';

const useCases = [
  StartSmokeCheckUseCase,
  GetSmokeCheckUseCase,
  RecordSmokeCheckUseCase,
  InboxUseCases,
  NotificationPreferencesUseCases,
  ListDeadLettersUseCase,
  SendNotificationUseCase,
  RecipientScope,
  AuditTrail,
  AuditQueryUseCases,
  AnchorAuditChainUseCase,
  ResolveStepRecipientsUseCase,
  RecordStepTaskUseCase,
  SendDailyDigestPageUseCase,
  PlanStepRemindersUseCase,
  TokenSigner,
  PasswordHasher,
  UpdateIdentitySigner,
  SessionUseCases,
  RatingTokenUseCases,
  AccessPolicy,
  ...pipelineDefinitionUseCases,
  GetCalendarYearUseCase,
  ReplaceCalendarYearUseCase,
  LoadWorkingDayCalendarUseCase,
  CalendarCoverageUseCase,
  ImportCalendarYearUseCase,
  ImportOrganisationsUseCase,
  ListOrganisationsUseCase,
  GetOrganisationUseCase,
  ImportMembersUseCase,
  ListMembersUseCase,
  ListSectorsUseCase,
  CreateSectorUseCase,
  ListUsersUseCase,
  SaveUserUseCase,
  LinkMemberUseCase,
  SetUserPasswordUseCase,
  CreateFirstAdministratorUseCase,
  ProposePledgeUseCase,
  PledgeUpdatesUseCase,
  PledgeLedgerUseCase,
  RecordPledgeUseCase,
  RecordApprovalUseCase,
  StartApprovalUseCase,
  ApprovalOperationsUseCase,
  ApprovalListsUseCase,
  DeputyRangesUseCase,
  PublicPledgeEvaluationUseCase,
  LaunchPledgeDriveUseCase,
  CampaignUseCases,
  CampaignConsoleUseCase,
  ServiceBoardUseCases,
  RankCampaignUseCase,
  CommendationUseCases,
  CommendationNoticeUseCase,
  CommendationConsoleUseCase,
  RecordCommendationUseCase,
  LaunchGradingRoundUseCase,
  GetGradingRoundUseCase,
  GradingRoundStepsUseCase,
  RecordBranchTransitionUseCase,
  GradingBranchActionsUseCase,
  SelfAssessmentEvidenceUseCase,
  GradingActorCheck,
  GradingAppraisalsUseCase,
  GradingObjectionsUseCase,
  GradingRoundActionsUseCase,
  GradingRoundClassificationSteps,
  GetGradingClassificationUseCase,
  RectificationStepsUseCase,
  PendingGradingApprovalsUseCase,
  ListMyTasksUseCase,
  ApprovalEngineTaskSource,
  GradingDecisionsTaskSource,
  OpenStepsTaskSource,
  PeerEvaluationsTaskSource,
  ExportGradingRoundUseCase,
  GradingRectificationActionsUseCase,
  LaunchScheduledGradingRoundUseCase,
];

/** Use cases: the API and the activities call these, so a rule is written once. */
@Module({
  imports: [PersistenceModule, NotificationModule, TemporalClientModule],
  providers: useCases,
  exports: [...useCases, NotificationModule],
})
export class ApplicationModule {}
