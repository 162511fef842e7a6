import { addDays, type IsoDate } from './calendar-date.js';
import type { CalendarDay } from './working-day-calendar.js';

const range = (first: IsoDate, days: number, nameZhCN: string): CalendarDay[] =>
  Array.from({ length: days }, (_, i) => ({ date: addDays(first, i), kind: 'holiday' as const, nameZhCN }));

const makeUp = (date: IsoDate, nameZhCN: string): CalendarDay => ({ date, kind: 'make-up-workday', nameZhCN });

/**
 * 2025 年部分节假日安排 (国务院办公厅, published November 2024): every day off, weekends inside a
 * holiday included, and the weekend days worked instead (调休上班). Seeded into calendar_days by
 * migration 1764300000001; a later year is entered through PUT /calendar/:year.
 */
export const CHINA_2025_CALENDAR: readonly CalendarDay[] = [
  ...range('2025-01-01', 1, '元旦'),
  makeUp('2025-01-26', '春节'),
  ...range('2025-01-28', 8, '春节'),
  makeUp('2025-02-08', '春节'),
  ...range('2025-04-04', 3, '清明节'),
  makeUp('2025-04-27', '劳动节'),
  ...range('2025-05-01', 5, '劳动节'),
  ...range('2025-05-31', 3, '端午节'),
  makeUp('2025-09-28', '国庆节、中秋节'),
  ...range('2025-10-01', 8, '国庆节、中秋节'),
  makeUp('2025-10-11', '国庆节、中秋节'),
];
