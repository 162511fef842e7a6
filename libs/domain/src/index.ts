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
  CHAIN_START,
  UNKEYED_CHAIN,
  auditHashInput,
  canonicalJson,
  chainInput,
  keyedChainVersion,
  verifyAuditChain,
  type AuditChainProblem,
  type AuditEntry,
  type AuditResult,
  type ChainDigests,
  type ChainedAuditRecord,
  type ChainPosition,
  type Sha256Hex,
} from './audit/audit-record.js';
export {
  anchorMacInput,
  checkAnchors,
  parseAnchor,
  type AnchorFinding,
  type AnchorProblem,
  type AuditAnchor,
} from './audit/audit-anchor.js';
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
export {
  addDays,
  beijingDateTime,
  beijingInstant,
  dayOfWeek,
  isIsoDate,
  isWeekend,
  yearOf,
  type IsoDate,
} from './calendar/calendar-date.js';
export { addMonths } from './calendar/add-months.js';
export { WorkingDayCalendar, type CalendarDay, type CalendarDayKind } from './calendar/working-day-calendar.js';
export { workingDaysLeft } from './calendar/working-days-left.js';
export { DEFAULT_QUIET_HOURS, holdForQuietHours, isClockTime, type QuietHours } from './calendar/quiet-hours.js';
export { CHINA_2025_CALENDAR } from './calendar/china-2025.calendar.js';
export { CHINA_2026_CALENDAR } from './calendar/china-2026.calendar.js';
export { OFFICIAL_CALENDARS, officialCalendarYears } from './calendar/official-calendars.js';
export { validateCalendarYear, type CalendarDayInput } from './calendar/validate-calendar-year.js';
export { calendarYearFromIcs, holidayNameOf } from './calendar/import/ics-calendar.js';
export { calendarYearToIcs } from './calendar/import/ics-export.js';
export {
  definitionDeadlineYears,
  gradingRoundDeadlineYears,
  missingCalendarWarnings,
  yearsBetween,
  type CalendarWarning,
} from './calendar/calendar-coverage.js';
export { calendarYearFromTable, normaliseDateText } from './calendar/import/calendar-table.js';
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
export {
  DEFAULT_STEP_REMINDER_SETTINGS,
  planStepReminders,
  resolveStepDeadline,
  type PlannedSend,
  type StepReminderSettings,
} from './reminder/step-reminder-plan.js';
export {
  ORGANISATION_KINDS,
  MANAGEMENT_MODES,
  KIND_NAMES,
  isOrganisationKind,
  isManagementMode,
  type Organisation,
  type OrganisationKind,
  type ManagementMode,
} from './organisation/organisation.js';
export { resolveLines, nextAuthorities, type OrganisationLines } from './organisation/organisation-lines.js';
export { organisationNotFound } from './organisation/organisation-errors.js';
export { analyseOrganisationGraph, type OrganisationGraph } from './organisation/organisation-graph.js';
export { checkOrganisationRules, type OrganisationNode } from './organisation/organisation-rules.js';
export { ORGANISATION_COLUMNS } from './organisation/organisation-import-row.js';
export {
  planOrganisationImport,
  type StoredOrganisation,
  type OrganisationImportPlan,
} from './organisation/organisation-import.plan.js';
export {
  MEMBER_CATEGORIES,
  CATEGORY_NAMES,
  isMemberCategory,
  checkMemberRules,
  pledgeOrganisationId,
  requiresPledges,
  canProposePledge,
  type Member,
  type MemberCategory,
} from './member/member.js';
export {
  MEMBER_COLUMNS,
  columnValues,
  planMemberImport,
  type MemberImportPlan,
  type MemberImportUsers,
  type PlannedUserLink,
} from './member/member-import.plan.js';
export {
  isValidResidentIdNumber,
  residentIdCheckCharacter,
  isValidPhone,
  maskIdNumber,
  maskPhone,
} from './privacy/personal-data.js';
export {
  BUILTIN_SECTOR_CODES,
  SECTOR_CODE_PATTERN,
  newSector,
  sectorAlreadyExists,
  type Sector,
} from './sector/sector.js';
export { ROLES, ROLE_NAMES, USERNAME_PATTERN, isRole, checkRoleScope, type Role } from './user/role.js';
export {
  ADMINISTRATOR_DUTIES,
  checkDutiesSeparated,
  checkNotOwnAccount,
  dutiesOf,
  isAdministratorDuty,
  type AdministratorDuty,
} from './user/administrator-duties.js';
export { ImportRejectedError, isImportRejectedError, type ImportIssue } from './import/import-issue.js';
export { MAX_IMPORT_ROWS, type TabularRow } from './import/tabular-columns.js';
export {
  stepRecipientTargets,
  type RecipientTarget,
  type StepRecipientTargets,
} from './organisation/step-recipient-targets.js';
export { renderDailyDigest, type DigestItem } from './notification/daily-digest.js';
export * from './grading/index.js';
export {
  accountLocked,
  DEFAULT_LOCKOUT_POLICY,
  invalidCredentials,
  isLocked,
  LOGIN_FAILURES_FORGOTTEN_AFTER_MINUTES,
  lockUntilAfterFailure,
  notAuthenticated,
  type LockoutPolicy,
} from './auth/login-lockout.js';
export {
  assertPasswordAllowed,
  characterClassesOf,
  PASSWORD_MAX_BYTES,
  PASSWORD_MIN_CHARACTER_CLASSES,
  PASSWORD_MIN_LENGTH,
  passwordPolicyProblem,
  type PasswordProblem,
  type PasswordProblemCode,
} from './auth/password-policy.js';
export { retryAfterSeconds, tooManyRequests } from './auth/rate-window.js';
export {
  assertAuthorised,
  authorise,
  type AccessDecision,
  type AccessTarget,
  type RoleGrant,
} from './access/authorise.js';
export { readScopeOf, type ReadScope } from './access/read-scope.js';
export {
  canonicalIdentity,
  publicKeyOf,
  signUpdateIdentity,
  verifyUpdateIdentity,
  type ExpectedUpdate,
  type SignedUpdateIdentity,
  type UpdateIdentityClaims,
  type UpdateIdentityKeys,
} from './access/update-identity.js';
export * from './pledge/index.js';
export * from './approval/index.js';
export * from './campaign/index.js';
export * from './commendation/index.js';
export {
  TASK_LIST_VIEWS,
  compareTasks,
  mergeTaskPages,
  type SortableTask,
  type TaskListView,
} from './tasks/task-list-view.js';
