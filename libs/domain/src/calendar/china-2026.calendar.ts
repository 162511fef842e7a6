import { addDays, type IsoDate } from './calendar-date.js';
import type { CalendarDay } from './working-day-calendar.js';

const range = (first: IsoDate, days: number, nameZhCN: string): CalendarDay[] =>
  Array.from({ length: days }, (_, i) => ({ date: addDays(first, i), kind: 'holiday' as const, nameZhCN }));

const makeUp = (date: IsoDate, nameZhCN: string): CalendarDay => ({ date, kind: 'make-up-workday', nameZhCN });

/**
 * 2026 年部分节假日安排 — 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04, 新华社 /
 * www.gov.cn): every day off, weekends inside a holiday included, and the weekend days worked
 * instead (调休上班). Seeded into calendar_days by migration 1766500000025.
 */
export const CHINA_2026_CALENDAR: readonly CalendarDay[] = [
  ...range('2026-01-01', 3, '元旦'),
  makeUp('2026-01-04', '元旦'),
  makeUp('2026-02-14', '春节'),
  ...range('2026-02-15', 9, '春节'),
  makeUp('2026-02-28', '春节'),
  ...range('2026-04-04', 3, '清明节'),
  ...range('2026-05-01', 5, '劳动节'),
  makeUp('2026-05-09', '劳动节'),
  ...range('2026-06-19', 3, '端午节'),
  makeUp('2026-09-20', '国庆节'),
  ...range('2026-09-25', 3, '中秋节'),
  ...range('2026-10-01', 7, '国庆节'),
  makeUp('2026-10-10', '国庆节'),
];
