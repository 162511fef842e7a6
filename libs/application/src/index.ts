export { ApplicationModule } from './application.module.js';
export type { StartSmokeCheckCommand } from './smoke-check/start-smoke-check.command.js';
export { StartSmokeCheckUseCase } from './smoke-check/start-smoke-check.use-case.js';
export { GetSmokeCheckUseCase, type SmokeCheckView } from './smoke-check/get-smoke-check.use-case.js';
export { RecordSmokeCheckUseCase } from './smoke-check/record-smoke-check.use-case.js';
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
