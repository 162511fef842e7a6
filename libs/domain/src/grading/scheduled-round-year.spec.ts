import { scheduledRoundYear } from './scheduled-round-year.js';

describe('scheduledRoundYear', () => {
  it('opens next year’s round at the end of a year, this year’s otherwise', () => {
    expect(scheduledRoundYear('2026-11-01')).toBe(2027);
    expect(scheduledRoundYear('2026-12-31')).toBe(2027);
    expect(scheduledRoundYear('2027-01-05')).toBe(2027);
    expect(scheduledRoundYear('2027-10-31')).toBe(2027);
  });
});
