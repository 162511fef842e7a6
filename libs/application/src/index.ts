export { ApplicationModule } from './application.module.js';
export type { StartSmokeCheckCommand } from './smoke-check/start-smoke-check.command.js';
export { StartSmokeCheckUseCase } from './smoke-check/start-smoke-check.use-case.js';
export { GetSmokeCheckUseCase, type SmokeCheckView } from './smoke-check/get-smoke-check.use-case.js';
export { RecordSmokeCheckUseCase } from './smoke-check/record-smoke-check.use-case.js';
export { InboxUseCases, type InboxQuery } from './notification/inbox.use-cases.js';
export {
  NotificationPreferencesUseCases,
  type NotificationPreferencesView,
} from './notification/notification-preferences.use-cases.js';
export { ListDeadLettersUseCase } from './notification/dead-letters.use-case.js';
export type { SendNotificationCommand } from './notification/send-notification.command.js';
export { SendNotificationUseCase } from './notification/send-notification.use-case.js';
export { RecipientScope } from './notification/recipient-scope.service.js';
export type { RequestContext } from './audit/request-context.js';
export { AuditTrail, type AuditedChange } from './audit/audit-trail.service.js';
export { AuditQueryUseCases, AUDIT_EXPORT_MAX_ROWS } from './audit/audit-query.use-cases.js';
export { AnchorAuditChainUseCase } from './audit/anchor-audit-chain.use-case.js';
export type { CreatePipelineDefinitionDraftCommand } from './pipeline-definitions/create-pipeline-definition-draft.command.js';
export { CreatePipelineDefinitionDraftUseCase } from './pipeline-definitions/create-pipeline-definition-draft.use-case.js';
export type { UpdatePipelineDefinitionDraftCommand } from './pipeline-definitions/update-pipeline-definition-draft.command.js';
export { UpdatePipelineDefinitionDraftUseCase } from './pipeline-definitions/update-pipeline-definition-draft.use-case.js';
export type { PipelineDefinitionLifecycleCommand } from './pipeline-definitions/pipeline-definition-lifecycle.command.js';
export { PublishPipelineDefinitionUseCase } from './pipeline-definitions/publish-pipeline-definition.use-case.js';
export { RetirePipelineDefinitionUseCase } from './pipeline-definitions/retire-pipeline-definition.use-case.js';
export { StartNextPipelineDefinitionVersionUseCase } from './pipeline-definitions/start-next-pipeline-definition-version.use-case.js';
export { DeletePipelineDefinitionDraftUseCase } from './pipeline-definitions/delete-pipeline-definition-draft.use-case.js';
export type { ListPipelineDefinitionsCommand } from './pipeline-definitions/list-pipeline-definitions.command.js';
export {
  ListPipelineDefinitionsUseCase,
  type PipelineDefinitionPage,
} from './pipeline-definitions/list-pipeline-definitions.use-case.js';
export { GetPipelineDefinitionUseCase } from './pipeline-definitions/get-pipeline-definition.use-case.js';
export {
  ComparePipelineDefinitionsUseCase,
  type PipelineDefinitionComparison,
} from './pipeline-definitions/compare-pipeline-definitions.use-case.js';
export { ResolvePipelineDefinitionUseCase } from './pipeline-definitions/resolve-pipeline-definition.use-case.js';
export type {
  PipelineDefinitionSummaryView,
  PipelineDefinitionView,
} from './pipeline-definitions/pipeline-definition.view.js';
export { GetCalendarYearUseCase, type CalendarYearView } from './calendar/get-calendar-year.use-case.js';
export type { ReplaceCalendarYearCommand } from './calendar/replace-calendar-year.command.js';
export { ReplaceCalendarYearUseCase } from './calendar/replace-calendar-year.use-case.js';
export { LoadWorkingDayCalendarUseCase } from './calendar/load-working-day-calendar.use-case.js';
export { CalendarCoverageUseCase } from './calendar/calendar-coverage.use-case.js';
export type { ImportCalendarYearCommand } from './calendar/import-calendar-year.command.js';
export { ImportCalendarYearUseCase } from './calendar/import-calendar-year.use-case.js';
export type { TabularFile, TabularFormat } from './import/tabular-file.js';
export type { ImportReport } from './import/import-report.js';
export type { ImportOrganisationsCommand } from './organisation/import-organisations.command.js';
export {
  ImportOrganisationsUseCase,
  type OrganisationImportReport,
} from './organisation/import-organisations.use-case.js';
export { ListOrganisationsUseCase, type ListOrganisationsQuery } from './organisation/list-organisations.use-case.js';
export { GetOrganisationUseCase, type OrganisationLinesView } from './organisation/get-organisation.use-case.js';
export type { OrganisationView, OrganisationSummary } from './organisation/organisation.view.js';
export type { ImportMembersCommand } from './member/import-members.command.js';
export { ImportMembersUseCase } from './member/import-members.use-case.js';
export { ListMembersUseCase, type ListMembersQuery, type MemberView } from './member/list-members.use-case.js';
export type { CreateSectorCommand } from './sector/create-sector.command.js';
export { CreateSectorUseCase, ListSectorsUseCase } from './sector/sectors.use-case.js';
export type { SaveUserCommand } from './user/save-user.command.js';
export { ListUsersUseCase, SaveUserUseCase } from './user/users.use-case.js';
export { LinkMemberUseCase } from './user/link-member.use-case.js';
export { SetUserPasswordUseCase } from './user/set-user-password.use-case.js';
export {
  CreateFirstAdministratorUseCase,
  type CreateFirstAdministratorCommand,
} from './user/create-first-administrator.use-case.js';
export { ResolveStepRecipientsUseCase, type ResolvedRecipient } from './reminder/resolve-step-recipients.use-case.js';
export { RecordStepTaskUseCase } from './reminder/record-step-task.use-case.js';
export {
  SendDailyDigestPageUseCase,
  type DigestPageRequest,
  type DigestPageResult,
} from './reminder/send-daily-digest-page.use-case.js';
export { PlanStepRemindersUseCase, reminderSettingsOf } from './reminder/plan-step-reminders.use-case.js';
export { SessionUseCases } from './auth/session.use-cases.js';
export { RatingTokenUseCases } from './auth/rating-tokens.use-cases.js';
export { TokenSigner } from './auth/token-signer.service.js';
export { UpdateIdentitySigner } from './auth/update-identity-signer.service.js';
export { ACCESS_AUDIENCE, type AuthenticatedUser, type AuthTokens } from './auth/auth-tokens.js';
export { AccessPolicy, roleRequired } from './auth/access-policy.service.js';
export type { ProposePledgeCommand } from './pledge/propose-pledge.command.js';
export { ProposePledgeUseCase } from './pledge/propose-pledge.use-case.js';
export { PledgeUpdatesUseCase, pledgeNotFound } from './pledge/pledge-updates.use-case.js';
export { PledgeLedgerUseCase } from './pledge/pledge-ledger.use-case.js';
export { RecordPledgeUseCase } from './pledge/record-pledge.use-case.js';
export {
  PublicPledgeEvaluationUseCase,
  type PublicPledgeDescription,
} from './pledge/public-pledge-evaluation.use-case.js';
export { LaunchPledgeDriveUseCase } from './pledge/launch-pledge-drive.use-case.js';
export type { LaunchGradingRoundCommand } from './grading/launch-grading-round.command.js';
export { LaunchGradingRoundUseCase } from './grading/launch-grading-round.use-case.js';
export { GetGradingRoundUseCase, type GradingRoundView } from './grading/get-grading-round.use-case.js';
export { GradingRoundStepsUseCase } from './grading/grading-round-steps.use-case.js';
export {
  RecordBranchTransitionUseCase,
  type BranchTransitionRecord,
} from './grading/record-branch-transition.use-case.js';
export type {
  BranchActionCommand,
  SubmitSelfAssessmentCommand,
  SubmitSuperiorRatingCommand,
} from './grading/branch-action.command.js';
export { GradingBranchActionsUseCase } from './grading/grading-branch-actions.use-case.js';
export { SelfAssessmentEvidenceUseCase } from './grading/self-assessment-evidence.use-case.js';
export { GradingActorCheck } from './grading/grading-actor.util.js';
export {
  appraisalTokenRef,
  GradingAppraisalsUseCase,
  objectionTokenRef,
  type AppraisalScores,
  type BranchFactsCommand,
  type IssueRatingTokensCommand,
} from './grading/grading-appraisals.use-case.js';
export { GradingObjectionsUseCase, type FileObjectionCommand } from './grading/grading-objections.use-case.js';
export {
  GradingRoundActionsUseCase,
  type ResolveObjectionCommand,
  type RoundActionCommand,
} from './grading/grading-round-actions.use-case.js';
export { GradingRoundClassificationSteps } from './grading/grading-round-classification.steps.js';
export {
  GetGradingClassificationUseCase,
  type TierDistribution,
} from './grading/get-grading-classification.use-case.js';
export { RectificationStepsUseCase } from './grading/rectification-steps.use-case.js';
export { PendingGradingApprovalsUseCase } from './grading/pending-grading-approvals.use-case.js';
export {
  ListMyTasksUseCase,
  type MyPeerEvaluation,
  type MyTasks,
  type MyTasksQuery,
} from './tasks/list-my-tasks.use-case.js';
export type { TaskListItem, TaskSource, TaskSourceName } from './tasks/task-source.js';
export { ExportGradingRoundUseCase } from './grading/export-grading-round.use-case.js';
export { LaunchScheduledGradingRoundUseCase } from './grading/launch-scheduled-grading-round.use-case.js';
export {
  GradingRectificationActionsUseCase,
  type BranchRectificationView,
} from './grading/grading-rectification-actions.use-case.js';
export type {
  RecordAcceptanceCommand,
  ReportRectificationProgressCommand,
  ReviewRectificationPlanCommand,
  SubmitRectificationPlanCommand,
} from './grading/rectification.command.js';
export { RecordApprovalUseCase } from './approval/record-approval.use-case.js';
export { StartApprovalUseCase, type StartApprovalCommand } from './approval/start-approval.use-case.js';
export {
  ApprovalOperationsUseCase,
  BULK_MAX,
  approvalTaskNotFound,
  type BulkItemResult,
} from './approval/approval-operations.use-case.js';
export { APPROVAL_LISTS, ApprovalListsUseCase, type ApprovalList } from './approval/approval-lists.use-case.js';
export { DeputyRangesUseCase } from './approval/deputy-ranges.use-case.js';
export { CampaignUseCases, campaignRatingRef } from './campaign/campaign.use-cases.js';
export { CampaignConsoleUseCase } from './campaign/campaign-console.use-case.js';
export { ServiceBoardUseCases, type PublicServiceBoard } from './campaign/service-board.use-cases.js';
export { RankCampaignUseCase } from './campaign/rank-campaign.use-case.js';
export { CommendationUseCases, commendationOpinionRef } from './commendation/commendation.use-cases.js';
export { RecordCommendationUseCase } from './commendation/record-commendation.use-case.js';
export { CommendationNoticeUseCase } from './commendation/commendation-notice.use-case.js';
export { CommendationConsoleUseCase } from './commendation/commendation-console.use-case.js';
