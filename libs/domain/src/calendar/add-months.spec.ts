import fc from 'fast-check';
import { addMonths } from './add-months.js';
import { fromDayNumber, isIsoDate, toDayNumber } from './calendar-date.js';

const date = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2090-12-31') }).map(fromDayNumber);

describe('addMonths', () => {
  it('keeps the day of the month, or clamps it to the end of a shorter month', () => {
    expect(addMonths('2025-01-10', 3)).toBe('2025-04-10');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addMonths('2025-06-30', 0)).toBe('2025-06-30');
  });

  it('refuses a non-date and a fractional number of months', () => {
    expect(() => addMonths('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('2025-02-01', 1.5)).toThrow(RangeError);
  });

  it('always gives a real date, later for more months, in the month counted (property)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -60, max: 60 }), fc.integer({ min: 1, max: 24 }), (d, n, more) => {
        const result = addMonths(d, n);
        expect(isIsoDate(result)).toBe(true);
        const monthIndex = (x: string) => Number(x.slice(0, 4)) * 12 + Number(x.slice(5, 7));
        expect(monthIndex(result) - monthIndex(d)).toBe(n);
        expect(Number(result.slice(8, 10))).toBeLessThanOrEqual(Number(d.slice(8, 10)));
        expect(toDayNumber(addMonths(d, n + more))).toBeGreaterThan(toDayNumber(result));
      }),
    );
  });
});
