/**
 * A calendar date in Beijing time, written 'YYYY-MM-DD'. Dates are counted as whole days from
 * 1970-01-01 so that arithmetic never touches a time zone: China has had no daylight saving time
 * since 1991, so a fixed +08:00 offset is exact for any date this system will see.
 */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real date 'YYYY-MM-DD' (no 2025-02-29) between years 1900 and 2999. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function assertIsoDate(value: IsoDate): void {
  if (!isIsoDate(value)) throw new RangeError(`not a date (YYYY-MM-DD): ${value}`);
}

/** Days since 1970-01-01. */
export function toDayNumber(date: IsoDate): number {
  assertIsoDate(date);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export const addDays = (date: IsoDate, days: number): IsoDate => fromDayNumber(toDayNumber(date) + days);

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const dayOfWeek = (date: IsoDate): number => (((toDayNumber(date) + 4) % 7) + 7) % 7;

export const isWeekend = (date: IsoDate): boolean => {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
};

export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

/** Beijing time: UTC+08:00 all year. */
export const BEIJING_OFFSET_MINUTES = 8 * 60;

/** The Beijing calendar date and minute of the day of an instant. */
export function beijingDateTime(instant: Date): { date: IsoDate; minuteOfDay: number } {
  const local = instant.getTime() + BEIJING_OFFSET_MINUTES * 60_000;
  const dayNumber = Math.floor(local / MS_PER_DAY);
  return { date: fromDayNumber(dayNumber), minuteOfDay: Math.floor((local - dayNumber * MS_PER_DAY) / 60_000) };
}

/** The instant of a Beijing date at a minute of the day. */
export function beijingInstant(date: IsoDate, minuteOfDay: number): Date {
  return new Date(toDayNumber(date) * MS_PER_DAY + (minuteOfDay - BEIJING_OFFSET_MINUTES) * 60_000);
}
