import fc from 'fast-check';
import { CHINA_2025_CALENDAR } from '../calendar/china-2025.calendar.js';
import { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { commendationWindowEnd } from './phase-window.js';

const calendar = new WorkingDayCalendar(CHINA_2025_CALENDAR);

describe('commendation phase windows (考察, 公示)', () => {
  it('run the configured working days from the opening day and end at midnight Beijing time', () => {
    // Opened Mon 3 March 2025, 10:00 Beijing: 5 working days → Fri 7 March; closes Sat 8 March 00:00 (+08:00).
    expect(commendationWindowEnd(new Date('2025-03-03T02:00:00Z'), 5, calendar).toISOString()).toBe(
      '2025-03-07T16:00:00.000Z',
    );
    // Opened on Saturday: the window starts on Monday.
    expect(commendationWindowEnd(new Date('2025-03-08T02:00:00Z'), 1, calendar).toISOString()).toBe(
      '2025-03-10T16:00:00.000Z',
    );
    // 国庆 2025 (1–8 Oct off): opened 30 Sep, 2 working days → 30 Sep and 9 Oct.
    expect(commendationWindowEnd(new Date('2025-09-30T02:00:00Z'), 2, calendar).toISOString()).toBe(
      '2025-10-09T16:00:00.000Z',
    );
  });

  it('always end after they open, later for a longer window', () => {
    const opened = fc.date({
      min: new Date('2025-01-01T00:00:00Z'),
      max: new Date('2025-11-30T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(opened, fc.integer({ min: 1, max: 15 }), (at, days) => {
        const end = commendationWindowEnd(at, days, calendar);
        return end > at && commendationWindowEnd(at, days + 1, calendar) > end;
      }),
    );
  });
});
