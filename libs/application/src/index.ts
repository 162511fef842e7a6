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
export type { RequestContext } from './audit/request-context.js';
export { AuditTrail, type AuditedChange } from './audit/audit-trail.service.js';
export { AuditQueryUseCases, AUDIT_EXPORT_MAX_ROWS } from './audit/audit-query.use-cases.js';
