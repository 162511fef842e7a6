import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ManagementMode, OrganisationKind, ReadScope, StoredOrganisation } from '@cxzy/domain';
import { likeContaining, WhereBuilder, type Page, type PageRequest } from '../page.js';
import { whereInScope } from './read-scope.sql.js';
import { ORGANISATION_COLUMNS_SQL, toStoredOrganisation, type OrganisationRow } from './organisation-row.js';

export interface OrganisationFilter extends PageRequest {
  readonly sectorCode?: string;
  /** Only what the caller may see (absent: everything — for system work, never for a request). */
  readonly scope?: ReadScope;
  /** The materialised path of the subtree's root (see `findById`): the root and everything under it. */
  readonly subtreePath?: string;
  readonly managementMode?: ManagementMode;
  /** Part of the name or the code. */
  readonly text?: string;
}

/** An organisation with the codes and names of the organisations it refers to, for reading. */
export interface OrganisationRecord extends StoredOrganisation {
  readonly territorialParentCode: string | null;
  readonly verticalDepartmentCode: string | null;
  readonly gradingUnitCode: string;
}

interface RecordRow extends OrganisationRow {
  territorial_parent_code: string | null;
  vertical_department_code: string | null;
  grading_unit_code: string;
}

const SELECT_RECORDS = `
  SELECT ${ORGANISATION_COLUMNS_SQL}, tp.code AS territorial_parent_code, vd.code AS vertical_department_code,
         gu.code AS grading_unit_code
  FROM organisations o
  LEFT JOIN organisations tp ON tp.id = o.territorial_parent_id
  LEFT JOIN organisations vd ON vd.id = o.vertical_department_id
  JOIN organisations gu ON gu.id = o.grading_unit_id`;

const toRecord = (row: RecordRow): OrganisationRecord => ({
  ...toStoredOrganisation(row),
  territorialParentCode: row.territorial_parent_code,
  verticalDepartmentCode: row.vertical_department_code,
  gradingUnitCode: row.grading_unit_code,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
@Injectable()
export class OrganisationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: OrganisationFilter): Promise<Page<OrganisationRecord>> {
    const where = new WhereBuilder();
    if (filter.scope !== undefined) whereInScope(where, 'o', filter.scope);
    if (filter.sectorCode !== undefined) where.add('o.sector_code = ?', filter.sectorCode);
    // A literal prefix (paths hold only ids and '/'), so the text_pattern_ops index serves it.
    if (filter.subtreePath !== undefined) where.add('o.path LIKE ?', `${filter.subtreePath}%`);
    if (filter.managementMode !== undefined) where.add('o.management_mode = ?', filter.managementMode);
    if (filter.text !== undefined) {
      const pattern = likeContaining(filter.text);
      where.add('(o.name ILIKE ? OR o.code ILIKE ?)', pattern, pattern);
    }
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM organisations o ${where.sql}`,
      where.params,
    )) as [{ total: number }];
    const limit = where.param(filter.pageSize);
    const offset = where.param((filter.page - 1) * filter.pageSize);
    const rows: RecordRow[] = await this.dataSource.query(
      `${SELECT_RECORDS} ${where.sql} ORDER BY o.code LIMIT ${limit} OFFSET ${offset}`,
      where.params,
    );
    return { items: rows.map(toRecord), total };
  }

  async findById(id: string): Promise<OrganisationRecord | null> {
    const rows: RecordRow[] = await this.dataSource.query(`${SELECT_RECORDS} WHERE o.id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async findByCode(code: string): Promise<OrganisationRecord | null> {
    const rows: RecordRow[] = await this.dataSource.query(`${SELECT_RECORDS} WHERE o.code = $1`, [code]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The organisation and every one it can reach through its references: all `resolveLines` needs, in one query. */
  async loadAuthorities(id: string): Promise<StoredOrganisation[]> {
    const rows: OrganisationRow[] = await this.dataSource.query(
      `WITH RECURSIVE reachable AS (
         SELECT o.* FROM organisations o WHERE o.id = $1
         UNION
         SELECT o.* FROM organisations o
         JOIN reachable r ON o.id IN (r.territorial_parent_id, r.vertical_department_id, r.grading_unit_id)
       )
       SELECT ${ORGANISATION_COLUMNS_SQL} FROM reachable o`,
      [id],
    );
    return rows.map(toStoredOrganisation);
  }

  /**
   * The grading unit (its own id for a unit) of each organisation named by id or code; unknown ones
   * are left out. Keys are the ids and codes asked for.
   */
  async gradingUnitsOf(ids: readonly string[], codes: readonly string[] = []): Promise<Map<string, string>> {
    const rows: { id: string; code: string; unit: string }[] = await this.dataSource.query(
      `SELECT id, code, CASE WHEN is_grading_unit THEN id ELSE grading_unit_id END AS unit
       FROM organisations WHERE id = ANY($1::uuid[]) OR code = ANY($2::text[])`,
      [ids.filter((id) => UUID.test(id)), codes],
    );
    const units = new Map<string, string>();
    for (const r of rows) {
      if (ids.includes(r.id)) units.set(r.id, r.unit);
      if (codes.includes(r.code)) units.set(r.code, r.unit);
    }
    return units;
  }

  /**
   * Of `ids`, the grading units at the top of the registry: no territorial parent and no vertical
   * department above them (the organisation(s) owning the registry, whose administrators change the
   * registry-wide settings).
   */
  async topGradingUnitsAmong(ids: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM organisations
       WHERE id = ANY($1::uuid[]) AND is_grading_unit
         AND territorial_parent_id IS NULL AND vertical_department_id IS NULL`,
      [ids.filter((id) => UUID.test(id))],
    );
    return rows.map((r) => r.id);
  }

  /** Id, kind and grading-unit flag by code, for rows of other tables that name organisations by code. */
  async findRefsByCodes(
    codes: readonly string[],
  ): Promise<Map<string, { id: string; kind: OrganisationKind; isGradingUnit: boolean }>> {
    const rows: { id: string; code: string; kind: OrganisationKind; is_grading_unit: boolean }[] =
      await this.dataSource.query('SELECT id, code, kind, is_grading_unit FROM organisations WHERE code = ANY($1)', [
        codes,
      ]);
    return new Map(rows.map((r) => [r.code, { id: r.id, kind: r.kind, isGradingUnit: r.is_grading_unit }]));
  }
}
