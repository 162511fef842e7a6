export { dataSourceOptions, entities } from './data-source-options.js';
export { runMigrationsExclusively } from './run-migrations.js';
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
export { AuditRecordRepository, sha256Hex, type AuditQuery } from './audit/audit-record.repository.js';
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
