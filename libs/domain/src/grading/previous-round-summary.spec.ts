import { summarisePreviousRound } from './previous-round-summary.js';

describe('summarisePreviousRound (SPEC §6 rule 13)', () => {
  it('counts the passed, names the not passed and the missing, and gates the finalisation', () => {
    const summary = summarisePreviousRound('unit', 2026, [
      { organisationId: 'c', tier: 'lagging', passed: false },
      { organisationId: 'a', tier: 'advanced', passed: true },
      { organisationId: 'd', tier: 'average', passed: null },
      { organisationId: 'b', tier: 'average', passed: false },
    ]);
    expect(summary).toEqual({
      year: 2026,
      branches: 4,
      passed: 1,
      notPassed: ['b', 'c'],
      missing: ['d'],
      mayFinalise: false,
    });
  });

  it('may finalise once every branch is accepted, whatever the results', () => {
    const summary = summarisePreviousRound('unit', 2026, [
      { organisationId: 'a', tier: 'advanced', passed: false },
      { organisationId: 'b', tier: null, passed: true },
    ]);
    expect(summary.mayFinalise).toBe(true);
    expect(summary.missing).toEqual([]);
  });
});
