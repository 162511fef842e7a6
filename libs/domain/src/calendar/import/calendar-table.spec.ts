import fc from 'fast-check';
import type { DomainError } from '../../domain.error.js';
import { calendarYearFromTable, normaliseDateText } from './calendar-table.js';

const HEADERS = ['日期', '类型', '名称'];
const row = (rowNumber: number, ...cells: string[]) => ({ rowNumber, cells });

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    const e = error as DomainError;
    return { name: e.name, code: e.code, details: e.details ?? [] };
  }
  throw new Error('expected a refusal');
};

describe('calendarYearFromTable (调休日历 from an .xlsx sheet: 日期 / 类型 / 名称)', () => {
  it('reads 放假 and 上班 rows, in the date forms a spreadsheet gives', () => {
    const days = calendarYearFromTable(2026, HEADERS, [
      row(2, '2026/10/1', '放假', '国庆节'),
      row(3, '2026年10月2日', '放假', '国庆节'),
      row(4, '2026-10-10', '上班', '国庆节'),
    ]);
    expect(days).toEqual([
      { date: '2026-10-01', kind: 'holiday', nameZhCN: '国庆节' },
      { date: '2026-10-02', kind: 'holiday', nameZhCN: '国庆节' },
      { date: '2026-10-10', kind: 'make-up-workday', nameZhCN: '国庆节' },
    ]);
    expect(normaliseDateText(' 2026.2.15 ')).toBe('2026-02-15');
  });

  it('names the row and the field of every problem, and imports nothing', () => {
    const refused = refusal(() =>
      calendarYearFromTable(2026, HEADERS, [
        row(2, '2026-10-01', '休假', '国庆节'),
        row(3, '2026-10-12', '上班', '国庆节'), // a Monday
        row(4, '2025-10-01', '放假', '国庆节'),
        row(5, '2026-10-03', '放假', ''),
      ]),
    );
    expect(refused.code).toBe('CALENDAR_IMPORT_INVALID');
    expect(refused.details.map((d) => `${d.code}@${d.path}`)).toEqual([
      'CALENDAR_IMPORT_KIND_UNKNOWN@$.rows[2].kind',
      'CALENDAR_MAKE_UP_NOT_WEEKEND@$.rows[3].date',
      'CALENDAR_DATE_OUTSIDE_YEAR@$.rows[4].date',
      'CALENDAR_NAME_BLANK@$.rows[5].name',
    ]);
    expect(refused.details[0]!.text.zhCN).toBe('第 2 行「类型」：“休假”应为 放假 或 上班');
  });

  it('names a missing column', () => {
    const refused = refusal(() => calendarYearFromTable(2026, ['日期', '名称'], [row(2, '2026-10-01', '国庆节')]));
    expect(refused.details.map((d) => d.path)).toEqual(['$.headers.kind']);
  });

  it('never throws anything but the domain error, whatever the cells (property)', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('放假', '上班', '2031-01-04', '2031/1/1', '国庆节'));
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 4 }),
        fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 20 }),
        (headers, rows) => {
          try {
            calendarYearFromTable(
              2031,
              [...headers, ...HEADERS],
              rows.map((cells, i) => row(i + 2, ...cells)),
            );
          } catch (error) {
            expect((error as Error).name).toBe('DomainError');
          }
        },
      ),
    );
  });
});
