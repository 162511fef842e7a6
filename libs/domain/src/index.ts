export { DomainError, isDomainError, type DomainErrorKind, type LocalizedText } from './domain.error.js';
export { buildNotificationKey, type NotificationKeyParts } from './notification/idempotency-key.util.js';
export {
  SMOKE_CHECK_MESSAGE_MAX_LENGTH,
  smokeCheckNotice,
  validateSmokeCheckMessage,
} from './smoke-check/smoke-check-message.js';
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
export { MEMBER_COLUMNS, columnValues, planMemberImport, type MemberImportPlan } from './member/member-import.plan.js';
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
export { ImportRejectedError, isImportRejectedError, type ImportIssue } from './import/import-issue.js';
export { MAX_IMPORT_ROWS, type TabularRow } from './import/tabular-columns.js';
