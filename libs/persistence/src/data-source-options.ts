import type { DataSourceOptions } from 'typeorm';
import { InboxNoticeEntity } from './inbox/inbox-notice.entity.js';
import { MemberEntity } from './member/member.entity.js';
import { migrations } from './migrations/index.js';
import { OrganisationEntity } from './organisation/organisation.entity.js';
import { SectorEntity } from './sector/sector.entity.js';
import { SmokeCheckEntity } from './smoke-check/smoke-check.entity.js';
import { UserEntity, UserRoleEntity } from './user/user.entity.js';

export const entities = [
  SmokeCheckEntity,
  InboxNoticeEntity,
  SectorEntity,
  OrganisationEntity,
  MemberEntity,
  UserEntity,
  UserRoleEntity,
];

/** Schema changes only through migrations: `synchronize` stays off everywhere. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    applicationName: 'cxzy',
  };
}
