import { addDays, beijingDateTime, beijingInstant } from '../calendar/calendar-date.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { publicityLastDay } from '../grading/publicity.js';

/**
 * When a commendation round's 考察 (vet) or 公示 (publicise) window closes by itself: it runs
 * `workingDays` working days on the 调休 calendar from the day it opened (Beijing time; the
 * opening day counts when it is a working day) and ends at midnight after the last one.
 */
export function commendationWindowEnd(openedAt: Date, workingDays: number, calendar: WorkingDayCalendar): Date {
  const lastDay = publicityLastDay({ startsOn: beijingDateTime(openedAt).date, workingDays }, calendar);
  return beijingInstant(addDays(lastDay, 1), 0);
}
