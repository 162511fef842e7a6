import { Injectable } from '@nestjs/common';
import {
  assertAuthorised,
  DomainError,
  organisationNotFound,
  resolveLines,
  ROLE_NAMES,
  type AdministratorDuty,
  type Role,
  type RoleGrant,
} from '@cxzy/domain';
import { OrganisationRepository } from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';

/** 403 for a caller that holds none of the roles a command needs (named in zh-CN and en). */
export const roleRequired = (roles: readonly Role[]): DomainError =>
  new DomainError('ROLE_REQUIRED', 'forbidden', {
    zhCN: `需要“${roles.map((r) => ROLE_NAMES[r].zhCN).join('”或“')}”角色`,
    en: `needs the role ${roles.map((r) => ROLE_NAMES[r].en).join(' or ')}`,
  });

/** 403 for registry work on organisations (named by id or code) outside the caller's grading units. */
export const outsideGradingUnit = (outside: readonly string[]): DomainError =>
  new DomainError('OUTSIDE_GRADING_UNIT', 'forbidden', {
    zhCN: `只能管理本组织实施单位的组织、党员和用户：${outside.slice(0, 5).join('、')}`,
    en: `an administrator manages only their grading unit's organisations, members and users: ${outside.slice(0, 5).join(', ')}`,
  });

/** 403 for a member acting on another member's pledge or evaluation. */
export const notTheirOwn = (): DomainError =>
  new DomainError('NOT_OWN_MEMBER_MATTER', 'forbidden', {
    zhCN: '党员只能办理本人的承诺和本人的评价',
    en: 'a member acts only on their own pledges and their own evaluations',
  });

/** 403 for registry-wide settings changed by an administrator below the top of the registry. */
export const registryAdministratorRequired = (): DomainError =>
  new DomainError('REGISTRY_ADMINISTRATOR_REQUIRED', 'forbidden', {
    zhCN: '只有最上级组织实施单位（无上级组织）的组织部门管理员才能修改全局设置（行业、工作日历、流程定义、通知投递）',
    en: 'only an administrator of a top-level grading unit (one without a parent organisation) changes registry-wide settings (sectors, calendar, pipeline definitions, notification deliveries)',
  });

/**
 * The one place that decides whether a user may act in a role on an organisation: it resolves the
 * organisation's leading line from the registry and applies the pure `authorise`. Every command
 * calls `actAs` (or `actAsAnyOf`) with the context `requestContext(request)` built from the
 * verified token, and audits with the context it returns (role and organisation filled in).
 */
@Injectable()
export class AccessPolicy {
  constructor(private readonly organisations: OrganisationRepository) {}

  async assert(
    user: { userId: string; roles: readonly RoleGrant[] },
    role: Role,
    organisationId: string,
    ownerUserIds?: readonly string[],
  ): Promise<RoleGrant> {
    const reachable = await this.organisations.loadAuthorities(organisationId);
    const byId = new Map(reachable.map((o) => [o.id, o]));
    const target = byId.get(organisationId);
    if (!target) throw organisationNotFound(organisationId);
    const { leadingLine } = resolveLines(organisationId, byId);
    const gradingUnitId = target.isGradingUnit ? target.id : target.gradingUnitId;
    return assertAuthorised(user.userId, user.roles, role, {
      organisationId,
      leadingLineIds: leadingLine.map((o) => o.id),
      gradingUnitId,
      ...(ownerUserIds ? { ownerUserIds } : {}),
    });
  }

  /** The caller acts as `role` on `organisationId` (403 naming the role otherwise). */
  actAs(
    context: RequestContext,
    role: Role,
    organisationId: string,
    ownerUserIds?: readonly string[],
  ): Promise<RequestContext> {
    return this.actAsAnyOf(context, [role], organisationId, ownerUserIds);
  }

  /**
   * The first of `roles` the caller holds for `organisationId`; 403 naming the last refusal if none.
   * `ownerUserIds` — for a member's own things (a pledge, an evaluation they give): the users of the
   * members it belongs to; the member role then acts only when the caller is one of them. Without
   * it the member role is about the branch itself (its appraisal, an objection, reading it): a
   * member of the organisation.
   */
  async actAsAnyOf(
    context: RequestContext,
    roles: readonly Role[],
    organisationId: string,
    ownerUserIds?: readonly string[],
  ): Promise<RequestContext> {
    const user = { userId: context.userId ?? '', roles: context.grants ?? [] };
    let refusal: unknown = roleRequired(roles);
    let notOwn = false;
    for (const role of roles) {
      if (role === 'member' && ownerUserIds === undefined) {
        const grant = user.roles.find((g) => g.role === 'member' && g.organisationId === organisationId);
        if (grant) return { ...context, actorRole: grant.role, actorOrg: grant.organisationId };
        continue;
      }
      try {
        const grant = await this.assert(user, role, organisationId, ownerUserIds);
        return { ...context, actorRole: grant.role, actorOrg: grant.organisationId };
      } catch (error) {
        if ((error as { code?: string }).code !== 'NOT_IN_SCOPE') throw error;
        refusal = roles.length === 1 ? error : roleRequired(roles);
        notOwn ||=
          role === 'member' && user.roles.some((g) => g.role === 'member' && g.organisationId === organisationId);
      }
    }
    // A member of the branch, but not theirs: say so rather than name roles they hold.
    throw notOwn ? notTheirOwn() : refusal;
  }

