import { ImportRejectedError, issue, sortIssues, type ImportIssue } from '../import/import-issue.js';
import { checkRowCount, checkRowWidths, mapColumns, type TabularRow } from '../import/tabular-columns.js';
import type { Organisation } from './organisation.js';
import { analyseOrganisationGraph } from './organisation-graph.js';
import {
  COLUMN_OF_FIELD,
  ORGANISATION_COLUMNS,
  parseOrganisationRow,
  type OrganisationRow,
  type RowReferences,
} from './organisation-import-row.js';
import type { OrganisationNode } from './organisation-rules.js';

/** An organisation as stored: the model plus its materialised territorial path. */
export interface StoredOrganisation extends Organisation {
  readonly path: string;
}

export interface SectorName {
  readonly code: string;
  readonly nameZhCN: string;
}

export interface OrganisationImportInput {
  readonly headers: readonly string[];
  readonly rows: readonly TabularRow[];
  /** Every organisation already stored: the file is checked together with them. */
  readonly existing: readonly StoredOrganisation[];
  readonly sectors: readonly SectorName[];
  readonly newId: () => string;
}

export interface OrganisationImportPlan {
  /** Rows to insert or update, all in one statement (new, changed, and re-derived ones). */
  readonly toWrite: readonly StoredOrganisation[];
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Stored organisations not in the file whose path or grading unit changed because of it. */
  readonly recomputed: number;
}

/**
 * 批量导入组织 — checks a whole file against what is stored and plans the writes, or throws
 * ImportRejectedError with every problem (row, column, reason). Keyed by `code`: a known code is
 * updated in place, an unknown one created, an identical row left alone, so importing the same
 * file twice writes nothing the second time. Rows may refer to rows further down. Nothing is
 * ever deleted by an import.
 */
export function planOrganisationImport(input: OrganisationImportInput): OrganisationImportPlan {
  const { columns, issues: headerIssues } = mapColumns(input.headers, ORGANISATION_COLUMNS);
  const fileIssues = [...headerIssues, ...checkRowCount(input.rows)];
  if (fileIssues.length > 0) throw new ImportRejectedError(fileIssues);

  const issues: ImportIssue[] = checkRowWidths(input.headers, input.rows);
  const existingByCode = new Map(input.existing.map((o) => [o.code, o]));
  const rowOfCode = new Map<string, number>();
  const failedRows = new Set<number>();
  const parsedRows: OrganisationRow[] = [];
  const brokenRowReferences: RowReferences[] = [];
  for (const row of input.rows) {
    const before = issues.length;
    const { parsed, code, references } = parseOrganisationRow(row, columns, issues);
    const first = code === null ? undefined : rowOfCode.get(code);
    if (code !== null && first !== undefined) {
      issues.push(
        issue(
          row.rowNumber,
          'code',
          'IMPORT_DUPLICATE_CODE',
          `组织编码 ${code} 与第 ${first} 行重复`,
          `code ${code} repeats row ${first}`,
        ),
      );
    } else if (code !== null) {
      rowOfCode.set(code, row.rowNumber);
    }
    if (issues.length > before) {
      failedRows.add(row.rowNumber);
      brokenRowReferences.push(references);
    } else if (parsed) {
      parsedRows.push(parsed);
    }
  }

  const newIds = new Map<string, string>();
  for (const code of rowOfCode.keys()) if (!existingByCode.has(code)) newIds.set(code, input.newId());
  const idOf = (code: string) => existingByCode.get(code)?.id ?? newIds.get(code);
  const codeOf = new Map<string, string>([
    ...input.existing.map((o) => [o.id, o.code] as const),
    ...[...newIds].map(([c, id]) => [id, c] as const),
  ]);

  const nodes = new Map<string, OrganisationNode>(input.existing.map((o) => [o.id, toNode(o)]));
  const rowOfId = new Map<string, OrganisationRow>();
  const sectorOf = sectorResolver(input.sectors);
  // Rows with other problems still get their references checked: every problem is reported at once.
  for (const references of brokenRowReferences) resolveReferences(references, idOf, sectorOf, issues);
  for (const row of parsedRows) {
    const node = resolveRow(row, idOf, sectorOf, issues);
    if (!node) {
      failedRows.add(row.row);
      continue;
    }
    nodes.set(node.id, node);
    rowOfId.set(node.id, row);
  }

  const graph = analyseOrganisationGraph(nodes);
  for (const { orgId, error } of graph.problems) {
    // Unknown codes were reported on their cells; a reference to a row with problems is not a new problem.
    if (error.code === 'ORGANISATION_REFERENCE_DANGLING') continue;
    const row = rowOfId.get(orgId);
    if (row) {
      issues.push(
        issue(row.row, COLUMN_OF_FIELD[error.field ?? ''] ?? null, error.code, error.text.zhCN, error.text.en),
      );
      continue;
    }
    // A stored organisation outside the file, broken by a row that changed the one it refers to.
    const target =
      error.field === 'territorialParentId' || error.field === 'verticalDepartmentId'
        ? nodes.get(orgId)?.[error.field]
        : null;
    const blamed = target ? rowOfId.get(target) : undefined;
    if (blamed && error.code !== 'ORGANISATION_LINE_CYCLE') {
      issues.push(issue(blamed.row, 'kind', error.code, error.text.zhCN, error.text.en));
    }
  }
  for (const [id, row] of rowOfId) {
    const derived = graph.gradingUnitOf.get(id);
    if (row.gradingUnitCode === null || derived === undefined || codeOf.get(derived) === row.gradingUnitCode) continue;
    issues.push(
      issue(
        row.row,
        'grading_unit_code',
        'ORGANISATION_GRADING_UNIT_MISMATCH',
        `组织 ${row.code} 的领导线到达组织实施单位 ${codeOf.get(derived)}，与填写的 ${row.gradingUnitCode} 不一致`,
        `organisation ${row.code}: its leading line reaches grading unit ${codeOf.get(derived)}, not ${row.gradingUnitCode}`,
      ),
    );
  }
  if (issues.length > 0) throw new ImportRejectedError(sortIssues(issues));
  return diff(nodes, graph, input.existing, rowOfId);
}

