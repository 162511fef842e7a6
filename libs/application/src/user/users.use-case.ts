import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  checkDutiesSeparated,
  checkNotOwnAccount,
  checkRoleScope,
  DomainError,
  isDomainError,
  type Role,
} from '@cxzy/domain';
import {
  OrganisationRepository,
  TransactionRunner,
  UserRepository,
  type Page,
  type UserRecord,
} from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import type { SaveUserCommand } from './save-user.command.js';

/**
 * 用户列表, scoped like every list (docs/security.md): a security or system administrator sees the
 * users holding a role in their grading units, with those roles only (ADR 0019: nobody sees every user).
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

/**
 * 用户与角色 — the security administrator's work (三员分立, ADR 0023). Idempotent: saving the same user
 * twice leaves one user with the same roles. No user holds two of the three administrator duties
 * (422 `ADMINISTRATOR_DUTIES_COMBINED` naming `roles`). Saved by a caller (`acting`), the change and
 * its audit record (`user.save`, roles before → after) commit together, and a refusal is recorded too.
 */
@Injectable()
export class SaveUserUseCase {
  constructor(
    private readonly users: UserRepository,
    private readonly organisations: OrganisationRepository,
    private readonly access: AccessPolicy,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * A security administrator manages a user only inside their grading unit: the roles the user holds
   * now and the ones given (`organisationCodes`) must all be at organisations of the caller's units
   * (403 OUTSIDE_GRADING_UNIT otherwise) — and never their own account (403 OWN_ACCOUNT_ROLES).
   */
  async authorise(
    context: RequestContext,
    username: string,
    organisationCodes: readonly string[] = [],
  ): Promise<RequestContext> {
    const acting = this.access.actAsAdministrator(context, 'security-administrator');
    const own = checkNotOwnAccount(acting.actorId, username);
    if (own) throw own;
    const existing = await this.users.findByUsername(username);
    const concerned = { ids: (existing?.roles ?? []).map((r) => r.organisationId), codes: organisationCodes };
    const checked = await this.access.assertAdministers(context, concerned, 'security-administrator');
    // Recorded in the unit the user's roles are in (so that unit's audit administrator reads it).
    const [unit] = (await this.organisations.gradingUnitsOf(concerned.ids, concerned.codes)).values();
    return unit ? { ...checked, actorOrg: unit } : checked;
  }

  /** `acting`: the caller `authorise` returned; absent for the server's own bootstrap (admin:create, fixtures). */
  /**
   * `PUT /users/:username`: authorised here (`authorise`: a security administrator, inside their unit
   * for the roles held now and given, never their own account), then saved and audited.
   */
  async saveAs(context: RequestContext, command: SaveUserCommand): Promise<UserRecord> {
    const acting = await this.authorise(
      context,
      command.username,
      command.roles.map((r) => r.organisationCode),
    );
    return this.execute(command, acting);
  }

  async execute(command: SaveUserCommand, acting?: RequestContext): Promise<UserRecord> {
    const before = await this.users.findByUsername(command.username);
    const audited = (change: { after?: unknown; result?: 'refused'; reason?: string }, manager?: EntityManager) =>
      acting
        ? this.audit.record(
            acting,
            {
              action: 'user.save',
              objectType: 'user',
              objectId: command.username,
              before: before && { displayName: before.displayName, roles: rolesOf(before) },
              ...change,
            },
            manager,
          )
        : Promise.resolve();
    let roles: { role: Role; organisationId: string }[];
    try {
      roles = await this.resolveRoles(command);
    } catch (error) {
      if (isDomainError(error))
        await audited({ result: 'refused', reason: `${error.code}: ${error.text.en}`.slice(0, 500) });
      throw error;
    }
    await this.transactions.run(async (manager) => {
      await this.users.save({ username: command.username, displayName: command.displayName, roles }, manager);
      await audited({ after: { displayName: command.displayName, roles: command.roles } }, manager);
    });
    return (await this.users.findByUsername(command.username))!;
  }

  /** The roles as grants, each where it can be held, and no two administrator duties (三员分立). */
  private async resolveRoles(command: SaveUserCommand): Promise<{ role: Role; organisationId: string }[]> {
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
    const combined = checkDutiesSeparated(roles);
    if (combined) throw combined;
    return roles;
  }
}

const rolesOf = (user: UserRecord) => user.roles.map((r) => ({ role: r.role, organisationCode: r.organisationCode }));
