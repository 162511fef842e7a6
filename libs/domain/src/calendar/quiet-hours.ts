import { addDays, beijingDateTime, beijingInstant } from './calendar-date.js';
import type { WorkingDayCalendar } from './working-day-calendar.js';

/**
 * 免打扰时段 — reminders are not sent at night. A send time inside the quiet hours is held to the
 * end of the quiet hours (07:00 by default); with `workingDaysOnly`, a send time on a non-working
 * day is held to the end of the quiet hours of the next working day as well.
 */
export interface QuietHours {
  /** 'HH:MM' Beijing time; quiet from here … */
  readonly start: string;
  /** … until here (may be on the next day: 22:00–07:00). start === end means no quiet hours. */
  readonly end: string;
  readonly workingDaysOnly?: boolean;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: '22:00', end: '07:00' };

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const isClockTime = (value: unknown): value is string => typeof value === 'string' && HH_MM.test(value);

function minutes(clock: string): number {
  if (!isClockTime(clock)) throw new RangeError(`not a time of day (HH:MM): ${clock}`);
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

function isQuiet(minuteOfDay: number, start: number, end: number): boolean {
  if (start === end) return false;
  return start < end ? minuteOfDay >= start && minuteOfDay < end : minuteOfDay >= start || minuteOfDay < end;
}

/**
 * The earliest moment at or after `at` when a reminder may be sent. Deterministic and pure; the
 * calendar is needed only with `workingDaysOnly`.
 */
export function holdForQuietHours(
  at: Date,
  quiet: QuietHours = DEFAULT_QUIET_HOURS,
  calendar?: WorkingDayCalendar,
): Date {
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  if (quiet.workingDaysOnly && !calendar) throw new RangeError('workingDaysOnly needs a working-day calendar');
  const { date, minuteOfDay } = beijingDateTime(at);
  const allowedDay = (day: string) => !quiet.workingDaysOnly || calendar!.isWorkingDay(day);
  if (allowedDay(date)) {
    if (!isQuiet(minuteOfDay, start, end)) return at;
    // Quiet hours that end later this clock day (00:00–07:00 of 22:00–07:00).
    if (minuteOfDay < end) return beijingInstant(date, end);
  }
  // Otherwise the first moment of the next allowed day that is not quiet.
  let next = addDays(date, 1);
  if (quiet.workingDaysOnly) next = calendar!.nextWorkingDayOnOrAfter(next);
  return beijingInstant(next, isQuiet(0, start, end) ? end : 0);
}
