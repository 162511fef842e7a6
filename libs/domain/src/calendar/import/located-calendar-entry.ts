import { DomainError, type DomainErrorDetail } from '../../domain.error.js';
import { validateCalendarYear, type CalendarDayInput } from '../validate-calendar-year.js';
import type { CalendarDay } from '../working-day-calendar.js';

/** One day read from an import file, with where it came from (for error paths). */
export interface LocatedCalendarEntry extends CalendarDayInput {
  /** e.g. `$.rows[5]` (spreadsheet row 5) or `$.events[2]` (the third VEVENT). */
  readonly at: string;
  /** How a reader finds it: 第 5 行 / 第 3 个日程. */
  readonly where: { readonly zhCN: string; readonly en: string };
}

/** The longest holiday name the calendar stores (as PUT /calendar/:year accepts it). */
export const MAX_CALENDAR_NAME_LENGTH = 32;

/** An import file that cannot become a calendar year: every problem, each with its row or event. */
export function calendarImportInvalid(year: number, problems: readonly DomainErrorDetail[]): DomainError {
  return new DomainError(
    problems.every((p) => p.code === problems[0]?.code) && problems.length > 0
      ? problems[0]!.code
      : 'CALENDAR_IMPORT_INVALID',
    'invalid',
    {
      zhCN: `${year} 年日历文件有 ${problems.length} 处问题，未导入：${problems.map((p) => p.text.zhCN).join('；')}`,
      en: `the ${year} calendar file has ${problems.length} problem(s); nothing was imported`,
    },
    problems[0]?.path ?? 'file',
    problems,
  );
}

/**
 * The year's days from located entries, checked by the same rules as an administrator's entry
 * (validateCalendarYear): each problem is moved to the entry's own row or event. Throws the
 * domain error (invalid → 422) when anything is wrong or the file holds nothing for the year.
 */
export function calendarYearFromEntries(
  year: number,
  entries: readonly LocatedCalendarEntry[],
  earlier: readonly DomainErrorDetail[] = [],
): CalendarDay[] {
  const { problems, days } = validateCalendarYear(year, entries);
  const located = problems.map((p) => {
    const match = /^\$\.days\[(\d+)\](.*)$/.exec(p.path);
    const entry = match ? entries[Number(match[1])] : undefined;
    if (!entry) return p;
    const field = match![2] === '.nameZhCN' ? '.name' : match![2];
    return {
      ...p,
      path: `${entry.at}${field}`,
      text: { zhCN: `${entry.where.zhCN}：${p.text.zhCN}`, en: `${entry.where.en}: ${p.text.en}` },
    };
  });
  const all = [...earlier, ...located];
  if (all.length === 0 && entries.length === 0) {
    all.push({
      path: 'file',
      code: 'CALENDAR_IMPORT_EMPTY',
      text: { zhCN: `文件中没有 ${year} 年的放假或上班日`, en: `the file has no holiday or working day in ${year}` },
    });
  }
  if (all.length > 0) throw calendarImportInvalid(year, all);
  return days;
}
