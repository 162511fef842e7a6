import fc from 'fast-check';
import { addMonths } from '../calendar/add-months.js';
import { addDays, fromDayNumber, toDayNumber } from '../calendar/calendar-date.js';
import { CHINA_2025_CALENDAR } from '../calendar/china-2025.calendar.js';
import { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { progressReportDueDates, progressReportStates } from './progress-reports.js';

const calendar = new WorkingDayCalendar(CHINA_2025_CALENDAR);

describe('progress reports (SPEC §6 rule 12)', () => {
  it('falls due every quarter from the start, on a working day on or before the mark, and at the end', () => {
    expect(
      progressReportDueDates({ startsOn: '2025-04-15', endsOn: '2025-12-31', intervalMonths: 3, calendar }),
    ).toEqual(['2025-07-15', '2025-10-15', '2025-12-31']);
    // 1 July + 3 months = 1 October (国庆): brought back to Tuesday 30 September.
    expect(
      progressReportDueDates({ startsOn: '2025-07-01', endsOn: '2025-11-30', intervalMonths: 3, calendar }),
    ).toEqual(['2025-09-30', '2025-11-28']);
    // 28 June + 3 months = Sunday 28 September, a 调休 working day: due that Sunday.
    expect(
      progressReportDueDates({ startsOn: '2025-06-28', endsOn: '2025-10-31', intervalMonths: 3, calendar })[0],
    ).toBe('2025-09-28');
  });

  it('refuses a period that ends before it starts and an interval outside 1–12 months', () => {
    expect(() =>
      progressReportDueDates({ startsOn: '2025-05-01', endsOn: '2025-05-01', intervalMonths: 3, calendar }),
    ).toThrow(RangeError);
    expect(() =>
      progressReportDueDates({ startsOn: '2025-05-01', endsOn: '2025-12-01', intervalMonths: 0, calendar }),
    ).toThrow(RangeError);
  });

  it('marks each due date on time, upcoming or overdue', () => {
    const due = ['2025-07-15', '2025-10-15', '2025-12-31'];
    expect(progressReportStates(due, ['2025-07-10', '2025-07-14'], '2025-10-16')).toEqual([
      { dueOn: '2025-07-15', state: 'on-time' },
      { dueOn: '2025-10-15', state: 'overdue' },
      { dueOn: '2025-12-31', state: 'upcoming' },
    ]);
  });

  it('is increasing, on working days, and the k-th report never later than k intervals (property)', () => {
    const day = fc.integer({ min: toDayNumber('2025-01-01'), max: toDayNumber('2025-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 6 }),
        (startsOn, length, interval) => {
          const endsOn = addDays(startsOn, length);
          const dates = progressReportDueDates({ startsOn, endsOn, intervalMonths: interval, calendar });
          expect(dates.length).toBeGreaterThan(0);
          dates.forEach((date, k) => {
            expect(calendar.isWorkingDay(date)).toBe(true);
            expect(date > (k === 0 ? startsOn : dates[k - 1]!)).toBe(true);
            if (k < dates.length - 1) expect(date <= addMonths(startsOn, (k + 1) * interval)).toBe(true);
          });
        },
      ),
    );
  });
});
