import fc from 'fast-check';
import { decideRateWindow } from './rate-window.js';

describe('decideRateWindow — fixed-window rate limit on a shared counter', () => {
  it('admits up to `limit` hits, refuses the next until the window ends, rounding the wait up', () => {
    expect(decideRateWindow(3, 59_000, 3)).toEqual({
      totalHits: 3,
      timeToExpire: 59,
      isBlocked: false,
      timeToBlockExpire: 0,
    });
    expect(decideRateWindow(4, 29_001, 3)).toEqual({
      totalHits: 4,
      timeToExpire: 30,
      isBlocked: true,
      timeToBlockExpire: 30,
    });
  });

  it('never tells a refused client to wait less than a second, nor past the window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000 }),
        fc.integer({ min: 1, max: 2_000 }),
        fc.integer({ min: -1, max: 60_000 }),
        (limit, hits, msLeft) => {
          const decision = decideRateWindow(hits, msLeft, limit);
          expect(decision.isBlocked).toBe(hits > limit);
          if (decision.isBlocked) {
            expect(decision.timeToBlockExpire).toBeGreaterThanOrEqual(1);
            expect(decision.timeToBlockExpire).toBeLessThanOrEqual(Math.max(1, Math.ceil(msLeft / 1000)));
          }
        },
      ),
    );
  });
});
