import fc from 'fast-check';
import { annualPledgeWindow, loadAppConfig } from '@cxzy/config';
import { checkProposalWindow, type PledgerKind } from '@cxzy/domain';
import { beijingYear, pledgeYear, TEST_PLEDGE_WINDOW } from './test-clock.js';

/**
 * The API judges the annual pledge window on the real clock, and Temporal's server cannot be told
 * another date: so this proves, for any date, that the pledge specs' year is open under the test
 * stack's configured window — on the day the spec file loads and for the hours it runs.
 */
describe("the tests' clock and pledge year", () => {
  const window = annualPledgeWindow(loadAppConfig({ ...TEST_PLEDGE_WINDOW }));
  const beijing = (at: string) => new Date(`${at}+08:00`);
  const HOURS = 3_600_000;
  const openAt = (who: PledgerKind, year: number, now: Date) =>
    checkProposalWindow('annual', who, year, now, window) === null;

  it('reads the year on the Beijing date', () => {
    expect(beijingYear(beijing('2027-12-31T23:59:00'))).toBe(2027);
    expect(beijingYear(new Date('2027-12-31T16:00:00Z'))).toBe(2028); // 00:00 on 1 January in Beijing
    expect(pledgeYear(beijing('2027-03-20T09:00:00'))).toBe(2028);
  });

  it('leaves the window open on the days the default closes it, and across New Year', () => {
    for (const at of [
      '2027-03-15T23:00:00', // branches' last default day
      '2027-03-20T10:00:00', // after the branches' default close
      '2027-04-01T00:00:00', // after the members' default close
      '2027-07-01T12:00:00',
      '2027-12-31T23:30:00', // run across midnight into a new year
    ]) {
      const loaded = beijing(at);
      const year = pledgeYear(loaded);
      for (const who of ['member', 'branch'] as const)
        for (const later of [0, 1, 6, 24])
          expect(openAt(who, year, new Date(loaded.getTime() + later * HOURS))).toBe(true);
    }
  });

  it('property: on any day of any year, the year taken when a spec loads stays open for a day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2998-12-30T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 24 * HOURS }),
        fc.constantFrom('member' as const, 'branch' as const),
        (loaded, elapsed, who) => openAt(who, pledgeYear(loaded), new Date(loaded.getTime() + elapsed)),
      ),
    );
  });

  it('is needed: under the default window no year is open from April to October', () => {
    const summer = beijing('2027-06-15T10:00:00');
    for (const year of [2026, 2027, 2028, 2029])
      for (const who of ['member', 'branch'] as const)
        expect(checkProposalWindow('annual', who, year, summer)).not.toBeNull();
  });
});
