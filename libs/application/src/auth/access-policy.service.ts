import { Injectable } from '@nestjs/common';
import { assertAuthorised, organisationNotFound, resolveLines, type Role, type RoleGrant } from '@cxzy/domain';
import { OrganisationRepository } from '@cxzy/persistence';

/**
 * The one place that decides whether a user may act in a role on an organisation: it resolves the
 * organisation's leading line from the registry and applies `authorise`. API guards and the
 * Temporal Update validators (through an activity) both call it, so a request straight to
 * Temporal is held to the same rule.
 */
@Injectable()
export class AccessPolicy {
  constructor(private readonly organisations: OrganisationRepository) {}

  async assert(
    user: { userId: string; roles: readonly RoleGrant[] },
    role: Role,
    organisationId: string,
    ownerUserId?: string,
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
      ...(ownerUserId ? { ownerUserId } : {}),
    });
  }
}
