import { CHINA_2026_CALENDAR } from './china-2026.calendar.js';
import { OFFICIAL_CALENDARS, officialCalendarYears } from './official-calendars.js';
import { validateCalendarYear } from './validate-calendar-year.js';
import { WorkingDayCalendar } from './working-day-calendar.js';

const daysOf = (kind: string) => CHINA_2026_CALENDAR.filter((d) => d.kind === kind).map((d) => d.date);

describe('the official calendars shipped', () => {
  it.each(officialCalendarYears())('%i passes the same checks as an administrator’s entry', (year) => {
    const { problems, days } = validateCalendarYear(year, OFFICIAL_CALENDARS[year]!);
    expect(problems).toEqual([]);
    expect(days).toHaveLength(OFFICIAL_CALENDARS[year]!.length);
  });

  it('2026 follows the State Council notice of 2025-11-04: 33 days off, 6 weekend days worked', () => {
    expect(daysOf('holiday')).toHaveLength(33);
    expect(daysOf('make-up-workday')).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    // 春节 runs nine days, 15–23 February.
    expect(CHINA_2026_CALENDAR.filter((d) => d.nameZhCN === '春节' && d.kind === 'holiday').map((d) => d.date)).toEqual(
      ['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((day) => `2026-02-${day}`),
    );
  });

  it('moves a deadline over 国庆 and counts the Saturday worked after it', () => {
    const calendar = new WorkingDayCalendar(CHINA_2026_CALENDAR);
    // Wednesday 30 September + 1 working day: 1–7 October are off, 8 October is a Thursday.
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
  });
});
