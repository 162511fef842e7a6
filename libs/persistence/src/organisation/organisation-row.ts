import type { ManagementMode, OrganisationKind, StoredOrganisation } from '@cxzy/domain';

/** The columns every organisation query selects, as `o`, with the codes of its references. */
export const ORGANISATION_COLUMNS_SQL = `
  o.id, o.code, o.name, o.kind, o.sector_code, o.territorial_parent_id, o.vertical_department_id,
  o.management_mode, o.grading_unit_id, o.is_grading_unit, o.path`;

export interface OrganisationRow {
  id: string;
  code: string;
  name: string;
  kind: OrganisationKind;
  sector_code: string;
  territorial_parent_id: string | null;
  vertical_department_id: string | null;
  management_mode: number;
  grading_unit_id: string;
  is_grading_unit: boolean;
  path: string;
}

export const toStoredOrganisation = (row: OrganisationRow): StoredOrganisation => ({
  id: row.id,
  code: row.code,
  name: row.name,
  kind: row.kind,
  sectorCode: row.sector_code,
  territorialParentId: row.territorial_parent_id,
  verticalDepartmentId: row.vertical_department_id,
  managementMode: row.management_mode as ManagementMode,
  gradingUnitId: row.grading_unit_id,
  isGradingUnit: row.is_grading_unit,
  path: row.path,
});
