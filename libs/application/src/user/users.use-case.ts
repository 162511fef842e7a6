import { Injectable } from '@nestjs/common';
import { checkRoleScope, DomainError } from '@cxzy/domain';
import { OrganisationRepository, UserRepository, type Page, type UserRecord } from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import type { SaveUserCommand } from './save-user.command.js';

/**
 * 用户列表, scoped like every list (docs/security.md): an administrator sees the users holding a
 * role in their grading units, with those roles only (ADR 0019: nobody sees every user).
 */
@Injectable()
export class ListUsersUseCase {
  constructor(
    private readonly users: UserRepository,
    private readonly access: AccessPolicy,
  ) {}

  async execute(
    context: RequestContext,
    query: { page: number; pageSize: number },
  ): Promise<Page<UserRecord> & { page: number; pageSize: number }> {
    const units = await this.access.userListScope(context);
    return { ...(await this.users.list(query, units)), ...query };
  }
}

/** Idempotent: saving the same user twice leaves one user with the same roles. */
@Injectable()
export class SaveUserUseCase {
  constructor(
    private readonly users: UserRepository,
    private readonly organisations: OrganisationRepository,
    private readonly access: AccessPolicy,
  ) {}

  /**
   * An administrator manages a user only inside their grading unit: the roles the user holds now and
   * the ones given (`organisationCodes`) must all be at organisations of the caller's units. 403
   * OUTSIDE_GRADING_UNIT otherwise.
   */
  async authorise(
    context: RequestContext,
    username: string,
    organisationCodes: readonly string[] = [],
  ): Promise<RequestContext> {
    const existing = await this.users.findByUsername(username);
    return this.access.assertAdministers(context, {
      ids: (existing?.roles ?? []).map((r) => r.organisationId),
      codes: organisationCodes,
    });
  }

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
