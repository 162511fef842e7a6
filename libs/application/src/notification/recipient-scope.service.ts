import { Injectable } from '@nestjs/common';
import { MemberRepository, OrganisationRepository, UserRepository } from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy, outsideGradingUnit } from '../auth/access-policy.service.js';

const MEMBER_PREFIX = 'member:';

/**
 * Whom an administrator may notify, or whose notification preferences they may see and set: the
 * people of their grading units — a user holding a role at one of its organisations, or a member
 * (`member:<id>`) of one of them (where they belong, or where a mobile member is). A registry-wide
 * administrator (the bootstrap grant): anyone. 403 OUTSIDE_GRADING_UNIT naming the recipient otherwise.
 */
@Injectable()
export class RecipientScope {
  constructor(
    private readonly access: AccessPolicy,
    private readonly users: UserRepository,
    private readonly members: MemberRepository,
    private readonly organisations: OrganisationRepository,
  ) {}

  async actAsAdministratorOf(context: RequestContext, recipient: string): Promise<RequestContext> {
    const acting = this.access.actAsAdministrator(context);
    const mine = await this.access.administeredUnits(context);
    const units = await this.organisations.gradingUnitsOf(await this.organisationsOf(recipient));
    if (![...units.values()].some((unit) => mine.has(unit))) throw outsideGradingUnit([recipient]);
    return acting;
  }

  private async organisationsOf(recipient: string): Promise<string[]> {
    if (recipient.startsWith(MEMBER_PREFIX)) {
      const [member] = await this.members.findByIds([recipient.slice(MEMBER_PREFIX.length)].filter(isUuid));
      return member ? [member.organisationId, ...(member.hostOrganisationId ? [member.hostOrganisationId] : [])] : [];
    }
    const user = await this.users.findByUsername(recipient);
    return user ? user.roles.map((r) => r.organisationId) : [];
  }
}

const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
