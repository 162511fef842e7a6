import fc from 'fast-check';
import { CHINA_2025_CALENDAR } from './china-2025.calendar.js';
import { beijingInstant } from './calendar-date.js';
import { WorkingDayCalendar } from './working-day-calendar.js';
import { workingDaysLeft } from './working-days-left.js';

const calendar = new WorkingDayCalendar(CHINA_2025_CALENDAR);
const at = (date: string, hh = 12) => beijingInstant(date, hh * 60);

describe('workingDaysLeft', () => {
  it('counts the working days to the deadline, skipping the National Day holiday and counting the 调休 Saturday', () => {
    // 2025-09-30 (Tue) → 2025-10-13 (Mon): 1–8 Oct off, 11 Oct (Sat) worked, then 9, 10, 13 Oct.
    expect(workingDaysLeft(at('2025-10-13', 18), at('2025-09-30', 9), calendar)).toEqual({
      workingDays: 4,
      overdue: false,
    });
  });

  it('is 0 on the deadline day before the deadline, and overdue once the instant has passed', () => {
    expect(workingDaysLeft(at('2025-06-10', 18), at('2025-06-10', 9), calendar)).toEqual({
      workingDays: 0,
      overdue: false,
    });
    expect(workingDaysLeft(at('2025-06-10', 9), at('2025-06-10', 18), calendar)).toEqual({
      workingDays: 0,
      overdue: true,
    });
  });

  it('is negative by the working days missed when overdue (Friday deadline, next Tuesday: 2)', () => {
    expect(workingDaysLeft(at('2025-06-13', 18), at('2025-06-17', 9), calendar)).toEqual({
      workingDays: -2,
      overdue: true,
    });
  });

  it('reads the dates in Beijing time: 23:30 UTC is already the next day', () => {
    const deadline = new Date('2025-06-16T10:00:00Z'); // Monday 18:00 Beijing
    const now = new Date('2025-06-12T23:30:00Z'); // Friday 07:30 Beijing
    expect(workingDaysLeft(deadline, now, calendar).workingDays).toBe(1);
  });

  it('a deadline n working days ahead is n working days left', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 300 }), (n, offset) => {
        const start = calendar.addWorkingDays('2025-01-02', offset);
        const due = calendar.addWorkingDays(start, n);
        expect(workingDaysLeft(at(due), at(start, 8), calendar)).toEqual({ workingDays: n, overdue: false });
      }),
    );
  });
});
