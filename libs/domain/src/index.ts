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
export {
  AUDIT_GENESIS_HASH,
  auditHashInput,
  canonicalJson,
  verifyAuditChain,
  type AuditEntry,
  type AuditResult,
  type ChainedAuditRecord,
  type Sha256Hex,
} from './audit/audit-record.js';
export { neutraliseSpreadsheetCell, toCsv, type CsvColumn } from './export/csv.util.js';
