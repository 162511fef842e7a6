import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { StoredOrganisation } from '@cxzy/domain';
import { lockRegistry } from '../registry-lock.js';
import { ORGANISATION_COLUMNS_SQL, toStoredOrganisation, type OrganisationRow } from './organisation-row.js';

export interface OrganisationImportContext {
  readonly existing: StoredOrganisation[];
  readonly sectors: { code: string; nameZhCN: string }[];
}

/** The database side of 批量导入组织: one transaction, one lock, one read of the registry, one write. */
@Injectable()
export class OrganisationImportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `plan` against everything stored, under the registry lock, and writes what it returns
   * unless `dryRun`. A `plan` that throws rolls everything back: all or nothing.
   */
  importWith<P extends { toWrite: readonly StoredOrganisation[] }>(
    plan: (context: OrganisationImportContext) => P,
    dryRun: boolean,
  ): Promise<P> {
    return this.dataSource.transaction(async (manager) => {
      await lockRegistry(manager);
      const rows: OrganisationRow[] = await manager.query(`SELECT ${ORGANISATION_COLUMNS_SQL} FROM organisations o`);
      const sectors: { code: string; name_zh_cn: string }[] = await manager.query(
        'SELECT code, name_zh_cn FROM sectors',
      );
      const result = plan({
        existing: rows.map(toStoredOrganisation),
        sectors: sectors.map((s) => ({ code: s.code, nameZhCN: s.name_zh_cn })),
      });
      if (!dryRun) await upsertOrganisations(manager, result.toWrite);
      return result;
    });
  }
}

/**
 * One statement for any number of rows: the columns travel as arrays (`unnest`), so there is no
 * parameter limit and no per-row round trip. Foreign keys are checked at the end of the statement,
 * so rows may refer to rows later in the same batch.
 */
async function upsertOrganisations(manager: EntityManager, rows: readonly StoredOrganisation[]): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO organisations (id, code, name, kind, sector_code, territorial_parent_id, vertical_department_id,
                                management_mode, grading_unit_id, is_grading_unit, path)
     SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::text[], $4::varchar[], $5::varchar[], $6::uuid[],
                          $7::uuid[], $8::smallint[], $9::uuid[], $10::boolean[], $11::text[])
     ON CONFLICT (id) DO UPDATE SET
       code = EXCLUDED.code, name = EXCLUDED.name, kind = EXCLUDED.kind, sector_code = EXCLUDED.sector_code,
       territorial_parent_id = EXCLUDED.territorial_parent_id,
       vertical_department_id = EXCLUDED.vertical_department_id, management_mode = EXCLUDED.management_mode,
       grading_unit_id = EXCLUDED.grading_unit_id, is_grading_unit = EXCLUDED.is_grading_unit,
       path = EXCLUDED.path, updated_at = now()`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.code),
      rows.map((r) => r.name),
      rows.map((r) => r.kind),
      rows.map((r) => r.sectorCode),
      rows.map((r) => r.territorialParentId),
      rows.map((r) => r.verticalDepartmentId),
      rows.map((r) => r.managementMode),
      rows.map((r) => r.gradingUnitId),
      rows.map((r) => r.isGradingUnit),
      rows.map((r) => r.path),
    ],
  );
}