  /** Reading an organisation's things: any role that may act on it (a member: their own branch). */
  canRead(context: RequestContext, organisationId: string): Promise<RequestContext> {
    return this.actAsAnyOf(context, ['administrator', 'supervisor', 'branch-secretary', 'member'], organisationId);
  }

  /**
   * The grading units the caller administers in `duty` (the system administrator's by default; 三员分立,
   * ADR 0023): their grants of it at grading units. A grant at an organisation that is no grading
   * unit adds nothing (ADR 0019: there is no registry-wide administrator; a token's grants are the
   * user's persisted ones).
   */
  async administeredUnits(
    context: RequestContext,
    duty: AdministratorDuty = 'administrator',
  ): Promise<ReadonlySet<string>> {
    const granted = (context.grants ?? []).filter((g) => g.role === duty).map((g) => g.organisationId);
    const units = await this.organisations.gradingUnitsOf(granted);
    return new Set(granted.filter((id) => units.get(id) === id));
  }

  /**
   * Registry work limited to the caller's grading units: every organisation named (by id or code,
   * unknown ones aside — the use case refuses those itself) must belong to one of them (403 otherwise).
   * `duty`: whose work it is — the system administrator's (imports) or the security administrator's
   * (users, roles, passwords).
   */
  async assertAdministers(
    context: RequestContext,
    organisations: { ids?: readonly string[]; codes?: readonly string[] },
    duty: AdministratorDuty = 'administrator',
  ): Promise<RequestContext> {
    const acting = this.actAsAdministrator(context, duty);
    const mine = await this.administeredUnits(context, duty);
    const ids = [...new Set(organisations.ids ?? [])];
    const codes = [...new Set(organisations.codes ?? [])];
    const units = await this.organisations.gradingUnitsOf(ids, codes);
    const outside = [...ids, ...codes].filter((key) => units.has(key) && !mine.has(units.get(key)!));
    if (outside.length > 0) throw outsideGradingUnit(outside);
    return acting;
  }

  /**
   * Registry-wide settings (sectors, calendar, pipeline definitions, dead letters; ADR 0016): an
   * administrator of a grading unit at the top of the registry (no territorial parent, no vertical
   * department). Administrators of lower grading units only read them (403
   * REGISTRY_ADMINISTRATOR_REQUIRED otherwise).
   */
  async actAsRegistryAdministrator(context: RequestContext): Promise<RequestContext> {
    const acting = this.actAsAdministrator(context);
    const mine = await this.administeredUnits(context);
    const [top] = await this.organisations.topGradingUnitsAmong([...mine]);
    if (!top) throw registryAdministratorRequired();
    return { ...acting, actorOrg: top };
  }

  /**
   * Whose users a caller lists (`GET /users`): the grading units where they are the security
   * administrator (who manages the users) or the system administrator (who links users to members).
   * 403 naming both roles without either.
   */
  async userListScope(context: RequestContext): Promise<readonly string[]> {
    const duties = ['security-administrator', 'administrator'] as const;
    if (!(context.grants ?? []).some((g) => (duties as readonly Role[]).includes(g.role))) throw roleRequired(duties);
    const units = await Promise.all(duties.map((duty) => this.administeredUnits(context, duty)));
    return [...new Set(units.flatMap((u) => [...u]))];
  }

  /**
   * For the registries shared by every grading unit (calendar, sectors, pipeline definitions, the
   * organisation and member imports): a holder of `duty` (the system administrator by default; the
   * security administrator for users) at some grading unit.
   */
  actAsAdministrator(context: RequestContext, duty: AdministratorDuty = 'administrator'): RequestContext {
    const grant = (context.grants ?? []).find((g) => g.role === duty);
    if (!grant) throw roleRequired([duty]);
    return { ...context, actorRole: grant.role, actorOrg: grant.organisationId };
  }
}
