import { isImportRejectedError, type ImportIssue } from '../import/import-issue.js';
import type { TabularRow } from '../import/tabular-columns.js';
import { planOrganisationImport, type StoredOrganisation } from './organisation-import.plan.js';

const HEADERS = [
  'code',
  'name',
  'kind',
  'sector_code',
  'territorial_parent_code',
  'vertical_department_code',
  'management_mode',
  'grading_unit_code',
  'is_grading_unit',
];
const SECTORS = [
  { code: 'agency', nameZhCN: '机关事业单位' },
  { code: 'village', nameZhCN: '行政村' },
  { code: 'window-service', nameZhCN: '窗口单位和服务行业' },
];

/** Data rows numbered as a spreadsheet does: the header is row 1. */
const table = (lines: string[][]): TabularRow[] => lines.map((cells, i) => ({ rowNumber: i + 2, cells }));

const COUNTY: string[][] = [
  ['V1', '青山村党支部', 'branch', 'village', 'T1', '', '1', '', ''],
  ['T1', '东镇党委', 'committee', 'agency', 'QS', '', '', '', ''],
  ['QS', '中共青山县委员会', 'committee', 'agency', '', '', '1', '', 'true'],
  ['CTAX', '市税务局党委', 'committee', 'window-service', '', '', '', '', 'true'],
  ['TAX', '县税务局党委', 'committee', 'window-service', 'QS', 'CTAX', '3', 'CTAX', ''],
  ['TAX1', '县税务局第一党支部', 'branch', 'window-service', 'TAX', '', '1', '', ''],
];

function plan(lines: string[][], existing: StoredOrganisation[] = [], headers = HEADERS) {
  let n = 0;
  return planOrganisationImport({
    headers,
    rows: table(lines),
    existing,
    sectors: SECTORS,
    newId: () => `id-${existing.length}-${n++}`,
  });
}

function rejected(lines: string[][], existing: StoredOrganisation[] = [], headers = HEADERS): ImportIssue[] {
  try {
    plan(lines, existing, headers);
  } catch (error) {
    if (isImportRejectedError(error)) return [...error.issues];
    throw error;
  }
  throw new Error('expected the import to be refused');
}
const where = (issues: ImportIssue[]) => issues.map((i) => `${i.row}:${i.column}:${i.code}`);

