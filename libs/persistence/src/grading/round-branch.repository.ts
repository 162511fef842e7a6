import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { returnedRows } from '../auth/returned-rows.util.js';

/** What a branch workflow needs to start: ids only (the payload limit). */
export interface EnrolledBranch {
  readonly organisationId: string;
  readonly organisationCode: string;
  readonly sectorCode: string;
  readonly definitionId: string;
}

export interface RoundProgressRow {
  readonly sectorCode: string;
  readonly state: string;
  readonly count: number;
}

/** Open steps of a round's branches past their deadline, per sector and step. */
export interface RoundOverdueRow {
  readonly sectorCode: string;
  readonly stepKey: string;
  readonly count: number;
}

export interface RoundBranchRecord {
  readonly roundId: string;
  readonly organisationId: string;
  readonly sectorCode: string;
  readonly definitionId: string;
  readonly state: string;
  readonly selfAssessment: unknown;
  readonly appraisal: unknown;
  readonly superiorRating: unknown;
  readonly proposedTier: string | null;
  readonly finalTier: string | null;
  readonly reasons: unknown[];
}

export interface BranchStateChange {
  readonly roundId: string;
  readonly organisationId: string;
  readonly from: string;
  readonly to: string;
  readonly selfAssessment?: unknown;
  readonly superiorRating?: unknown;
}

/** The branch projection of a round (state, scores, tiers): written by activities, read by the API. */
@Injectable()
export class RoundBranchRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Enrols the next page of branches in scope (after `afterOrganisationId`, by id) with their
   * sector's pinned definition, and returns it. Idempotent: a retried page enrols nothing twice.
   */
  async enrolPage(
    round: { id: string; gradingUnitId: string; definitionIds: Readonly<Record<string, string>> },
    afterOrganisationId: string | null,
    limit: number,
    initialState: string,
  ): Promise<{ branches: EnrolledBranch[]; cursor: string | null }> {
    const rows: { id: string; code: string; sector_code: string }[] = await this.dataSource.query(
      `SELECT id, code, sector_code FROM organisations
       WHERE grading_unit_id = $1 AND kind IN ('branch', 'general-branch') AND ($2::uuid IS NULL OR id > $2::uuid)
       ORDER BY id LIMIT $3`,
      [round.gradingUnitId, afterOrganisationId, limit],
    );
    const page = rows
      .filter((r) => round.definitionIds[r.sector_code] !== undefined)
      .map((r) => ({
        organisationId: r.id,
        organisationCode: r.code,
        sectorCode: r.sector_code,
        definitionId: round.definitionIds[r.sector_code]!,
      }));
    if (page.length > 0) {
      await this.dataSource.query(
        `INSERT INTO round_branches (round_id, organisation_id, sector_code, definition_id, state)
         SELECT $1, o, s, d::uuid, $5 FROM unnest($2::uuid[], $3::text[], $4::text[]) AS t(o, s, d)
         ON CONFLICT (round_id, organisation_id) DO NOTHING`,
        [
          round.id,
          page.map((b) => b.organisationId),
          page.map((b) => b.sectorCode),
          page.map((b) => b.definitionId),
          initialState,
        ],
      );
    }
    // The cursor moves past every row read; null when nothing is left.
    return { branches: page, cursor: rows.at(-1)?.id ?? null };
  }

  /** Applies a transition when the branch is still in `from`; false when it was already applied. */
  async move(change: BranchStateChange, manager: EntityManager): Promise<boolean> {
    const rows = returnedRows(
      await manager.query(
        `UPDATE round_branches
       SET state = $4, self_assessment = COALESCE($5::jsonb, self_assessment),
           superior_rating = COALESCE($6::jsonb, superior_rating), updated_at = now()
       WHERE round_id = $1 AND organisation_id = $2 AND state = $3 RETURNING organisation_id`,
        [
          change.roundId,
          change.organisationId,
          change.from,
          change.to,
          change.selfAssessment === undefined ? null : JSON.stringify(change.selfAssessment),
          change.superiorRating === undefined ? null : JSON.stringify(change.superiorRating),
        ],
      ),
    );
    return rows.length > 0;
  }

  async find(roundId: string, organisationId: string): Promise<RoundBranchRecord | null> {
    const rows: {
      round_id: string;
      organisation_id: string;
      sector_code: string;
      definition_id: string;
      state: string;
      self_assessment: unknown;
      appraisal: unknown;
      superior_rating: unknown;
      proposed_tier: string | null;
      final_tier: string | null;
      reasons: unknown[];
    }[] = await this.dataSource.query(`SELECT * FROM round_branches WHERE round_id = $1 AND organisation_id = $2`, [
      roundId,
      organisationId,
    ]);
    const r = rows[0];
    return r
      ? {
          roundId: r.round_id,
          organisationId: r.organisation_id,
          sectorCode: r.sector_code,
          definitionId: r.definition_id,
          state: r.state,
          selfAssessment: r.self_assessment,
          appraisal: r.appraisal,
          superiorRating: r.superior_rating,
          proposedTier: r.proposed_tier,
          finalTier: r.final_tier,
          reasons: r.reasons,
        }
      : null;
  }

  /** Counts per sector and state: the round's progress, one index range scan. */
  async progress(roundId: string): Promise<RoundProgressRow[]> {
    const rows: { sector_code: string; state: string; count: string }[] = await this.dataSource.query(
      `SELECT sector_code, state, count(*) AS count FROM round_branches WHERE round_id = $1
       GROUP BY sector_code, state ORDER BY sector_code, state`,
      [roundId],
    );
    return rows.map((r) => ({ sectorCode: r.sector_code, state: r.state, count: Number(r.count) }));
  }

  /**
   * 逾期: the open steps (step_tasks) of the round's branch workflows whose deadline is before
   * `now`, counted per sector and step. A branch workflow's id is `<round workflow id>/branch/<organisation id>`.
   */
  async overdue(roundId: string, roundWorkflowId: string, now: Date): Promise<RoundOverdueRow[]> {
    const rows: { sector_code: string; step_key: string; count: string }[] = await this.dataSource.query(
      `SELECT b.sector_code, t.step_key, count(*) AS count
       FROM round_branches b
       JOIN step_tasks t ON t.organisation_id = b.organisation_id
        AND t.owner_workflow_id = $2::text || '/branch/' || b.organisation_id::text
       WHERE b.round_id = $1 AND t.status = 'open' AND t.deadline_at < $3
       GROUP BY b.sector_code, t.step_key ORDER BY b.sector_code, t.step_key`,
      [roundId, roundWorkflowId, now],
    );
    return rows.map((r) => ({ sectorCode: r.sector_code, stepKey: r.step_key, count: Number(r.count) }));
  }
}
