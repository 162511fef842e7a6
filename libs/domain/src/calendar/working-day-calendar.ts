import { fromDayNumber, isWeekend, toDayNumber, type IsoDate } from './calendar-date.js';

export type CalendarDayKind = 'holiday' | 'make-up-workday';

/** One configured day: a public holiday (放假) or a weekend day worked instead (调休上班). */
export interface CalendarDay {
  readonly date: IsoDate;
  readonly kind: CalendarDayKind;
  /** e.g. 春节 */
  readonly nameZhCN: string;
}

/** No deadline this system computes is further away than this; beyond it something is wrong. */
const MAX_STEPS = 20_000;

/**
 * 工作日历 — Monday to Friday are working days, except configured holidays; a configured make-up
 * workday (调休) is a working day even on a weekend. Pure and immutable, so workflows may use it.
 */
export class WorkingDayCalendar {
  private readonly holidays: ReadonlySet<IsoDate>;
  private readonly makeUpWorkdays: ReadonlySet<IsoDate>;

  constructor(days: readonly CalendarDay[] = []) {
    this.holidays = new Set(days.filter((d) => d.kind === 'holiday').map((d) => d.date));
    this.makeUpWorkdays = new Set(days.filter((d) => d.kind === 'make-up-workday').map((d) => d.date));
  }

  isWorkingDay(date: IsoDate): boolean {
    if (this.makeUpWorkdays.has(date)) return true;
    if (this.holidays.has(date)) return false;
    return !isWeekend(date);
  }

  /**
   * The date `n` working days after (n > 0) or before (n < 0) `date`, counting only the days
   * stepped onto — so one working day after a Saturday is Monday, and one before a Sunday is
   * Friday. The result is always a working day; for n = 0 it is `date` itself when that is a
   * working day, else the next working day.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer, got ${n}`);
    if (Math.abs(n) > MAX_STEPS) throw new RangeError(`too many working days: ${n}`);
    if (n === 0) return this.nextWorkingDayOnOrAfter(date);
    const direction = Math.sign(n);
    let day = toDayNumber(date);
    let remaining = Math.abs(n);
    for (let guard = 0; remaining > 0; guard += 1) {
      if (guard > MAX_STEPS * 4) throw new RangeError('no working day found: is every day a holiday?');
      day += direction;
      if (this.isWorkingDay(fromDayNumber(day))) remaining -= 1;
    }
    return fromDayNumber(day);
  }

  /**
   * Working days stepped onto when walking from `from` to `to`, signed by direction: forwards
   * it counts (from, to], backwards [to, from) as a negative number. It inverts addWorkingDays:
   * workingDaysBetween(d, addWorkingDays(d, n)) === n for every n ≠ 0.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    const start = toDayNumber(from);
    const end = toDayNumber(to);
    if (Math.abs(end - start) > MAX_STEPS * 4) throw new RangeError(`dates too far apart: ${from} … ${to}`);
    let count = 0;
    if (end >= start) {
      for (let day = start + 1; day <= end; day += 1) if (this.isWorkingDay(fromDayNumber(day))) count += 1;
      return count;
    }
    for (let day = start - 1; day >= end; day -= 1) if (this.isWorkingDay(fromDayNumber(day))) count += 1;
    return -count;
  }

  /** The first working day on or after `date`. */
  nextWorkingDayOnOrAfter(date: IsoDate): IsoDate {
    return this.isWorkingDay(date) ? date : this.addWorkingDays(date, 1);
  }
}
