import { issue, type ImportIssue } from './import-issue.js';

/** A column an import understands: its key (the English header) and the Chinese headers accepted for it. */
export interface ColumnSpec {
  readonly key: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
}

/** A data row of a file, cells as text, numbered as the spreadsheet numbers it (the header is row 1). */
export interface TabularRow {
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

export interface ColumnMap {
  /** The text of a cell of `row` by column key ('' when the column is absent or the cell empty), trimmed. */
  cell(row: TabularRow, key: string): string;
}

export const MAX_IMPORT_ROWS = 100_000;

const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Maps the header row onto the columns; unknown, repeated and missing required columns are issues on row 1. */
export function mapColumns(
  headers: readonly string[],
  specs: readonly ColumnSpec[],
): { columns: ColumnMap; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const indexOf = new Map<string, number>();
  headers.forEach((header, index) => {
    if (header.trim() === '') return;
    const spec = specs.find((s) => s.key === normalise(header) || s.aliases.includes(header.trim()));
    if (!spec) {
      issues.push(issue(1, header, 'IMPORT_UNKNOWN_COLUMN', `未知的列“${header}”`, `unknown column "${header}"`));
    } else if (indexOf.has(spec.key)) {
      issues.push(
        issue(1, spec.key, 'IMPORT_DUPLICATE_COLUMN', `列 ${spec.key} 出现了两次`, `column ${spec.key} appears twice`),
      );
    } else {
      indexOf.set(spec.key, index);
    }
  });
  for (const spec of specs) {
    if (spec.required && !indexOf.has(spec.key)) {
      issues.push(
        issue(
          1,
          spec.key,
          'IMPORT_MISSING_COLUMN',
          `缺少必需的列 ${spec.key}（${spec.aliases[0] ?? ''}）`,
          `required column ${spec.key} is missing`,
        ),
      );
    }
  }
  return {
    columns: {
      cell: (row, key) => {
        const index = indexOf.get(key);
        return index === undefined ? '' : (row.cells[index] ?? '').trim();
      },
    },
    issues,
  };
}

/** Rows beyond the header that have more cells than there are headers. */
export function checkRowWidths(headers: readonly string[], rows: readonly TabularRow[]): ImportIssue[] {
  return rows
    .filter((row) => row.cells.slice(headers.length).some((cell) => cell.trim() !== ''))
    .map((row) =>
      issue(
        row.rowNumber,
        null,
        'IMPORT_ROW_TOO_WIDE',
        `第 ${row.rowNumber} 行的单元格比表头多`,
        `row ${row.rowNumber} has more cells than the header`,
      ),
    );
}

export function checkRowCount(rows: readonly TabularRow[]): ImportIssue[] {
  if (rows.length === 0) return [issue(1, null, 'IMPORT_EMPTY', '文件中没有数据行', 'the file has no data rows')];
  if (rows.length > MAX_IMPORT_ROWS) {
    return [
      issue(
        1,
        null,
        'IMPORT_TOO_MANY_ROWS',
        `文件有 ${rows.length} 行，一次最多导入 ${MAX_IMPORT_ROWS} 行`,
        `the file has ${rows.length} rows; at most ${MAX_IMPORT_ROWS} can be imported at once`,
      ),
    ];
  }
  return [];
}
