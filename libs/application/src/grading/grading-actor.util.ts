import { Injectable } from '@nestjs/common';
import type { Role } from '@cxzy/domain';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import { roundResultsOutOfScope } from './grading-round.errors.js';

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

  /**
   * The unit-wide results of a round (every branch's score, rank and tier, before 公示 too): only
   * those who decide them — the unit's administrators, who propose, and its supervisors, who approve
   * and resolve objections. A township's supervisor, a secretary or a member reads their own
   * branches (the rectification view), never the unit's ranking: 403 GRADING_RESULTS_OUT_OF_SCOPE.
   */
  async readRoundResults(context: RequestContext, gradingUnitId: string): Promise<RequestContext> {
    for (const role of ['administrator', 'supervisor'] as const) {
      try {
        return await this.actAs(context, role, gradingUnitId);
      } catch (error) {
        if ((error as { kind?: string }).kind !== 'forbidden') throw error;
      }
    }
    throw roundResultsOutOfScope();
  }
}
