import { isIsoDate, type IsoDate } from './calendar-date.js';

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The same day `months` calendar months later (or earlier, when negative), clamped to the end of a
 * shorter month: 31 January + 1 month = 28 (or 29) February, 31 August + 1 month = 30 September.
 * "Vacant more than 3 months", "no activity for 6 months" and "report every quarter" count months
 * this way.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const index = Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
