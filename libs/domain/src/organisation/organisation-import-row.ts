import { booleanCell, choiceCell, codeCell, requiredText, type CellContext } from '../import/cell-parsers.js';
import type { ImportIssue } from '../import/import-issue.js';
import type { ColumnMap, ColumnSpec, TabularRow } from '../import/tabular-columns.js';
import { KIND_NAMES, ORGANISATION_KINDS, type ManagementMode, type OrganisationKind } from './organisation.js';

/** The columns of an organisation import file (English keys; the Chinese headers are accepted too). */
export const ORGANISATION_COLUMNS: readonly ColumnSpec[] = [
  { key: 'code', aliases: ['组织编码', '组织代码'], required: true },
  { key: 'name', aliases: ['组织名称'], required: true },
  { key: 'kind', aliases: ['组织类别', '组织类型'], required: true },
  { key: 'sector_code', aliases: ['所属领域', '领域'], required: true },
  { key: 'territorial_parent_code', aliases: ['上级党组织编码'], required: false },
  { key: 'vertical_department_code', aliases: ['行业主管部门党组织编码'], required: false },
  { key: 'management_mode', aliases: ['管理模式'], required: false },
  { key: 'grading_unit_code', aliases: ['组织实施单位编码'], required: false },
  { key: 'is_grading_unit', aliases: ['是否组织实施单位'], required: false },
];

const LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  ORGANISATION_COLUMNS.map((c) => [c.key, c.aliases[0] ?? c.key]),
);

/** The references of a row, as written: checked against the file and the registry even when other cells are wrong. */
export interface RowReferences {
  readonly row: number;
  readonly sector: string | null;
  readonly territorialParentCode: string | null;
  readonly verticalDepartmentCode: string | null;
  readonly gradingUnitCode: string | null;
}

/** What one row says, references still as codes. */
export interface OrganisationRow {
  readonly row: number;
  readonly code: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  /** A sector code, or a sector's Chinese name; resolved against the sectors by the plan. */
  readonly sector: string;
  readonly territorialParentCode: string | null;
  readonly verticalDepartmentCode: string | null;
  readonly managementMode: ManagementMode;
  readonly gradingUnitCode: string | null;
  readonly isGradingUnit: boolean;
}

const KINDS = new Map<string, OrganisationKind>(
  ORGANISATION_KINDS.flatMap((kind) => [
    [kind, kind],
    [KIND_NAMES[kind].zhCN, kind],
  ]),
);
const MODES = new Map<string, ManagementMode>([
  ['1', 1],
  ['2', 2],
  ['3', 3],
]);

/**
 * Reads one row; every problem goes to `issues`. `parsed` is set only when the row is complete;
 * `code` whenever the code cell is valid (so other rows may still refer to a row with problems).
 * `management_mode` defaults to 1 (everything territorial) and `is_grading_unit` to false.
 */
export function parseOrganisationRow(
  row: TabularRow,
  columns: ColumnMap,
  issues: ImportIssue[],
): { parsed: OrganisationRow | null; code: string | null; references: RowReferences } {
  const before = issues.length;
  const at = (column: string): CellContext => ({ row: row.rowNumber, column, label: LABELS[column] ?? column, issues });
  const value = (column: string) => columns.cell(row, column);

  const code = codeCell(value('code'), at('code'), true);
  const name = requiredText(value('name'), at('name'), 100);
  const kind = choiceCell(value('kind'), at('kind'), KINDS, null);
  const sector = requiredText(value('sector_code'), at('sector_code'), 40);
  const territorialParentCode = codeCell(value('territorial_parent_code'), at('territorial_parent_code'), false);
  const verticalDepartmentCode = codeCell(value('vertical_department_code'), at('vertical_department_code'), false);
  const managementMode = choiceCell(value('management_mode'), at('management_mode'), MODES, 1);
  const gradingUnitCode = codeCell(value('grading_unit_code'), at('grading_unit_code'), false);
  const isGradingUnit = booleanCell(value('is_grading_unit'), at('is_grading_unit'));

  const references = { row: row.rowNumber, sector, territorialParentCode, verticalDepartmentCode, gradingUnitCode };
  if (issues.length > before || !code || !name || !kind || !sector || !managementMode || isGradingUnit === null) {
    return { parsed: null, code, references };
  }
  const parsed: OrganisationRow = {
    row: row.rowNumber,
    code,
    name,
    kind,
    sector,
    territorialParentCode,
    verticalDepartmentCode,
    managementMode,
    gradingUnitCode,
    isGradingUnit,
  };
  return { parsed, code, references };
}

/** The file column that holds each reference of the model, for pointing users at the right cell. */
export const COLUMN_OF_FIELD: Readonly<Record<string, string>> = {
  territorialParentId: 'territorial_parent_code',
  verticalDepartmentId: 'vertical_department_code',
  gradingUnitId: 'grading_unit_code',
  isGradingUnit: 'is_grading_unit',
  managementMode: 'management_mode',
  kind: 'kind',
};
