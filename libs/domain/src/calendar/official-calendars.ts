import { CHINA_2025_CALENDAR } from './china-2025.calendar.js';
import { CHINA_2026_CALENDAR } from './china-2026.calendar.js';
import type { CalendarDay } from './working-day-calendar.js';

/**
 * The State Council's published holiday schedules this release ships, by year. A year is added
 * only from its published notice (国务院办公厅关于 N 年部分节假日安排的通知), never guessed.
 */
export const OFFICIAL_CALENDARS: Readonly<Record<number, readonly CalendarDay[]>> = {
  2025: CHINA_2025_CALENDAR,
  2026: CHINA_2026_CALENDAR,
};

export const officialCalendarYears = (): number[] => Object.keys(OFFICIAL_CALENDARS).map(Number).sort();
