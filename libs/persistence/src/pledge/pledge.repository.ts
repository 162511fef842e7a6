import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DriveMember, PledgeEvaluation, PledgeProposal, PledgeState } from '@cxzy/domain';
import { toPledgeRecord, type PledgeRecord, type PledgeRow } from './pledge-row.js';

export interface NewPledge {
  readonly id: string;
  readonly workflowId: string;
  readonly proposal: PledgeProposal;
  readonly definitionId: string;
  readonly definitionVersion: number;
  readonly proposedBy: string;
}

/** What a transition changes on the projection besides its state (undefined = unchanged). */
export interface PledgePatch {
  readonly items?: PledgeProposal['items'];
  readonly returnReason?: string | null;
  readonly result?: unknown;
  readonly feedback?: string | null;
}

/** The pledge projection; only the pledge workflow's activities write it, each write with its audit record. */
@Injectable()
export class PledgeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Idempotent: false when the pledge was already recorded (a retried activity). */
  async insertProposed(manager: EntityManager, pledge: NewPledge): Promise<boolean> {
    const p = pledge.proposal;
    const rows: unknown[] = await manager.query(
      `INSERT INTO pledges (id, workflow_id, year, kind, form, pledger_kind, organisation_id, member_id, member_ids,
                            items, trigger, leads, due_date, definition_id, definition_version, state, proposed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::uuid[], $10, $11, $12::text[], $13, $14, $15, 'proposed', $16)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        pledge.id,
        pledge.workflowId,
        p.year,
        p.kind,
        p.form,
        p.pledgerKind,
        p.organisationId,
        p.memberId,
        p.memberIds,
        JSON.stringify(p.items),
        p.trigger ? JSON.stringify(p.trigger) : null,
        p.leads,
        p.dueDate,
        pledge.definitionId,
        pledge.definitionVersion,
        pledge.proposedBy,
      ],
    );
    if (rows.length > 0 && p.linkedPledgeIds.length > 0)
      await manager.query(
        `INSERT INTO pledge_links (branch_pledge_id, member_pledge_id)
         SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [pledge.id, p.linkedPledgeIds],
      );
    return rows.length > 0;
  }

  /**
   * Applies transition number `seq` (the workflow counts them) under a row lock. Returns the row
   * before the change, or null when `seq` was already applied (a retried activity changes nothing).
   */
  async applyTransition(
    manager: EntityManager,
    pledgeId: string,
    seq: number,
    state: PledgeState,
    patch: PledgePatch,
  ): Promise<PledgeRecord | null> {
    const [row] = (await manager.query('SELECT * FROM pledges WHERE id = $1 FOR UPDATE', [pledgeId])) as PledgeRow[];
    if (!row) throw new Error(`pledge ${pledgeId} is not recorded`);
    if (row.seq >= seq) return null;
    if (row.seq !== seq - 1) throw new Error(`pledge ${pledgeId}: transition ${seq} arrived after ${row.seq}`);
    await manager.query(
      `UPDATE pledges SET state = $2, seq = $3,
         items = COALESCE($4::jsonb, items),
         return_reason = CASE WHEN $5::boolean THEN $6 ELSE return_reason END,
         result = COALESCE($7::jsonb, result),
         feedback = COALESCE($8, feedback),
         updated_at = now()
       WHERE id = $1`,
      [
        pledgeId,
        state,
        seq,
        patch.items ? JSON.stringify(patch.items) : null,
        patch.returnReason !== undefined,
        patch.returnReason ?? null,
        patch.result !== undefined ? JSON.stringify(patch.result) : null,
        patch.feedback ?? null,
      ],
    );
    return toPledgeRecord(row);
  }

  async findById(id: string): Promise<PledgeRecord | null> {
    const [row] = (await this.dataSource.query('SELECT * FROM pledges WHERE id = $1', [id])) as PledgeRow[];
    return row ? toPledgeRecord(row) : null;
  }

  /** The member's annual pledges of the year, in any state but returned-and-abandoned ones included. */
  async countAnnual(memberId: string, year: number): Promise<number> {
    const [{ n }] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM pledges WHERE kind = 'annual' AND year = $2 AND $1 = ANY(member_ids)`,
      [memberId, year],
    )) as [{ n: number }];
    return n;
  }

  /** The branch's drive roster: its own members (not the mobile ones, who pledge where they are) and the mobile members it hosts. */
  async driveRoster(organisationId: string, year: number): Promise<DriveMember[]> {
    const rows: { id: string; name: string; category: DriveMember['category']; pledge_exempt: boolean; n: number }[] =
      await this.dataSource.query(
        `SELECT m.id, m.name, m.category, m.pledge_exempt,
                (SELECT count(*)::int FROM pledges p
                 WHERE p.kind = 'annual' AND p.year = $2 AND m.id = ANY(p.member_ids)) AS n
         FROM members m
         WHERE (m.organisation_id = $1 AND m.category <> 'mobile') OR m.host_organisation_id = $1
         ORDER BY m.name, m.id`,
        [organisationId, year],
      );
    return rows.map((r) => ({
      memberId: r.id,
      name: r.name,
      category: r.category,
      pledgeExempt: r.pledge_exempt,
      annualPledges: r.n,
    }));
  }

  /** Which of these ids are member pledges recorded at the organisation (the links a branch pledge may make). */
  async memberPledgeIdsAt(organisationId: string, ids: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM pledges WHERE id = ANY($1::uuid[]) AND organisation_id = $2 AND pledger_kind = 'member'`,
      [ids, organisationId],
    );
    return rows.map((r) => r.id);
  }

  async insertProgress(
    manager: EntityManager,
    report: {
      pledgeId: string;
      seq: number;
      reportedBy: string;
      note: string;
      evidence: readonly string[];
      percent: number;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO pledge_progress_reports (pledge_id, seq, reported_by, note, evidence, percent)
       VALUES ($1, $2, $3, $4, $5::text[], $6)`,
      [report.pledgeId, report.seq, report.reportedBy, report.note, report.evidence, report.percent],
    );
  }

  async insertEvaluation(manager: EntityManager, pledgeId: string, evaluation: PledgeEvaluation): Promise<void> {
    await manager.query(
      `INSERT INTO pledge_evaluations (pledge_id, source, evaluator_id, score, comment, achievements, problems_and_direction)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        pledgeId,
        evaluation.source,
        evaluation.evaluatorId,
        evaluation.score,
        evaluation.comment,
        evaluation.achievements,
        evaluation.problemsAndDirection,
      ],
    );
  }

  async evaluations(pledgeId: string): Promise<PledgeEvaluation[]> {
    const rows: {
      source: PledgeEvaluation['source'];
      evaluator_id: string;
      score: string;
      comment: string | null;
      achievements: string | null;
      problems_and_direction: string | null;
    }[] = await this.dataSource.query(
      'SELECT * FROM pledge_evaluations WHERE pledge_id = $1 ORDER BY evaluated_at, source, evaluator_id',
      [pledgeId],
    );
    return rows.map((r) => ({
      source: r.source,
      evaluatorId: r.evaluator_id,
      score: Number(r.score),
      comment: r.comment,
      achievements: r.achievements,
      problemsAndDirection: r.problems_and_direction,
    }));
  }

  async progress(
    pledgeId: string,
  ): Promise<
    { seq: number; reportedBy: string; note: string; evidence: string[]; percent: number; reportedAt: string }[]
  > {
    const rows: {
      seq: number;
      reported_by: string;
      note: string;
      evidence: string[];
      percent: number;
      reported_at: Date;
    }[] = await this.dataSource.query('SELECT * FROM pledge_progress_reports WHERE pledge_id = $1 ORDER BY seq', [
      pledgeId,
    ]);
    return rows.map((r) => ({
      seq: r.seq,
      reportedBy: r.reported_by,
      note: r.note,
      evidence: r.evidence,
      percent: r.percent,
      reportedAt: r.reported_at.toISOString(),
    }));
  }
}
