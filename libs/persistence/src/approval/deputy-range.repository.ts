import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { returnedRows } from '../auth/returned-rows.util.js';

export interface DeputyRangeRow {
  readonly id: string;
  readonly userId: string;
  readonly deputyId: string;
  readonly from: string;
  readonly until: string;
}

const COLUMNS = `id, user_id AS "userId", deputy_id AS "deputyId",
  to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "from",
  to_char(ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "until"`;

/** 代理 ranges: who stands in for whom, when. */
@Injectable()
export class DeputyRangeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A user's ranges, locked for the transaction so two overlapping ranges cannot both be added. */
  async ofUserForUpdate(manager: EntityManager, userId: string): Promise<DeputyRangeRow[]> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('approval_deputies:' || $1))`, [userId]);
    return manager.query(`SELECT ${COLUMNS} FROM approval_deputies WHERE user_id = $1 ORDER BY starts_at`, [userId]);
  }

  ofUser(userId: string): Promise<DeputyRangeRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM approval_deputies WHERE user_id = $1 ORDER BY starts_at`, [
      userId,
    ]);
  }

  async insert(manager: EntityManager, range: Omit<DeputyRangeRow, 'id'>): Promise<DeputyRangeRow> {
    const [row] = (await manager.query(
      `INSERT INTO approval_deputies (user_id, deputy_id, starts_at, ends_at) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [range.userId, range.deputyId, range.from, range.until],
    )) as DeputyRangeRow[];
    return row as DeputyRangeRow;
  }

  /** Deletes one of the user's ranges; null when there is no such range of theirs. */
  async delete(manager: EntityManager, userId: string, id: string): Promise<DeputyRangeRow | null> {
    const rows = returnedRows<DeputyRangeRow>(
      await manager.query(`DELETE FROM approval_deputies WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`, [
        id,
        userId,
      ]),
    );
    return rows[0] ?? null;
  }

  /** The ranges covering `at` for these users. */
  covering(userIds: readonly string[], at: string): Promise<DeputyRangeRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM approval_deputies WHERE user_id = ANY($1) AND starts_at <= $2 AND $2 < ends_at`,
      [userIds, at],
    );
  }
}
