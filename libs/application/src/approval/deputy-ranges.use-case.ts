import { Injectable } from '@nestjs/common';
import { DomainError, checkDeputyInScope, checkDeputyRange } from '@cxzy/domain';
import {
  DeputyRangeRepository,
  OrganisationRepository,
  TransactionRunner,
  UserRepository,
  type DeputyRangeRow,
} from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';
import { AuditTrail } from '../audit/audit-trail.service.js';

const rangeNotFound = (id: string) =>
  new DomainError(
    'DEPUTY_RANGE_NOT_FOUND',
    'not-found',
    { zhCN: `代理时段不存在：${id}`, en: `no such deputy range: ${id}` },
    'id',
  );

/**
 * 代理 — a user names who stands in for them while away; new tasks in the range go to the deputy,
 * who must hold a role in one of the user's grading units (422 `DEPUTY_OUTSIDE_UNIT` otherwise).
 */
@Injectable()
export class DeputyRangesUseCase {
  constructor(
    private readonly ranges: DeputyRangeRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
    private readonly users: UserRepository,
    private readonly organisations: OrganisationRepository,
  ) {}

  list(context: RequestContext): Promise<DeputyRangeRow[]> {
    return this.ranges.ofUser(context.actorId);
  }

  add(context: RequestContext, range: { deputyId: string; from: string; until: string }): Promise<DeputyRangeRow> {
    const wanted = {
      userId: context.actorId,
      deputyId: range.deputyId,
      from: new Date(range.from).toISOString(),
      until: new Date(range.until).toISOString(),
    };
    return this.transactions.run(async (manager) => {
      checkDeputyRange(wanted, await this.ranges.ofUserForUpdate(manager, context.actorId));
      checkDeputyInScope(await this.unitsOf(context.grants ?? []), await this.deputyUnits(range.deputyId));
      const row = await this.ranges.insert(manager, wanted);
      await this.audit.record(
        context,
        { action: 'approval.deputy-add', objectType: 'approval-deputy', objectId: row.id, before: null, after: row },
        manager,
      );
      return row;
    });
  }

  /** The grading units of `grants`' organisations (a unit itself, or the unit it belongs to). */
  private async unitsOf(grants: readonly { organisationId: string }[]): Promise<string[]> {
    const units = await this.organisations.gradingUnitsOf([...new Set(grants.map((g) => g.organisationId))]);
    return [...new Set(units.values())].filter((unit): unit is string => Boolean(unit));
  }

  /** The deputy's grading units, from the roles they hold now; null for no such user. */
  private async deputyUnits(username: string): Promise<string[] | null> {
    const deputy = await this.users.findByUsername(username);
    return deputy ? this.unitsOf(deputy.roles) : null;
  }

  remove(context: RequestContext, id: string): Promise<void> {
    return this.transactions.run(async (manager) => {
      const removed = await this.ranges.delete(manager, context.actorId, id);
      if (!removed) throw rangeNotFound(id);
      await this.audit.record(
        context,
        { action: 'approval.deputy-remove', objectType: 'approval-deputy', objectId: id, before: removed, after: null },
        manager,
      );
    });
  }
}
