export { DomainError, isDomainError, type DomainErrorKind, type LocalizedText } from './domain.error.js';
export { buildNotificationKey, type NotificationKeyParts } from './notification/idempotency-key.util.js';
export {
  SMOKE_CHECK_MESSAGE_MAX_LENGTH,
  smokeCheckNotice,
  validateSmokeCheckMessage,
} from './smoke-check/smoke-check-message.js';
export {
  formatBeijingTime,
  renderNotification,
  type NotificationParams,
  type NotificationTemplate,
  type RenderedNotification,
} from './notification/notification-template.js';
