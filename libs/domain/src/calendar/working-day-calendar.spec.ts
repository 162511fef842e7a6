import fc from 'fast-check';
import { addDays, dayOfWeek, fromDayNumber, isWeekend, toDayNumber } from './calendar-date.js';
import { CHINA_2025_CALENDAR } from './china-2025.calendar.js';
import { WorkingDayCalendar, type CalendarDay } from './working-day-calendar.js';

const calendar2025 = new WorkingDayCalendar(CHINA_2025_CALENDAR);

/** Dates from 2023 to 2027, so the 2025 holidays sit well inside the range. */
const date = fc.integer({ min: toDayNumber('2023-01-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber);

/** Random calendars: some weekdays off, some weekend days worked. */
const calendar = fc
  .array(fc.tuple(date, fc.boolean()), { maxLength: 60 })
  .map((entries) => {
    const days = new Map<string, CalendarDay>();
    for (const [d, holiday] of entries) {
      const kind = isWeekend(d) ? (holiday ? 'holiday' : 'make-up-workday') : 'holiday';
      days.set(d, { date: d, kind, nameZhCN: '测试' });
    }
    return new WorkingDayCalendar([...days.values()]);
  })
  .map((c) => c as WorkingDayCalendar);

describe('WorkingDayCalendar', () => {
  it('counts Monday to Friday, and only them, when nothing is configured', () => {
    const plain = new WorkingDayCalendar();
    expect(plain.isWorkingDay('2024-06-14')).toBe(true); // Friday
    expect(plain.isWorkingDay('2024-06-15')).toBe(false); // Saturday
    expect(plain.addWorkingDays('2024-06-14', 1)).toBe('2024-06-17');
    expect(plain.addWorkingDays('2024-06-15', 1)).toBe('2024-06-17');
    expect(plain.addWorkingDays('2024-06-16', -1)).toBe('2024-06-14');
    expect(plain.addWorkingDays('2024-06-15', 0)).toBe('2024-06-17');
    expect(plain.addWorkingDays('2024-06-14', 0)).toBe('2024-06-14');
    expect(plain.workingDaysBetween('2024-06-10', '2024-06-24')).toBe(10);
    expect(plain.workingDaysBetween('2024-06-24', '2024-06-10')).toBe(-10);
  });

  it('knows the 2025 schedule: 春节 off, the 调休 Sunday and Saturday worked', () => {
    expect(calendar2025.isWorkingDay('2025-01-01')).toBe(false); // 元旦, a Wednesday
    expect(calendar2025.isWorkingDay('2025-01-26')).toBe(true); // Sunday worked
    expect(calendar2025.isWorkingDay('2025-01-28')).toBe(false); // 除夕, a Tuesday
    expect(calendar2025.isWorkingDay('2025-02-04')).toBe(false);
    expect(calendar2025.isWorkingDay('2025-02-05')).toBe(true);
    expect(calendar2025.isWorkingDay('2025-02-08')).toBe(true); // Saturday worked
    // Five working days after 24 January (Friday): 26 Jan (Sun), 27 Jan, then 5, 6, 7 February.
    expect(calendar2025.addWorkingDays('2025-01-24', 5)).toBe('2025-02-07');
    // 国庆 + 中秋: the last working day before 1 October is 30 September; 11 October (Sat) is worked.
    expect(calendar2025.addWorkingDays('2025-10-01', -1)).toBe('2025-09-30');
    expect(calendar2025.addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
    // After Friday 26 Sep up to Monday 13 Oct: 28 (Sun), 29, 30 Sep, 9, 10, 11 (Sat), 13 Oct.
    expect(calendar2025.workingDaysBetween('2025-09-26', '2025-10-13')).toBe(7);
  });

  it('has 2025 make-up workdays on weekends and 2025 holidays in the right places', () => {
    const makeUp = CHINA_2025_CALENDAR.filter((d) => d.kind === 'make-up-workday').map((d) => [
      d.date,
      dayOfWeek(d.date),
    ]);
    expect(makeUp).toEqual([
      ['2025-01-26', 0],
      ['2025-02-08', 6],
      ['2025-04-27', 0],
      ['2025-09-28', 0],
      ['2025-10-11', 6],
    ]);
    const holidays = CHINA_2025_CALENDAR.filter((d) => d.kind === 'holiday');
    const countOf = (name: string) => holidays.filter((d) => d.nameZhCN === name).length;
    expect([countOf('元旦'), countOf('春节'), countOf('清明节'), countOf('劳动节'), countOf('端午节')]).toEqual([
      1, 8, 3, 5, 3,
    ]);
    expect(countOf('国庆节、中秋节')).toBe(8);
    expect(new Set(CHINA_2025_CALENDAR.map((d) => d.date)).size).toBe(CHINA_2025_CALENDAR.length);
  });

  it('inverts: workingDaysBetween(d, addWorkingDays(d, n)) is n, and the result is a working day', () => {
    fc.assert(
      fc.property(calendar, date, fc.integer({ min: -300, max: 300 }), (c, d, n) => {
        const result = c.addWorkingDays(d, n);
        expect(c.isWorkingDay(result)).toBe(true);
        if (n !== 0) expect(c.workingDaysBetween(d, result)).toBe(n);
        else expect(c.workingDaysBetween(d, result)).toBe(c.isWorkingDay(d) ? 0 : 1);
      }),
    );
  });

  it('moves in the direction of n, and the days skipped are not working days', () => {
    fc.assert(
      fc.property(calendar, date, fc.integer({ min: 1, max: 60 }), fc.boolean(), (c, d, steps, forward) => {
        const n = forward ? steps : -steps;
        const result = c.addWorkingDays(d, n);
        const previous = c.addWorkingDays(d, forward ? n - 1 : n + 1);
        expect(Math.sign(toDayNumber(result) - toDayNumber(d))).toBe(Math.sign(n));
        // Between the (|n|-1)-th and the |n|-th working day, nothing counts.
        const from = Math.min(toDayNumber(previous), toDayNumber(result)) + 1;
        const to = Math.max(toDayNumber(previous), toDayNumber(result)) - 1;
        for (let day = from; day <= to; day += 1) {
          if (steps > 1 || fromDayNumber(day) !== d) expect(c.isWorkingDay(fromDayNumber(day))).toBe(false);
        }
      }),
    );
  });

  it('counts a 调休 Saturday, never a holiday (property over the 2025 schedule)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 400 }), (d, span) => {
        const end = addDays(d, span);
        const plain = new WorkingDayCalendar().workingDaysBetween(d, end);
        const inRange = (x: string) => x > d && x <= end;
        const holidaysOnWeekdays = CHINA_2025_CALENDAR.filter(
          (x) => x.kind === 'holiday' && !isWeekend(x.date) && inRange(x.date),
        ).length;
        const makeUps = CHINA_2025_CALENDAR.filter((x) => x.kind === 'make-up-workday' && inRange(x.date)).length;
        expect(calendar2025.workingDaysBetween(d, end)).toBe(plain - holidaysOnWeekdays + makeUps);
      }),
    );
    for (const day of CHINA_2025_CALENDAR) {
      expect(calendar2025.isWorkingDay(day.date)).toBe(day.kind === 'make-up-workday');
    }
  });

  it('refuses fractional or absurd step counts', () => {
    expect(() => calendar2025.addWorkingDays('2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => calendar2025.addWorkingDays('2025-01-01', 1e9)).toThrow(RangeError);
    expect(() => calendar2025.addWorkingDays('2025-02-30', 1)).toThrow(RangeError);
  });
});
