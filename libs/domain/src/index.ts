export {
  DomainError,
  isDomainError,
  type DomainErrorDetail,
  type DomainErrorKind,
  type LocalizedText,
} from './domain.error.js';
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
export * from './pipeline/pipeline-definition.types.js';
export { INDICATOR_CODES, INDICATOR_NAMES, isIndicatorCode, type IndicatorCode } from './pipeline/indicators.js';
export { describeLevel, isLeadingLineLevel, levelRank, MAX_LEADING_LINE_HOPS } from './pipeline/leading-line-level.js';
export { PROCESS_KIND_RULES, rulesOfKind, type ProcessKindRules } from './pipeline/process-kinds.js';
export { validatePipelineDefinition } from './pipeline/validate-pipeline-definition.js';
export { KEY_PATTERN, type DefinitionProblem } from './pipeline/validation/problems.js';
export {
  defaultPipelineDefinition,
  KINDS_WITH_DEFAULTS,
  KNOWN_SECTOR_CODES,
} from './pipeline/defaults/default-definitions.js';
export {
  practiceDefaultMarks,
  PRACTICE_DEFAULT_LABEL,
  type PracticeDefaultMark,
} from './pipeline/defaults/practice-defaults.js';
export { diffDefinitionBodies, type DefinitionChange, type DefinitionChangeKind } from './pipeline/definition-diff.js';
export { formatPath, jsonEqual, parsePath, valueAtPath } from './pipeline/json-path.js';
export { addDays, dayOfWeek, isIsoDate, isWeekend, yearOf, type IsoDate } from './calendar/calendar-date.js';
export { addMonths } from './calendar/add-months.js';
export { WorkingDayCalendar, type CalendarDay, type CalendarDayKind } from './calendar/working-day-calendar.js';
export { DEFAULT_QUIET_HOURS, holdForQuietHours, isClockTime, type QuietHours } from './calendar/quiet-hours.js';
export { CHINA_2025_CALENDAR } from './calendar/china-2025.calendar.js';
export { validateCalendarYear, type CalendarDayInput } from './calendar/validate-calendar-year.js';
export {
  noDefaultPipelineDefinition,
  noPublishedPipelineDefinition,
  pipelineDefinitionDraftExists,
  pipelineDefinitionInvalid,
  pipelineDefinitionIsDraft,
  pipelineDefinitionNotDraft,
  pipelineDefinitionNotFound,
  pipelineDefinitionNotPublished,
  processKindMismatch,
  type PipelineDefinitionStatus,
} from './pipeline/pipeline-definition.errors.js';
export * from './grading/index.js';
