import { Injectable } from '@nestjs/common';
import type { Role } from '@cxzy/domain';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';

/**
 * Who may act in a round's 分类定级, through AccessPolicy (SPEC §5) with the caller's verified
 * context: the administrator at the grading unit, a supervisor at the unit or on its leading line,
 * the branch's secretary, one of its members. A refusal is 403 naming the role needed; the context
 * returned carries the role and organisation the audit record shows.
 */
@Injectable()
export class GradingActorCheck {
  constructor(private readonly access: AccessPolicy) {}

  async actAs(context: RequestContext, role: Role, organisationId: string): Promise<RequestContext> {
    // The unit's own supervisor (e.g. the county committee's) is on the line of everything it grades.
    const own = (context.grants ?? []).find((g) => g.role === 'supervisor' && g.organisationId === organisationId);
    if (role === 'supervisor' && own) return { ...context, actorRole: own.role, actorOrg: own.organisationId };
    return this.access.actAs(context, role, organisationId);
  }
}
