export { dataSourceOptions, entities } from './data-source-options.js';
export { pendingMigrations, runMigrationsExclusively } from './run-migrations.js';
export { PersistenceModule } from './persistence.module.js';
export { SmokeCheckEntity, type SmokeCheckStatus } from './smoke-check/smoke-check.entity.js';
export { SmokeCheckRepository } from './smoke-check/smoke-check.repository.js';
export { InboxNoticeEntity } from './inbox/inbox-notice.entity.js';
export { InboxNoticeRepository, type InboxPage, type NewInboxNotice } from './inbox/inbox-notice.repository.js';
export { InboxNoticeListener, type InboxNoticeEvent } from './inbox/inbox-notice.listener.js';
export { NotificationPreferenceEntity } from './notification/notification-preference.entity.js';
export {
  NotificationPreferenceRepository,
  type PreferenceChanges,
} from './notification/notification-preference.repository.js';
export {
  NotificationDeliveryEntity,
  type DeliveryChannel,
  type DeliveryPayload,
  type DeliveryStatus,
} from './notification/notification-delivery.entity.js';
export { NotificationDeliveryRepository } from './notification/notification-delivery.repository.js';
export { TransactionRunner } from './transaction-runner.js';
export { AuditRecordEntity } from './audit/audit-record.entity.js';
export { AuditRecordRepository, type AuditQuery } from './audit/audit-record.repository.js';
export { AuditChainKeys, sha256Hex } from './audit/audit-chain-keys.js';
export { AuditAnchorStore, databaseNameOf } from './audit/audit-anchor.store.js';
export { isIntact, verifyAuditTrail, type AuditTrailVerdict } from './audit/audit-trail-verification.js';
export { PipelineDefinitionEntity } from './pipeline-definitions/pipeline-definition.entity.js';
export {
  PipelineDefinitionRepository,
  type NewPipelineDefinitionDraft,
  type PipelineDefinitionFilter,
  type PipelineDefinitionSummary,
} from './pipeline-definitions/pipeline-definition.repository.js';
export { CalendarDayEntity } from './calendar/calendar-day.entity.js';
export { CalendarDayRepository } from './calendar/calendar-day.repository.js';
export { isImmutableRowViolation, isUniqueViolation } from './postgres-error.util.js';
export type { Page, PageRequest } from './page.js';
export { SectorEntity } from './sector/sector.entity.js';
export { SectorRepository } from './sector/sector.repository.js';
export { OrganisationEntity } from './organisation/organisation.entity.js';
export {
  OrganisationRepository,
  type OrganisationFilter,
  type OrganisationRecord,
} from './organisation/organisation.repository.js';
export {
  OrganisationImportRepository,
  type OrganisationImportContext,
} from './organisation/organisation-import.repository.js';
export { MemberEntity } from './member/member.entity.js';
export {
  MemberRepository,
  type MemberFilter,
  type MemberRecord,
  type MemberImportContext,
} from './member/member.repository.js';
export { UserEntity, UserRoleEntity } from './user/user.entity.js';
export { UserRepository, type UserRecord } from './user/user.repository.js';
export {
  StepTaskRepository,
  type DueTask,
  type OpenStepTask,
  type OpenTaskRow,
} from './step-task/step-task.repository.js';
export { CredentialRepository, type StoredCredential } from './auth/credential.repository.js';
export { RefreshTokenRepository, type StoredRefreshToken } from './auth/refresh-token.repository.js';
export { LoginSessionRepository, type SessionEndReason } from './auth/login-session.repository.js';
export { LoginFailureRepository } from './auth/login-failure.repository.js';
export { RatingTokenRepository, type RedeemOutcome } from './auth/rating-token.repository.js';
export { PledgeRepository, type NewPledge, type PledgePatch } from './pledge/pledge.repository.js';
export { PledgeLedgerRepository } from './pledge/pledge-ledger.repository.js';
export {
  PeerEvaluationRequestRepository,
  type OpenPeerEvaluationRequest,
} from './pledge/peer-evaluation-request.repository.js';
export type { BoardEntry, LedgerLine, LedgerListingLine, PledgeRecord } from './pledge/pledge-row.js';
export { PledgePublicTokenRepository, type PublicTokenRow } from './pledge/pledge-public-token.repository.js';
export {
  GradingRoundRepository,
  type GradingRoundRecord,
  type NewGradingRound,
} from './grading/grading-round.repository.js';
export {
  PendingGradingApprovalRepository,
  STATES_AWAITING_SUPERVISOR,
  type PendingGradingApprovalRow,
} from './grading/pending-grading-approval.repository.js';
export {
  RoundBranchRepository,
  type BranchStateChange,
  type EnrolledBranch,
  type RoundBranchRecord,
  type RoundProgressRow,
} from './grading/round-branch.repository.js';
export {
  SelfAssessmentEvidenceRepository,
  type EvidenceFileRecord,
} from './grading/self-assessment-evidence.repository.js';
export {
  GradingClassificationRepository,
  type BranchGradingRow,
  type ProposedTierRow,
  type RoundGradingRow,
} from './grading/grading-classification.repository.js';
export { GradingObjectionRepository, type ObjectionRow } from './grading/grading-objection.repository.js';
export {
  RectificationRepository,
  type AcceptanceRow,
  type PreviousRoundBranch,
  type RectificationChange,
} from './grading/rectification.repository.js';
export {
  ApprovalRepository,
  type ApprovalProcessRow,
  type ApprovalProjectionChange,
  type ApprovalTaskRow,
  type NewApprovalProcess,
} from './approval/approval.repository.js';
export { DeputyRangeRepository, type DeputyRangeRow } from './approval/deputy-range.repository.js';
export {
  CampaignRepository,
  type CampaignRecord,
  type FollowUpRecord,
  type NewCampaign,
  type ResultRow,
} from './campaign/campaign.repository.js';
export {
  ServiceBoardRepository,
  type PublicIdentityRecord,
  type ServiceBoardRecord,
} from './campaign/service-board.repository.js';
export {
  CommendationRepository,
  type CommendationPhase,
  type CommendationRoundRecord,
  type NominationRecord,
} from './commendation/commendation.repository.js';
export {
  CommendationNoticeRepository,
  type CommendationNoticeRound,
  type NoticeNomination,
} from './commendation/commendation-notice.repository.js';
export { CampaignConsoleRepository, type CampaignSummary } from './campaign/campaign-console.repository.js';
export {
  CommendationConsoleRepository,
  type CommendationObjectionRecord,
  type CommendationRoundSummary,
} from './commendation/commendation-console.repository.js';
export {
  ApprovalTaskListRepository,
  type ApprovalTaskListRow,
  type ApprovalTaskListView,
} from './tasks/approval-task-list.repository.js';
export {
  GRADING_ACTED,
  GRADING_SUBMITTED,
  GradingTaskListRepository,
  type GradingTaskListRow,
} from './tasks/grading-task-list.repository.js';
