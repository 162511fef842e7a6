import fc from 'fast-check';
import { shareOf } from './share.util.js';

describe('shareOf', () => {
  it('rounds as configured: advanced ≤ floor(30 % × N), lagging ≥ ceil(5 % × N)', () => {
    expect(shareOf(10, 30, 'floor')).toBe(3);
    expect(shareOf(11, 30, 'floor')).toBe(3);
    expect(shareOf(9, 30, 'floor')).toBe(2);
    expect(shareOf(10, 5, 'ceil')).toBe(1);
    expect(shareOf(20, 5, 'ceil')).toBe(1);
    expect(shareOf(21, 5, 'ceil')).toBe(2);
    expect(shareOf(15, 10, 'round')).toBe(2);
    expect(shareOf(14, 10, 'round')).toBe(1);
    expect(shareOf(0, 30, 'ceil')).toBe(0);
  });

  it('does not let binary fractions tip the rounding', () => {
    // 0.07 × 100 = 7.000000000000001 in binary floating point.
    expect(shareOf(100, 7, 'ceil')).toBe(7);
    expect(shareOf(1000, 0.7, 'ceil')).toBe(7);
    expect(shareOf(3, 33.3, 'floor')).toBe(0);
  });

  it('refuses a negative or fractional count and a share outside 0–100 %', () => {
    expect(() => shareOf(-1, 30, 'floor')).toThrow(RangeError);
    expect(() => shareOf(2.5, 30, 'floor')).toThrow(RangeError);
    expect(() => shareOf(10, 101, 'floor')).toThrow(RangeError);
  });

  it('stays within [0, count] and between the floor and the ceiling (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), fc.integer({ min: 0, max: 1000 }), (count, tenths) => {
        const percent = tenths / 10;
        const floor = shareOf(count, percent, 'floor');
        const ceil = shareOf(count, percent, 'ceil');
        const round = shareOf(count, percent, 'round');
        expect(floor).toBeGreaterThanOrEqual(0);
        expect(ceil).toBeLessThanOrEqual(count);
        expect(ceil - floor).toBeLessThanOrEqual(1);
        expect(round === floor || round === ceil).toBe(true);
        expect(floor * 100).toBeLessThanOrEqual(count * percent + 1e-6);
        expect(ceil * 100).toBeGreaterThanOrEqual(count * percent - 1e-6);
      }),
    );
  });
});
