import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { returnedRows } from '../auth/returned-rows.util.js';

export interface GradingRoundRecord {
  readonly id: string;
  readonly gradingUnitId: string;
  readonly year: number;
  readonly workflowId: string;
  readonly state: string;
  /** The pinned grading-cycle definition of each sector in scope: sector code → definition id. */
  readonly definitionIds: Readonly<Record<string, string>>;
  readonly deployOn: string;
  readonly deployOverrideReason: string | null;
  readonly launchedBy: string;
  readonly launchedAt: Date;
}

export type NewGradingRound = Omit<GradingRoundRecord, 'id' | 'launchedAt'>;

interface GradingRoundRow {
  id: string;
  grading_unit_id: string;
  year: number;
  workflow_id: string;
  state: string;
  definition_ids: Record<string, string>;
  deploy_on: string;
  deploy_override_reason: string | null;
  launched_by: string;
  launched_at: Date;
}

const COLUMNS = `id, grading_unit_id, year, workflow_id, state, definition_ids, to_char(deploy_on, 'YYYY-MM-DD') AS deploy_on,
  deploy_override_reason, launched_by, launched_at`;

const toRecord = (r: GradingRoundRow): GradingRoundRecord => ({
  id: r.id,
  gradingUnitId: r.grading_unit_id,
  year: r.year,
  workflowId: r.workflow_id,
  state: r.state,
  definitionIds: r.definition_ids,
  deployOn: r.deploy_on,
  deployOverrideReason: r.deploy_override_reason,
  launchedBy: r.launched_by,
  launchedAt: r.launched_at,
});

/** 晋位升级 rounds: one row per (grading unit, year), enforced by a unique constraint. */
@Injectable()
export class GradingRoundRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<GradingRoundRecord | null> {
    const rows: GradingRoundRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM grading_rounds WHERE id = $1`, [
      id,
    ]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Rounds of the unit in the given year (zero or one), read inside the launching transaction. */
  async findByUnitAndYear(gradingUnitId: string, year: number, manager?: EntityManager): Promise<GradingRoundRecord[]> {
    const rows: GradingRoundRow[] = await (manager ?? this.dataSource).query(
      `SELECT ${COLUMNS} FROM grading_rounds WHERE grading_unit_id = $1 AND year = $2`,
      [gradingUnitId, year],
    );
    return rows.map(toRecord);
  }

  /** Inserts the round; a second round for the same unit and year violates uq_grading_rounds_unit_year. */
  async insert(round: NewGradingRound, manager: EntityManager): Promise<GradingRoundRecord> {
    const rows: GradingRoundRow[] = await manager.query(
      `INSERT INTO grading_rounds (grading_unit_id, year, workflow_id, state, definition_ids, deploy_on,
                                   deploy_override_reason, launched_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [
        round.gradingUnitId,
        round.year,
        round.workflowId,
        round.state,
        JSON.stringify(round.definitionIds),
        round.deployOn,
        round.deployOverrideReason,
        round.launchedBy,
      ],
    );
    return toRecord(rows[0]!);
  }

  /** Moves the round from `from` to `to`; false when it is not in `from` (a retried activity). */
  async moveState(id: string, from: string, to: string, manager: EntityManager): Promise<boolean> {
    const rows = returnedRows(
      await manager.query(
        `UPDATE grading_rounds SET state = $3, updated_at = now() WHERE id = $1 AND state = $2 RETURNING id`,
        [id, from, to],
      ),
    );
    return rows.length > 0;
  }

  /** The sectors of the branches in scope: branches and general branches whose line reaches the unit. */
  async sectorsInScope(gradingUnitId: string): Promise<string[]> {
    const rows: { sector_code: string }[] = await this.dataSource.query(
      `SELECT DISTINCT sector_code FROM organisations
       WHERE grading_unit_id = $1 AND kind IN ('branch', 'general-branch') ORDER BY sector_code`,
      [gradingUnitId],
    );
    return rows.map((r) => r.sector_code);
  }
}
