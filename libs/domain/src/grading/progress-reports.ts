import { addMonths } from '../calendar/add-months.js';
import { isIsoDate, type IsoDate } from '../calendar/calendar-date.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';

const onOrBeforeWorkingDay = (date: IsoDate, calendar: WorkingDayCalendar): IsoDate =>
  calendar.isWorkingDay(date) ? date : calendar.addWorkingDays(date, -1);

/**
 * 定期报告进展 — the due dates of a rectification plan's progress reports (SPEC §6 rule 12: at least
 * quarterly for a lagging branch). The k-th report is due k × interval calendar months after the
 * start (addMonths), brought BACK to the working day on or before it, so the k-th report is never
 * later than the k-th interval mark; a last report is due on the end date (also brought back), so
 * the whole plan is covered.
 */
export function progressReportDueDates(args: {
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate;
  readonly intervalMonths: number;
  readonly calendar: WorkingDayCalendar;
}): IsoDate[] {
  const { startsOn, endsOn, intervalMonths, calendar } = args;
  if (!isIsoDate(startsOn) || !isIsoDate(endsOn) || endsOn <= startsOn) {
    throw new RangeError(`a plan runs from a date to a later date, got ${startsOn} … ${endsOn}`);
  }
  if (!Number.isInteger(intervalMonths) || intervalMonths < 1 || intervalMonths > 12) {
    throw new RangeError(`the report interval must be 1–12 months, got ${intervalMonths}`);
  }
  const dates: IsoDate[] = [];
  const push = (date: IsoDate) => {
    if (date > startsOn && (dates.length === 0 || date > dates[dates.length - 1]!)) dates.push(date);
  };
  for (let k = 1; ; k += 1) {
    const mark = addMonths(startsOn, k * intervalMonths);
    if (mark > endsOn) break;
    push(onOrBeforeWorkingDay(mark, calendar));
  }
  const last = onOrBeforeWorkingDay(endsOn, calendar);
  push(last > startsOn ? last : calendar.nextWorkingDayOnOrAfter(endsOn));
  return dates;
}

export type ReportState = 'on-time' | 'upcoming' | 'overdue';

/**
 * Each due date with its state on `today`: on time when a report was submitted in its window (after
 * the previous due date, on or before this one), overdue when its date has passed without one —
 * the reminder and escalation rules act on those.
 */
export function progressReportStates(
  dueDates: readonly IsoDate[],
  submittedOn: readonly IsoDate[],
  today: IsoDate,
): { readonly dueOn: IsoDate; readonly state: ReportState }[] {
  return dueDates.map((dueOn, index) => {
    const after = index === 0 ? '' : dueDates[index - 1]!;
    if (submittedOn.some((d) => d > after && d <= dueOn)) return { dueOn, state: 'on-time' as const };
    return { dueOn, state: today > dueOn ? ('overdue' as const) : ('upcoming' as const) };
  });
}