function resolveRow(
  row: OrganisationRow,
  idOf: (code: string) => string | undefined,
  sectorOf: (value: string) => string | undefined,
  issues: ImportIssue[],
): OrganisationNode | null {
  const before = issues.length;
  const { sectorCode, territorialParentId, verticalDepartmentId } = resolveReferences(row, idOf, sectorOf, issues);
  if (issues.length > before || !sectorCode) return null;
  return {
    id: idOf(row.code)!,
    code: row.code,
    name: row.name,
    kind: row.kind,
    sectorCode,
    territorialParentId,
    verticalDepartmentId,
    managementMode: row.managementMode,
    isGradingUnit: row.isGradingUnit,
  };
}

/** Sector and organisation codes to what they name; an unknown one is an issue on its cell. */
function resolveReferences(
  refs: RowReferences,
  idOf: (code: string) => string | undefined,
  sectorOf: (value: string) => string | undefined,
  issues: ImportIssue[],
) {
  const sectorCode = refs.sector === null ? undefined : sectorOf(refs.sector);
  if (refs.sector !== null && !sectorCode) {
    issues.push(
      issue(
        refs.row,
        'sector_code',
        'IMPORT_UNKNOWN_SECTOR',
        `所属领域“${refs.sector}”不存在`,
        `sector "${refs.sector}" does not exist`,
      ),
    );
  }
  const reference = (code: string | null, column: string, zhCN: string): string | null => {
    if (code === null) return null;
    const id = idOf(code);
    if (id) return id;
    issues.push(
      issue(
        refs.row,
        column,
        'IMPORT_UNKNOWN_ORGANISATION',
        `${zhCN}“${code}”在文件和系统中都不存在`,
        `${column} "${code}" is neither in the file nor in the system`,
      ),
    );
    return null;
  };
  return {
    sectorCode,
    territorialParentId: reference(refs.territorialParentCode, 'territorial_parent_code', '上级党组织编码'),
    verticalDepartmentId: reference(refs.verticalDepartmentCode, 'vertical_department_code', '行业主管部门党组织编码'),
    gradingUnitId: reference(refs.gradingUnitCode, 'grading_unit_code', '组织实施单位编码'),
  };
}

/** A sector is named in a file by its code or its Chinese name. */
function sectorResolver(sectors: readonly SectorName[]): (value: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const s of sectors) {
    byName.set(s.code.toLowerCase(), s.code);
    byName.set(s.nameZhCN, s.code);
  }
  return (value) => byName.get(value) ?? byName.get(value.toLowerCase());
}

function diff(
  nodes: ReadonlyMap<string, OrganisationNode>,
  graph: ReturnType<typeof analyseOrganisationGraph>,
  existing: readonly StoredOrganisation[],
  rowOfId: ReadonlyMap<string, OrganisationRow>,
): OrganisationImportPlan {
  const existingById = new Map(existing.map((o) => [o.id, o]));
  const toWrite: StoredOrganisation[] = [];
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  let recomputed = 0;
  for (const [id, node] of nodes) {
    const gradingUnitId = graph.gradingUnitOf.get(id);
    const path = graph.pathOf.get(id);
    if (gradingUnitId === undefined || path === undefined) {
      throw new Error(`import plan: ${node.code} has no derived grading unit or path although no problem was found`);
    }
    const stored: StoredOrganisation = { ...node, gradingUnitId, path };
    const before = existingById.get(id);
    const inFile = rowOfId.has(id);
    if (!before) {
      created++;
      toWrite.push(stored);
    } else if (sameOrganisation(before, stored)) {
      if (inFile) unchanged++;
    } else {
      toWrite.push(stored);
      if (inFile) updated++;
      else recomputed++;
    }
  }
  return { toWrite, created, updated, unchanged, recomputed };
}

const toNode = ({ gradingUnitId: _unit, path: _path, ...node }: StoredOrganisation): OrganisationNode => node;

const sameOrganisation = (a: StoredOrganisation, b: StoredOrganisation): boolean =>
  a.code === b.code &&
  a.name === b.name &&
  a.kind === b.kind &&
  a.sectorCode === b.sectorCode &&
  a.territorialParentId === b.territorialParentId &&
  a.verticalDepartmentId === b.verticalDepartmentId &&
  a.managementMode === b.managementMode &&
  a.gradingUnitId === b.gradingUnitId &&
  a.isGradingUnit === b.isGradingUnit &&
  a.path === b.path;
