import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReadScope } from '@cxzy/domain';
import { WhereBuilder, type Page, type PageRequest } from '../page.js';
import { whereInScope } from '../organisation/read-scope.sql.js';

/** A branch waiting for a supervisor's decision in a grading round, from the round_branches projection. */
export interface PendingGradingApprovalRow {
  readonly roundId: string;
  readonly year: number;
  readonly organisationId: string;
  readonly organisationCode: string;
  readonly organisationName: string;
  readonly sectorCode: string;
  readonly state: string;
  readonly since: Date;
}

/** Branch states in which the next move is a supervisor's (上级评定, 整改方案审批, 考核验收). */
export const STATES_AWAITING_SUPERVISOR = ['grade.awaiting-rating', 'rectify.plan-submitted', 'rectify.completed'];

@Injectable()
export class PendingGradingApprovalRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Oldest first, limited to the organisations the scope's supervisors lead (never a scan of histories). */
  async list(scope: ReadScope, page: PageRequest): Promise<Page<PendingGradingApprovalRow>> {
    const where = new WhereBuilder();
    where.add('rb.state = ANY(?::text[])', STATES_AWAITING_SUPERVISOR);
    whereInScope(where, 'o', scope);
    const from = `FROM round_branches rb
      JOIN organisations o ON o.id = rb.organisation_id
      JOIN grading_rounds r ON r.id = rb.round_id`;
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total ${from} ${where.sql}`,
      where.params,
    )) as [{ total: number }];
    const limit = where.param(page.pageSize);
    const offset = where.param((page.page - 1) * page.pageSize);
    const items: PendingGradingApprovalRow[] = await this.dataSource.query(
      `SELECT rb.round_id AS "roundId", r.year, o.id AS "organisationId", o.code AS "organisationCode",
              o.name AS "organisationName", rb.sector_code AS "sectorCode", rb.state, rb.updated_at AS since
       ${from} ${where.sql} ORDER BY rb.updated_at, o.code LIMIT ${limit} OFFSET ${offset}`,
      where.params,
    );
    return { items, total };
  }
}
