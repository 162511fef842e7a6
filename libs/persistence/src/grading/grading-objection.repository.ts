import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { returnedRows } from '../auth/returned-rows.util.js';

export interface ObjectionRow {
  readonly id: string;
  readonly roundId: string;
  readonly organisationId: string;
  readonly organisationCode: string;
  readonly filedVia: string;
  readonly filedBy: string;
  readonly realName: string;
  readonly contact: string;
  readonly reason: string;
  readonly filedOn: string;
  readonly status: 'open' | 'upheld' | 'rejected';
  readonly decidedBy: string | null;
  readonly decidedOn: string | null;
  readonly note: string | null;
  readonly regrade: unknown;
}

const OBJECTION_COLUMNS = `o.id, o.round_id, o.organisation_id, org.code AS organisation_code, o.filed_via, o.filed_by,
  o.real_name, o.contact, o.reason, to_char(o.filed_on, 'YYYY-MM-DD') AS filed_on, o.status, o.decided_by,
  to_char(o.decided_on, 'YYYY-MM-DD') AS decided_on, o.note, o.regrade`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const toObjection = (r: any): ObjectionRow => ({
  id: r.id,
  roundId: r.round_id,
  organisationId: r.organisation_id,
  organisationCode: r.organisation_code,
  filedVia: r.filed_via,
  filedBy: r.filed_by,
  realName: r.real_name,
  contact: r.contact,
  reason: r.reason,
  filedOn: r.filed_on,
  status: r.status,
  decidedBy: r.decided_by,
  decidedOn: r.decided_on,
  note: r.note,
  regrade: r.regrade,
});

/** 公示 objections to a round's tiers: filed by branches or the public, resolved once by a supervisor. */
@Injectable()
export class GradingObjectionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    o: {
      roundId: string;
      organisationId: string;
      filedVia: string;
      filedBy: string;
      realName: string;
      contact: string;
      reason: string;
      filedOn: string;
    },
    manager: EntityManager,
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO grading_objections (round_id, organisation_id, filed_via, filed_by, real_name, contact, reason, filed_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [o.roundId, o.organisationId, o.filedVia, o.filedBy, o.realName, o.contact, o.reason, o.filedOn],
    );
    return rows[0]!.id;
  }

  async find(roundId: string, id: string, manager?: EntityManager): Promise<ObjectionRow | null> {
    const rows: unknown[] = await (manager ?? this.dataSource).query(
      `SELECT ${OBJECTION_COLUMNS} FROM grading_objections o JOIN organisations org ON org.id = o.organisation_id
       WHERE o.round_id = $1 AND o.id = $2`,
      [roundId, id],
    );
    return rows[0] ? toObjection(rows[0]) : null;
  }

  async page(roundId: string, limit: number, offset: number): Promise<ObjectionRow[]> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT ${OBJECTION_COLUMNS} FROM grading_objections o JOIN organisations org ON org.id = o.organisation_id
       WHERE o.round_id = $1 ORDER BY o.created_at, o.id LIMIT $2 OFFSET $3`,
      [roundId, limit, offset],
    );
    return rows.map(toObjection);
  }

  async resolve(
    id: string,
    r: { status: string; decidedBy: string; decidedOn: string; note: string; regrade: unknown },
    manager: EntityManager,
  ): Promise<boolean> {
    const rows = returnedRows(
      await manager.query(
        `UPDATE grading_objections SET status = $2, decided_by = $3, decided_on = $4, note = $5, regrade = $6
         WHERE id = $1 AND status = 'open' RETURNING id`,
        [id, r.status, r.decidedBy, r.decidedOn, r.note, r.regrade === null ? null : JSON.stringify(r.regrade)],
      ),
    );
    return rows.length > 0;
  }

  async counts(roundId: string, manager?: EntityManager): Promise<Record<string, number>> {
    const rows: { status: string; count: string }[] = await (manager ?? this.dataSource).query(
      `SELECT status, count(*) AS count FROM grading_objections WHERE round_id = $1 GROUP BY status`,
      [roundId],
    );
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.count)]));
  }
}
