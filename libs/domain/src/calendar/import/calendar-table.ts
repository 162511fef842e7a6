import type { DomainErrorDetail } from '../../domain.error.js';
import type { TabularRow } from '../../import/tabular-columns.js';
import {
  calendarYearFromEntries,
  MAX_CALENDAR_NAME_LENGTH,
  type LocatedCalendarEntry,
} from './located-calendar-entry.js';
import type { CalendarDay } from '../working-day-calendar.js';

/** The columns of a calendar sheet: 日期 / 类型 (放假 | 上班) / 名称 (English headers accepted). */
const COLUMNS = {
  date: ['日期', 'date'],
  kind: ['类型', 'kind', 'type'],
  name: ['名称', 'name'],
} as const;
type Column = keyof typeof COLUMNS;
const LABEL: Record<Column, string> = { date: '日期', kind: '类型', name: '名称' };

const KIND_OF: Readonly<Record<string, CalendarDay['kind']>> = {
  放假: 'holiday',
  休: 'holiday',
  holiday: 'holiday',
  上班: 'make-up-workday',
  班: 'make-up-workday',
  调休上班: 'make-up-workday',
  'make-up-workday': 'make-up-workday',
};

/** 2026-10-01, 2026/10/1 or 2026年10月1日 → 2026-10-01; anything else is returned as it is. */
export function normaliseDateText(text: string): string {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!match) return text.trim();
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

const problem = (row: number, column: Column, code: string, zhCN: string, en: string): DomainErrorDetail => ({
  path: `$.rows[${row}].${column}`,
  code,
  text: { zhCN: `第 ${row} 行「${LABEL[column]}」：${zhCN}`, en: `row ${row}, ${column}: ${en}` },
});

/**
 * 调休日历 from a sheet (.xlsx or .csv, the header in row 1): one row per day, 类型 放假 or 上班.
 * Every problem names its row and column (`$.rows[5].kind`, rows as the spreadsheet numbers them);
 * a file with any problem imports nothing (invalid → 422).
 */
export function calendarYearFromTable(
  year: number,
  headers: readonly string[],
  rows: readonly TabularRow[],
): CalendarDay[] {
  const index = {} as Record<Column, number>;
  const problems: DomainErrorDetail[] = [];
  for (const column of Object.keys(COLUMNS) as Column[]) {
    const at = headers.findIndex((h) => (COLUMNS[column] as readonly string[]).includes(h.trim().toLowerCase()));
    index[column] = at;
    if (at < 0) {
      problems.push({
        path: `$.headers.${column}`,
        code: 'CALENDAR_IMPORT_COLUMN_MISSING',
        text: { zhCN: `缺少「${LABEL[column]}」列`, en: `the ${column} column (${LABEL[column]}) is missing` },
      });
    }
  }
  if (problems.length > 0) return calendarYearFromEntries(year, [], problems);
  const entries: LocatedCalendarEntry[] = [];
  for (const row of rows) {
    const cell = (column: Column) => (row.cells[index[column]] ?? '').trim();
    const kind = KIND_OF[cell('kind')];
    const name = cell('name');
    if (!kind) {
      problems.push(
        problem(
          row.rowNumber,
          'kind',
          'CALENDAR_IMPORT_KIND_UNKNOWN',
          `“${cell('kind')}”应为 放假 或 上班`,
          `"${cell('kind')}" must be 放假 or 上班`,
        ),
      );
      continue;
    }
    if (name.length > MAX_CALENDAR_NAME_LENGTH) {
      problems.push(
        problem(
          row.rowNumber,
          'name',
          'CALENDAR_IMPORT_NAME_TOO_LONG',
          `名称超过 ${MAX_CALENDAR_NAME_LENGTH} 个字`,
          `longer than ${MAX_CALENDAR_NAME_LENGTH} characters`,
        ),
      );
      continue;
    }
    entries.push({
      date: normaliseDateText(cell('date')),
      kind,
      nameZhCN: name,
      at: `$.rows[${row.rowNumber}]`,
      where: { zhCN: `第 ${row.rowNumber} 行`, en: `row ${row.rowNumber}` },
    });
  }
  return calendarYearFromEntries(year, entries, problems);
}
