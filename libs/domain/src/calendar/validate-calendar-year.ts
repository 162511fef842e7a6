import type { DomainErrorDetail } from '../domain.error.js';
import { dayOfWeek, isIsoDate, yearOf } from './calendar-date.js';
import type { CalendarDay } from './working-day-calendar.js';

export interface CalendarDayInput {
  readonly date: string;
  readonly kind: string;
  readonly nameZhCN: string;
}

const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The holidays and make-up workdays of one year, as an administrator enters them: each date real
 * and inside the year, each listed once, a make-up workday (调休上班) always a Saturday or Sunday
 * (a weekday is a working day already). Returns every problem, with paths under `$.days`.
 */
export function validateCalendarYear(
  year: number,
  days: readonly CalendarDayInput[],
): { problems: DomainErrorDetail[]; days: CalendarDay[] } {
  const problems: DomainErrorDetail[] = [];
  const add = (path: string, code: string, zhCN: string, en: string) =>
    problems.push({ path, code, text: { zhCN, en } });
  if (!Number.isInteger(year) || year < 1900 || year > 2999) {
    add(
      '$.year',
      'CALENDAR_YEAR_INVALID',
      `年份应在 1900–2999 之间，实际为 ${year}`,
      `year must be 1900–2999, got ${year}`,
    );
    return { problems, days: [] };
  }
  const firstIndex = new Map<string, number>();
  days.forEach((day, index) => {
    const at = `$.days[${index}]`;
    if (day.kind !== 'holiday' && day.kind !== 'make-up-workday') {
      add(
        `${at}.kind`,
        'CALENDAR_KIND_UNKNOWN',
        `未知的类型 ${day.kind}，应为 holiday / make-up-workday`,
        `unknown kind ${day.kind}; expected holiday or make-up-workday`,
      );
    }
    if (day.nameZhCN.trim().length === 0) {
      add(`${at}.nameZhCN`, 'CALENDAR_NAME_BLANK', '节日名称不能为空', 'the holiday name must not be blank');
    }
    if (!isIsoDate(day.date)) {
      add(
        `${at}.date`,
        'CALENDAR_DATE_INVALID',
        `${day.date} 不是有效日期（YYYY-MM-DD）`,
        `${day.date} is not a date (YYYY-MM-DD)`,
      );
      return;
    }
    if (yearOf(day.date) !== year) {
      add(`${at}.date`, 'CALENDAR_DATE_OUTSIDE_YEAR', `${day.date} 不在 ${year} 年内`, `${day.date} is not in ${year}`);
      return;
    }
    const earlier = firstIndex.get(day.date);
    if (earlier !== undefined) {
      add(
        `${at}.date`,
        'CALENDAR_DATE_DUPLICATE',
        `${day.date} 与第 ${earlier + 1} 项重复`,
        `${day.date} is already listed (entry ${earlier + 1})`,
      );
    } else firstIndex.set(day.date, index);
    const weekday = dayOfWeek(day.date);
    if (day.kind === 'make-up-workday' && weekday !== 0 && weekday !== 6) {
      add(
        `${at}.date`,
        'CALENDAR_MAKE_UP_NOT_WEEKEND',
        `调休上班日 ${day.date} 是${WEEKDAY_ZH[weekday]}，只能是周六或周日`,
        `make-up workday ${day.date} is a ${WEEKDAY_EN[weekday]}; it must be a Saturday or Sunday`,
      );
    }
  });
  const valid =
    problems.length === 0
      ? days.map((d) => ({ date: d.date, kind: d.kind as CalendarDay['kind'], nameZhCN: d.nameZhCN.trim() }))
      : [];
  return { problems, days: valid.sort((a, b) => a.date.localeCompare(b.date)) };
}
