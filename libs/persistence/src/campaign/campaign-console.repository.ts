import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReadScope } from '@cxzy/domain';
import { WhereBuilder } from '../page.js';
import { whereInScope } from '../organisation/read-scope.sql.js';

export interface CampaignSummary {
  readonly id: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly title: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly state: 'open' | 'ranked';
}

const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** The console's reads of 三亮三比三评: the campaigns under an organisation, the names of subjects. */
@Injectable()
export class CampaignConsoleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The campaigns of `organisationId` and of the organisations below it on the territorial tree,
   * newest first — only those of units inside the caller's read scope (a supervisor's leading line,
   * which in 条块结合 and vertical management is not the territorial tree).
   */
  async campaignsUnder(organisationId: string, scope: ReadScope): Promise<CampaignSummary[]> {
    const where = new WhereBuilder();
    const root = where.param(organisationId);
    whereInScope(where, 'o', scope);
    const rows = (await this.dataSource.query(
      `WITH RECURSIVE tree AS (
         SELECT id FROM organisations WHERE id = ${root}
         UNION SELECT o.id FROM organisations o JOIN tree ON o.territorial_parent_id = tree.id)
       SELECT c.id, c.organisation_id, o.name AS organisation_name, c.title, c.period_start, c.period_end, c.state
         FROM campaigns c JOIN tree ON tree.id = c.organisation_id JOIN organisations o ON o.id = c.organisation_id
        ${where.sql}
        ORDER BY c.period_start DESC, c.launched_at DESC, c.id LIMIT 200`,
      where.params,
    )) as Record<string, unknown>[];
    return rows.map((r) => ({
      id: String(r['id']),
      organisationId: String(r['organisation_id']),
      organisationName: String(r['organisation_name']),
      title: String(r['title']),
      periodStart: day(r['period_start']),
      periodEnd: day(r['period_end']),
      state: r['state'] as 'open' | 'ranked',
    }));
  }

  /** Names of organisations and members by id (those that exist). */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT id, name FROM organisations WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id, name FROM members WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as { id: string; name: string }[];
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