describe('planOrganisationImport — 批量导入组织', () => {
  it('creates every row, parents after children included, deriving grading units and territorial paths', () => {
    const result = plan(COUNTY);
    expect([result.created, result.updated, result.unchanged]).toEqual([6, 0, 0]);
    const byCode = new Map(result.toWrite.map((o) => [o.code, o]));
    const id = (code: string) => byCode.get(code)!.id;
    expect(byCode.get('V1')).toMatchObject({ gradingUnitId: id('QS'), path: `/${id('QS')}/${id('T1')}/${id('V1')}/` });
    expect(byCode.get('TAX1')).toMatchObject({ gradingUnitId: id('CTAX'), territorialParentId: id('TAX') });
    expect(byCode.get('QS')).toMatchObject({ gradingUnitId: id('QS'), isGradingUnit: true, managementMode: 1 });
  });

  it('changes nothing when the same file comes again, and counts what changed otherwise', () => {
    const stored = plan(COUNTY).toWrite;
    expect(plan(COUNTY, [...stored])).toMatchObject({ toWrite: [], created: 0, updated: 0, unchanged: 6 });

    const renamed = COUNTY.map((r) => (r[0] === 'V1' ? ['V1', '青山村党总支', 'general-branch', ...r.slice(3)] : r));
    const again = plan(renamed, [...stored]);
    expect([again.created, again.updated, again.unchanged]).toEqual([0, 1, 5]);
    expect(again.toWrite.map((o) => [o.code, o.name, o.id])).toEqual([
      ['V1', '青山村党总支', stored.find((o) => o.code === 'V1')!.id],
    ]);
  });

  it('re-derives the paths of stored descendants when a file moves their parent', () => {
    const stored = plan([...COUNTY, ['T2', '西镇党委', 'committee', 'agency', 'QS', '', '', '', '']]).toWrite;
    const moved = plan([['T1', '东镇党委', 'committee', 'agency', 'T2', '', '', '', '']], [...stored]);
    expect([moved.updated, moved.recomputed]).toEqual([1, 1]);
    const t2 = stored.find((o) => o.code === 'T2')!;
    expect(moved.toWrite.find((o) => o.code === 'V1')!.path.startsWith(t2.path)).toBe(true);
  });

  it('accepts Chinese headers and values', () => {
    const headers = ['组织编码', '组织名称', '组织类别', '所属领域', '上级党组织编码', '管理模式', '是否组织实施单位'];
    const result = plan(
      [
        ['QS', '青山县委', '党委', '机关事业单位', '', '', '是'],
        ['V1', '青山村党支部', '党支部', '行政村', 'QS', '1', '否'],
      ],
      [],
      headers,
    );
    expect(result.toWrite.map((o) => [o.code, o.kind, o.sectorCode])).toEqual([
      ['QS', 'committee', 'agency'],
      ['V1', 'branch', 'village'],
    ]);
  });

  it('reports every problem of every row at once, with row and column', () => {
    const issues = rejected([
      ['QS', '青山县委', 'committee', 'agency', '', '', '', '', 'true'],
      ['A', '', 'cell', 'farm', 'NOWHERE', '', '4', '', 'maybe'],
      ['B', 'B 支部', 'branch', 'village', 'NOWHERE', '', '', '', ''],
      ['QS', '重复', 'committee', 'agency', '', '', '', '', 'true'],
      ['bad code!', 'x', 'branch', 'village', 'QS', '', '', '', ''],
      ['C', 'C 支部', 'branch', 'village', 'QS', '', '3', '', ''],
    ]);
    expect(where(issues)).toEqual([
      '3:is_grading_unit:IMPORT_NOT_ALLOWED',
      '3:kind:IMPORT_NOT_ALLOWED',
      '3:management_mode:IMPORT_NOT_ALLOWED',
      '3:name:IMPORT_REQUIRED',
      '3:sector_code:IMPORT_UNKNOWN_SECTOR',
      '3:territorial_parent_code:IMPORT_UNKNOWN_ORGANISATION',
      '4:territorial_parent_code:IMPORT_UNKNOWN_ORGANISATION',
      '5:code:IMPORT_DUPLICATE_CODE',
      '6:code:IMPORT_CODE_FORMAT',
      '7:vertical_department_code:ORGANISATION_VERTICAL_DEPARTMENT_REQUIRED',
    ]);
    const unknownParent = issues.find((i) => i.row === 4)!;
    expect(unknownParent.text.zhCN).toBe('上级党组织编码“NOWHERE”在文件和系统中都不存在');
    expect(unknownParent.text.en).toBe('territorial_parent_code "NOWHERE" is neither in the file nor in the system');
  });

  it('refuses an unknown sector', () => {
    const issues = rejected([['QS', '青山县委', 'committee', 'farm', '', '', '', '', 'true']]);
    expect(where(issues)).toEqual(['2:sector_code:IMPORT_UNKNOWN_SECTOR']);
  });

  it('refuses a cycle, on every row in it, naming the codes', () => {
    const issues = rejected([
      ['QS', '青山县委', 'committee', 'agency', '', '', '', '', 'true'],
      ['A', 'A', 'committee', 'agency', 'C', '', '', '', ''],
      ['B', 'B', 'committee', 'agency', 'A', '', '', '', ''],
      ['C', 'C', 'committee', 'agency', 'B', '', '', '', ''],
      ['D', 'D', 'branch', 'agency', 'C', '', '', '', ''],
    ]);
    expect(where(issues)).toEqual([
      '3:territorial_parent_code:ORGANISATION_LINE_CYCLE',
      '4:territorial_parent_code:ORGANISATION_LINE_CYCLE',
      '5:territorial_parent_code:ORGANISATION_LINE_CYCLE',
    ]);
    expect(issues[0]!.text.zhCN).toContain('A → C → B → A');
  });

  it('refuses a cycle that only the leading line makes (a mode-3 unit whose department sits under it)', () => {
    const issues = rejected([
      ['QS', '青山县委', 'committee', 'agency', '', '', '', '', 'true'],
      ['TAX', '县税务局党委', 'committee', 'window-service', 'QS', 'DEPT', '3', '', ''],
      ['DEPT', '税务系统党委', 'committee', 'window-service', 'TAX', '', '', '', ''],
    ]);
    expect(where(issues)).toEqual([
      '3:vertical_department_code:ORGANISATION_LINE_CYCLE',
      '4:territorial_parent_code:ORGANISATION_LINE_CYCLE',
    ]);
  });

  it('refuses an organisation whose line reaches no grading unit, and a wrong declared grading unit', () => {
    const issues = rejected([
      ['ORPHAN', '无上级党委', 'committee', 'agency', '', '', '', '', ''],
      ...COUNTY.map((r) => (r[0] === 'TAX1' ? [...r.slice(0, 7), 'QS', ''] : r)),
    ]);
    expect(where(issues)).toEqual([
      '2:territorial_parent_code:ORGANISATION_LINE_BROKEN',
      '8:grading_unit_code:ORGANISATION_GRADING_UNIT_MISMATCH',
    ]);
  });

  it('blames the row that breaks a stored organisation outside the file', () => {
    const stored = plan(COUNTY).toWrite;
    const issues = rejected([['T1', '东镇党委', 'branch', 'agency', 'QS', '', '', '', '']], [...stored]);
    expect(where(issues)).toEqual(['2:kind:ORGANISATION_PARENT_KIND']);
    expect(issues[0]!.text.zhCN).toBe('组织 V1（党支部）不能隶属于 T1（党支部）');
  });

  it('checks the header before anything else', () => {
    const issues = rejected([['QS', 'x']], [], ['code', 'title']);
    expect(where(issues)).toEqual([
      '1:title:IMPORT_UNKNOWN_COLUMN',
      '1:name:IMPORT_MISSING_COLUMN',
      '1:kind:IMPORT_MISSING_COLUMN',
      '1:sector_code:IMPORT_MISSING_COLUMN',
    ]);
    expect(where(rejected([]))).toEqual(['1:null:IMPORT_EMPTY']);
  });
});
