import { Injectable } from '@nestjs/common';
import { DomainError, checkDeputyRange } from '@cxzy/domain';
import { DeputyRangeRepository, TransactionRunner, type DeputyRangeRow } from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';
import { AuditTrail } from '../audit/audit-trail.service.js';

const rangeNotFound = (id: string) =>
  new DomainError(
    'DEPUTY_RANGE_NOT_FOUND',
    'not-found',
    { zhCN: `代理时段不存在：${id}`, en: `no such deputy range: ${id}` },
    'id',
  );

/** 代理 — a user names who stands in for them while away; new tasks in the range go to the deputy. */
@Injectable()
export class DeputyRangesUseCase {
  constructor(
    private readonly ranges: DeputyRangeRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
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
      const row = await this.ranges.insert(manager, wanted);
      await this.audit.record(
        context,
        { action: 'approval.deputy-add', objectType: 'approval-deputy', objectId: row.id, before: null, after: row },
        manager,
      );
      return row;
    });
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
