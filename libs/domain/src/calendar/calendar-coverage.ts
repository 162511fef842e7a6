import type { LocalizedText } from '../domain.error.js';
import { yearOf, type IsoDate } from './calendar-date.js';

/** A warning, not an error: the action goes ahead, and the administrator is told what is off. */
export interface CalendarWarning {
  readonly code: 'CALENDAR_YEAR_MISSING';
  readonly year: number;
  readonly text: LocalizedText;
}

/**
 * One warning per year in `years` that has no holidays or 调休 days configured: working-day
 * deadlines falling in it count Monday to Friday only, so 春节 and 国庆 would count as working days.
 */
export function missingCalendarWarnings(
  years: Iterable<number>,
  configuredYears: ReadonlySet<number>,
): CalendarWarning[] {
  return [...new Set(years)]
    .sort((a, b) => a - b)
    .filter((year) => !configuredYears.has(year))
    .map((year) => ({
      code: 'CALENDAR_YEAR_MISSING',
      year,
      text: {
        zhCN: `${year} 年尚无节假日与调休安排：落在该年的工作日截止日期只按周一至周五计算（春节、国庆也算工作日）。请在“调休日历”中导入或录入 ${year} 年的安排。`,
        en: `${year} has no holidays or make-up workdays: working-day deadlines in that year count Monday to Friday only (the Spring Festival and National Day would count as working days). Import or enter ${year} under the calendar page.`,
      },
    }));
}

/** The years from `from` to `through` (inclusive, in either order), where deadlines may fall. */
export function yearsBetween(from: IsoDate, through: IsoDate): number[] {
  const [first, last] = [yearOf(from), yearOf(through)].sort((a, b) => a - b) as [number, number];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * The years a grading round's working-day deadlines fall in: from its launch to the end of its
 * year (部署 in late N−1 through 整改提高 in N), and the next year's start for 考核验收.
 */
export const gradingRoundDeadlineYears = (launchedOn: IsoDate, year: number): number[] =>
  yearsBetween(launchedOn, `${year + 1}-01-01`);

/** A published definition serves rounds launched this year and next: deadlines in those years. */
export const definitionDeadlineYears = (publishedOn: IsoDate): number[] =>
  yearsBetween(publishedOn, `${yearOf(publishedOn) + 1}-01-01`);
