import { Injectable } from '@nestjs/common';
import { checkRoleScope, DomainError } from '@cxzy/domain';
import { OrganisationRepository, UserRepository, type Page, type UserRecord } from '@cxzy/persistence';
import type { SaveUserCommand } from './save-user.command.js';

@Injectable()
export class ListUsersUseCase {
  constructor(private readonly users: UserRepository) {}

  async execute(query: {
    page: number;
    pageSize: number;
  }): Promise<Page<UserRecord> & { page: number; pageSize: number }> {
    return { ...(await this.users.list(query)), ...query };
  }
}

/** Idempotent: saving the same user twice leaves one user with the same roles. */
@Injectable()
export class SaveUserUseCase {
  constructor(
    private readonly users: UserRepository,
    private readonly organisations: OrganisationRepository,
  ) {}

  async execute(command: SaveUserCommand): Promise<UserRecord> {
    const orgs = await this.organisations.findRefsByCodes(command.roles.map((r) => r.organisationCode));
    const roles = command.roles.map(({ role, organisationCode }, i) => {
      const org = orgs.get(organisationCode);
      if (!org) {
        throw new DomainError(
          'USER_ROLE_ORGANISATION_UNKNOWN',
          'invalid',
          { zhCN: `组织 ${organisationCode} 不存在`, en: `organisation ${organisationCode} does not exist` },
          `roles.${i}.organisationCode`,
        );
      }
      const refusal = checkRoleScope(role, { code: organisationCode, ...org });
      if (refusal) throw new DomainError(refusal.code, refusal.kind, refusal.text, `roles.${i}.role`);
      return { role, organisationId: org.id };
    });
    await this.users.save({ username: command.username, displayName: command.displayName, roles });
    return (await this.users.findByUsername(command.username))!;
  }
}
