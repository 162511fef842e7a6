import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReadScope } from '@cxzy/domain';
import { WhereBuilder } from '../page.js';
import { whereInScope } from '../organisation/read-scope.sql.js';
import { STATES_AWAITING_SUPERVISOR } from '../grading/pending-grading-approval.repository.js';

/**
 * A grading item of a person's task list: a decision waiting for a supervisor (a branch's state or
 * the round's proposed classification), or an action the person took (from the audit trail).
 */
export interface GradingTaskListRow {
  readonly id: string;
  readonly roundId: string;
  readonly year: number;
  /** The branch, or for the round's classification its grading unit. */
  readonly organisationId: string;
  readonly organisationName: string;
  /** 待办: the state waiting (`grade.awaiting-rating`, `round:grade.proposed`…); else the audited action. */
  readonly what: string;
  /** The branch's or round's state now. */
  readonly status: string;
  readonly at: Date;
}

/** Audited grading actions a person takes: 已办 lists them all, 我发起的 the submissions. */
export const GRADING_ACTED = [
  'grading-branch.acknowledgeNotice',
  'grading-branch.submitSelfAssessment',
  'grading-branch.submitSuperiorRating',
  'grading-branch.returnSelfAssessment',
  'grading-branch.submitPlan',
  'grading-branch.approvePlan',
  'grading-branch.returnPlan',
  'grading-branch.reportProgress',
  'grading-branch.completeRectification',
  'grading-branch.recordAcceptance',
  'grading-round.proposeClassification',
  'grading-round.approveClassification',
  'grading-round.returnClassification',
  'grading-round.resolveObjection',
];
export const GRADING_SUBMITTED = [
  'grading-branch.submitSelfAssessment',
  'grading-branch.submitPlan',
  'grading-round.proposeClassification',
];

/** The audit rows of `actions` by the person, with the branch or round they were on. */
const AUDITED = `
  FROM audit_records a
  LEFT JOIN round_branches rb ON a.object_type = 'grading-branch'
    AND rb.round_id::text = split_part(a.object_id, '/', 1) AND rb.organisation_id::text = split_part(a.object_id, '/', 2)
  JOIN grading_rounds r ON r.id::text = CASE WHEN a.object_type = 'grading-branch' THEN split_part(a.object_id, '/', 1)
                                               ELSE a.object_id END
  JOIN organisations o ON o.id = coalesce(rb.organisation_id, r.grading_unit_id)
  WHERE a.actor_id = $1 AND a.result = 'success' AND a.action = ANY($2::text[])`;

/**
 * 晋位升级 in the task list: the supervisor's decisions waiting (上级评定, 整改方案审批, 考核验收 on
 * the round_branches projection, as /grading-approvals/pending reads it, and 分类定级审批 of a
 * proposed round), the person's audited actions (已办) and submissions (我发起的, latest per object).
 */
@Injectable()
export class GradingTaskListRepository {
  constructor(private readonly dataSource: DataSource) {}

  private waiting(scope: ReadScope): { sql: string; params: unknown[] } {
    const branches = new WhereBuilder();
    branches.add('rb.state = ANY(?::text[])', STATES_AWAITING_SUPERVISOR);
    whereInScope(branches, 'o', scope);
    const rounds = new WhereBuilder();
    // One statement: the round query's parameters continue after the branch query's.
    rounds.params.push(...branches.params);
    rounds.add(`r.state = 'grade.proposed'`);
    whereInScope(rounds, 'o', scope);
    return {
      sql: `SELECT 'grading:' || rb.round_id || ':' || o.id AS id, rb.round_id AS "roundId", r.year,
                   o.id AS "organisationId", o.name AS "organisationName", rb.state AS what, rb.state AS status,
                   rb.updated_at AS at
            FROM round_branches rb JOIN organisations o ON o.id = rb.organisation_id
            JOIN grading_rounds r ON r.id = rb.round_id ${branches.sql}
            UNION ALL
            SELECT 'grading:' || r.id || ':classification', r.id, r.year, o.id, o.name, 'round:' || r.state, r.state,
                   r.updated_at
            FROM grading_rounds r JOIN organisations o ON o.id = r.grading_unit_id ${rounds.sql}`,
      params: rounds.params,
    };
  }

  private audited(view: 'done' | 'started'): string {
    // 我发起的: the latest submission per branch or round and action (a plan returned and filed again is one).
    return view === 'done'
      ? `SELECT 'grading-done:' || a.seq AS id, r.id AS "roundId", r.year, o.id AS "organisationId",
                o.name AS "organisationName", a.action AS what, coalesce(rb.state, r.state) AS status,
                a.occurred_at AS at ${AUDITED}`
      : `SELECT DISTINCT ON (a.object_id, a.action) 'grading-started:' || a.object_id || ':' || a.action AS id,
                r.id AS "roundId", r.year, o.id AS "organisationId", o.name AS "organisationName", a.action AS what,
                coalesce(rb.state, r.state) AS status, a.occurred_at AS at ${AUDITED}
         ORDER BY a.object_id, a.action, a.seq DESC`;
  }

  /** Decisions waiting for the scope's supervisors (none without a supervisor grant). */
  async countWaiting(scope: ReadScope): Promise<number> {
    if (scope.leadingRootIds.length === 0) return 0;
    const { sql, params } = this.waiting(scope);
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM (${sql}) w`, params)) as {
      total: number;
    }[];
    return row?.total ?? 0;
  }

  /** Oldest first (they have no deadline of their own). */
  async listWaiting(scope: ReadScope, limit: number): Promise<GradingTaskListRow[]> {
    if (scope.leadingRootIds.length === 0) return [];
    const { sql, params } = this.waiting(scope);
    return this.dataSource.query(`SELECT * FROM (${sql}) w ORDER BY at, id COLLATE "C" LIMIT $${params.length + 1}`, [
      ...params,
      limit,
    ]);
  }

  async countActed(username: string, view: 'done' | 'started'): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM (${this.audited(view)}) x`, [
      username,
      view === 'done' ? GRADING_ACTED : GRADING_SUBMITTED,
    ])) as { total: number }[];
    return row?.total ?? 0;
  }

  /** Newest first. */
  async listActed(username: string, view: 'done' | 'started', limit: number): Promise<GradingTaskListRow[]> {
    return this.dataSource.query(`SELECT * FROM (${this.audited(view)}) x ORDER BY at DESC, id COLLATE "C" LIMIT $3`, [
      username,
      view === 'done' ? GRADING_ACTED : GRADING_SUBMITTED,
      limit,
    ]);
  }
}
