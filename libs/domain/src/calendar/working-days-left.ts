import { beijingDateTime } from './calendar-date.js';
import type { WorkingDayCalendar } from './working-day-calendar.js';

/**
 * How a deadline stands today, in working days on the 调休 calendar (Beijing dates): the working
 * days from today's date to the deadline's date (0 = due today or, on a day off, by the next
 * working day's end; negative = that many working days overdue). `overdue` is by the instant.
 */
export function workingDaysLeft(
  deadlineAt: Date,
  now: Date,
  calendar: WorkingDayCalendar,
): { readonly workingDays: number; readonly overdue: boolean } {
  const today = beijingDateTime(now).date;
  const due = beijingDateTime(deadlineAt).date;
  return { workingDays: calendar.workingDaysBetween(today, due), overdue: deadlineAt.getTime() < now.getTime() };
}
