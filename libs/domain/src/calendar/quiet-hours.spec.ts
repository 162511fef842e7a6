import fc from 'fast-check';
import { beijingDateTime } from './calendar-date.js';
import { CHINA_2025_CALENDAR } from './china-2025.calendar.js';
import { DEFAULT_QUIET_HOURS, holdForQuietHours, type QuietHours } from './quiet-hours.js';
import { WorkingDayCalendar } from './working-day-calendar.js';

const at = (beijing: string) => new Date(`${beijing}+08:00`);
const iso = (date: Date) => date.toISOString();
const calendar2025 = new WorkingDayCalendar(CHINA_2025_CALENDAR);

const instant = fc
  .integer({ min: Date.parse('2024-12-01T00:00:00Z'), max: Date.parse('2026-01-31T00:00:00Z') })
  .map((ms) => new Date(ms));
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const quietAt = (date: Date, quiet: QuietHours) => {
  const m = beijingDateTime(date).minuteOfDay;
  const [s, e] = [minutesOf(quiet.start), minutesOf(quiet.end)];
  return s === e ? false : s < e ? m >= s && m < e : m >= s || m < e;
};

describe('holdForQuietHours (Beijing time, 22:00–07:00 by default)', () => {
  it('sends at once outside the quiet hours', () => {
    expect(iso(holdForQuietHours(at('2025-03-03T21:59:00')))).toBe(iso(at('2025-03-03T21:59:00')));
    expect(iso(holdForQuietHours(at('2025-03-03T07:00:00')))).toBe(iso(at('2025-03-03T07:00:00')));
  });

  it('holds a late-evening send to 07:00 the next morning, an early one to 07:00 the same morning', () => {
    expect(iso(holdForQuietHours(at('2025-03-03T22:00:00')))).toBe(iso(at('2025-03-04T07:00:00')));
    expect(iso(holdForQuietHours(at('2025-03-03T23:59:59')))).toBe(iso(at('2025-03-04T07:00:00')));
    expect(iso(holdForQuietHours(at('2025-03-04T00:00:00')))).toBe(iso(at('2025-03-04T07:00:00')));
    expect(iso(holdForQuietHours(at('2025-03-04T06:59:30')))).toBe(iso(at('2025-03-04T07:00:00')));
  });

  it('with working days only, holds over weekends and holidays but sends on a 调休 Saturday', () => {
    const quiet = { ...DEFAULT_QUIET_HOURS, workingDaysOnly: true };
    // Friday 22:30 before 春节's make-up Saturday 8 Feb: held to Saturday 07:00.
    expect(iso(holdForQuietHours(at('2025-02-07T22:30:00'), quiet, calendar2025))).toBe(iso(at('2025-02-08T07:00:00')));
    // 30 September 23:00: the next working day is 9 October.
    expect(iso(holdForQuietHours(at('2025-09-30T23:00:00'), quiet, calendar2025))).toBe(iso(at('2025-10-09T07:00:00')));
    // A Sunday afternoon: held to Monday 07:00.
    expect(iso(holdForQuietHours(at('2025-03-09T15:00:00'), quiet, calendar2025))).toBe(iso(at('2025-03-10T07:00:00')));
    expect(() => holdForQuietHours(new Date(), quiet)).toThrow(RangeError);
  });

  it('accepts quiet hours that do not cross midnight, and none at all', () => {
    const lunch = { start: '12:00', end: '14:00' };
    expect(iso(holdForQuietHours(at('2025-03-03T12:30:00'), lunch))).toBe(iso(at('2025-03-03T14:00:00')));
    expect(iso(holdForQuietHours(at('2025-03-03T23:30:00'), lunch))).toBe(iso(at('2025-03-03T23:30:00')));
    const none = { start: '07:00', end: '07:00' };
    expect(iso(holdForQuietHours(at('2025-03-03T03:00:00'), none))).toBe(iso(at('2025-03-03T03:00:00')));
    expect(() => holdForQuietHours(new Date(), { start: '25:00', end: '07:00' })).toThrow(RangeError);
  });

  it('never sends earlier, never inside quiet hours, never later than needed (property)', () => {
    fc.assert(
      fc.property(instant, clock, clock, fc.boolean(), (sendAt, start, end, workingDaysOnly) => {
        const quiet = { start, end, workingDaysOnly };
        const held = holdForQuietHours(sendAt, quiet, calendar2025);
        expect(held.getTime()).toBeGreaterThanOrEqual(sendAt.getTime());
        expect(quietAt(held, quiet)).toBe(false);
        if (workingDaysOnly) expect(calendar2025.isWorkingDay(beijingDateTime(held).date)).toBe(true);
        const allowedNow =
          !quietAt(sendAt, quiet) && (!workingDaysOnly || calendar2025.isWorkingDay(beijingDateTime(sendAt).date));
        if (allowedNow) expect(held.getTime()).toBe(sendAt.getTime());
        else
          expect(held.getTime() - sendAt.getTime()).toBeLessThanOrEqual(workingDaysOnly ? 12 * 86_400_000 : 86_400_000);
        // Held sends land on a whole minute: the end of the quiet hours or midnight.
        if (!allowedNow) expect(held.getTime() % 60_000).toBe(0);
      }),
    );
  });

  it('is idempotent: holding an already held time changes nothing', () => {
    fc.assert(
      fc.property(instant, (sendAt) => {
        const once = holdForQuietHours(sendAt);
        expect(holdForQuietHours(once).getTime()).toBe(once.getTime());
      }),
    );
  });
});
