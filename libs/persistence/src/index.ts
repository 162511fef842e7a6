export { dataSourceOptions, entities } from './data-source-options.js';
export { runMigrationsExclusively } from './run-migrations.js';
export { PersistenceModule } from './persistence.module.js';
export { SmokeCheckEntity, type SmokeCheckStatus } from './smoke-check/smoke-check.entity.js';
export { SmokeCheckRepository } from './smoke-check/smoke-check.repository.js';
export { InboxNoticeEntity } from './inbox/inbox-notice.entity.js';
export { InboxNoticeRepository, type NewInboxNotice } from './inbox/inbox-notice.repository.js';
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
