import fc from 'fast-check';
import { admitRequest, type RateWindow } from './rate-window.js';

describe('admitRequest — fixed-window rate limit per address', () => {
  it('admits `limit` requests in a window, refuses the next with the seconds left, and opens a new window after', () => {
    let window: RateWindow | undefined;
    for (let i = 0; i < 3; i += 1) {
      const decision = admitRequest(window, 1_000 + i, 3, 60_000);
      expect(decision.allowed).toBe(true);
      window = decision.window;
    }
    const refused = admitRequest(window, 31_000, 3, 60_000);
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 30 });
    expect(refused.window.count).toBe(3);
    expect(admitRequest(refused.window, 61_000, 3, 60_000)).toMatchObject({ allowed: true, window: { count: 1 } });
  });

  it('never admits more than `limit` within one window, whatever the arrival times', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.integer({ min: 0, max: 59_999 }), { maxLength: 100 }),
        (limit, offsets) => {
          let window: RateWindow | undefined;
          let admitted = 0;
          for (const at of [...offsets].sort((a, b) => a - b)) {
            const decision = admitRequest(window, at, limit, 60_000);
            window = decision.window;
            if (decision.allowed) admitted += 1;
            else expect(decision.retryAfterSeconds).toBeGreaterThanOrEqual(1);
          }
          // All offsets fall in the first window (it starts at the first request, at most 59.999 s earlier).
          expect(admitted).toBe(Math.min(limit, offsets.length));
        },
      ),
    );
  });
});
