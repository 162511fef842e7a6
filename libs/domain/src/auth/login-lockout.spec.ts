import fc from 'fast-check';
import { DEFAULT_LOCKOUT_POLICY, isLocked, lockUntilAfterFailure } from './login-lockout.js';

describe('login lockout', () => {
  const now = new Date('2026-03-01T02:00:00Z');

  it('locks on the fifth failure in a row, for fifteen minutes by default', () => {
    expect(lockUntilAfterFailure(4, now, DEFAULT_LOCKOUT_POLICY)).toBeNull();
    expect(lockUntilAfterFailure(5, now, DEFAULT_LOCKOUT_POLICY)).toEqual(new Date('2026-03-01T02:15:00Z'));
  });

  it('is locked exactly until the moment it unlocks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 40 }),
        (max, minutes, failures) => {
          const until = lockUntilAfterFailure(failures, now, { maxFailures: max, lockMinutes: minutes });
          if (failures < max) return until === null;
          return until !== null && isLocked(until, new Date(until.getTime() - 1)) && !isLocked(until, until);
        },
      ),
    );
  });
});
