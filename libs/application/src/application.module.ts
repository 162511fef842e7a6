import { Module } from '@nestjs/common';
import { PersistenceModule } from '@cxzy/persistence';
import { NotificationModule } from '@cxzy/notification';
import { TemporalClientModule } from '@cxzy/temporal';
import { GetSmokeCheckUseCase } from './smoke-check/get-smoke-check.use-case.js';
import { RecordSmokeCheckUseCase } from './smoke-check/record-smoke-check.use-case.js';
import { StartSmokeCheckUseCase } from './smoke-check/start-smoke-check.use-case.js';
import { ImportOrganisationsUseCase } from './organisation/import-organisations.use-case.js';
import { ListOrganisationsUseCase } from './organisation/list-organisations.use-case.js';
import { GetOrganisationUseCase } from './organisation/get-organisation.use-case.js';
import { ImportMembersUseCase } from './member/import-members.use-case.js';
import { ListMembersUseCase } from './member/list-members.use-case.js';
import { CreateSectorUseCase, ListSectorsUseCase } from './sector/sectors.use-case.js';
import { ListUsersUseCase, SaveUserUseCase } from './user/users.use-case.js';

const useCases = [
  StartSmokeCheckUseCase,
  GetSmokeCheckUseCase,
  RecordSmokeCheckUseCase,
  ImportOrganisationsUseCase,
  ListOrganisationsUseCase,
  GetOrganisationUseCase,
  ImportMembersUseCase,
  ListMembersUseCase,
  ListSectorsUseCase,
  CreateSectorUseCase,
  ListUsersUseCase,
  SaveUserUseCase,
];

/** Use cases: the API and the activities call these, so a rule is written once. */
@Module({
  imports: [PersistenceModule, NotificationModule, TemporalClientModule],
  providers: useCases,
  exports: [...useCases, NotificationModule],
})
export class ApplicationModule {}
