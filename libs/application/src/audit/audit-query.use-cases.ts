import { Injectable } from '@nestjs/common';
import { toCsv, type ChainedAuditRecord, type CsvColumn } from '@cxzy/domain';
import { AuditRecordRepository, type AuditQuery } from '@cxzy/persistence';
import type { RequestContext } from './request-context.js';

/** Most rows one export may hold; a larger trail is exported by date range. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

const columns: CsvColumn<ChainedAuditRecord>[] = [
  { header: '序号 seq', value: (r) => r.seq },
  { header: '时间 occurredAt', value: (r) => r.occurredAt },
  { header: '操作人 actor', value: (r) => r.actorId },
  { header: '角色 role', value: (r) => r.actorRole },
  { header: '组织 organisation', value: (r) => r.actorOrg },
  { header: '操作 action', value: (r) => r.action },
  { header: '对象类型 objectType', value: (r) => r.objectType },
  { header: '对象 objectId', value: (r) => r.objectId },
  { header: '变更前 before', value: (r) => r.before },
  { header: '变更后 after', value: (r) => r.after },
  { header: '结果 result', value: (r) => r.result },
  { header: '原因 reason', value: (r) => r.reason },
  { header: '请求 requestId', value: (r) => r.requestId },
  { header: '哈希 hash', value: (r) => r.hash },
];

/** Reading the trail: a page, a spreadsheet-safe CSV export, and the chain check. */
@Injectable()
export class AuditQueryUseCases {
  constructor(private readonly records: AuditRecordRepository) {}

  async page(context: RequestContext, query: AuditQuery) {
    return this.records.page({ ...query, ...(await this.scopeOf(context)) });
  }

  async exportCsv(context: RequestContext, query: Omit<AuditQuery, 'offset' | 'limit'>): Promise<string> {
    const scope = await this.scopeOf(context);
    const { items } = await this.records.page({ ...query, ...scope, offset: 0, limit: AUDIT_EXPORT_MAX_ROWS });
    return toCsv([...items].reverse(), columns);
  }

  /**
   * An audit administrator of a grading unit reads their units' records only (三员分立, ADR 0023);
   * nobody reads the whole trail through the API (ADR 0019: no registry-wide administrator —
   * `npm run audit:verify` and the database remain). Nobody else reaches here (HoldersOf).
   */
  private async scopeOf(context: RequestContext): Promise<{ gradingUnitIds: readonly string[] }> {
    const granted = (context.grants ?? []).filter((g) => g.role === 'audit-administrator').map((g) => g.organisationId);
    return { gradingUnitIds: await this.records.existingGradingUnits(granted) };
  }

  verify() {
    return this.records.verify();
  }
}
