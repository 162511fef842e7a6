import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../calendar/calendar-date.js';
import { assertRoundNotLaunched, checkDeployDate, deployWindow, gradingRoundKey } from './grading-round.js';
import { gradingBody, thrown } from './grading-test-helpers.js';

describe('grading rounds (SPEC §6 rules 1, 2)', () => {
  it('has one round per grading unit and year', () => {
    expect(gradingRoundKey({ gradingUnitId: 'county-1', year: 2025 })).toBe('county-1/2025');
    const existing = [{ gradingUnitId: 'county-1', year: 2025 }];
    expect(thrown(() => assertRoundNotLaunched(existing, { gradingUnitId: 'county-1', year: 2025 }))).toMatchObject({
      code: 'GRADING_ROUND_EXISTS',
      kind: 'conflict',
    });
    expect(() => assertRoundNotLaunched(existing, { gradingUnitId: 'county-1', year: 2026 })).not.toThrow();
    expect(() => assertRoundNotLaunched(existing, { gradingUnitId: 'county-2', year: 2025 })).not.toThrow();
    expect(thrown(() => gradingRoundKey({ gradingUnitId: 'a/b', year: 2025 })).code).toBe('GRADING_UNIT_INVALID');
    expect(thrown(() => gradingRoundKey({ gradingUnitId: 'a', year: 25 })).code).toBe('GRADING_YEAR_INVALID');
  });

  it('deploys between 1 November of N−1 and 31 March of N by default, or the definition’s deploy deadline', () => {
    expect(deployWindow(2026)).toEqual({ opensOn: '2025-11-01', closesOn: '2026-03-31' });
    expect(deployWindow(2026, gradingBody())).toEqual({ opensOn: '2025-11-01', closesOn: '2026-03-31' });
    const february = gradingBody(
      'village',
      (b) => (b.steps[0].deadline = { kind: 'fixed-date', monthDay: '02-29', yearOffset: 0 }),
    );
    expect(deployWindow(2026, february).closesOn).toBe('2026-02-28');
    expect(deployWindow(2028, february).closesOn).toBe('2028-02-29');
  });

  it('needs an override reason outside the window, and says so for the audit', () => {
    expect(checkDeployDate({ year: 2026, deployOn: '2025-12-15' })).toMatchObject({
      inWindow: true,
      overridden: false,
    });
    const refused = thrown(() => checkDeployDate({ year: 2026, deployOn: '2026-04-01' }));
    expect(refused).toMatchObject({ code: 'GRADING_DEPLOY_OUTSIDE_WINDOW', kind: 'invalid', field: 'overrideReason' });
    expect(refused.error.text.zhCN).toContain('2026 年度应在 2025-11-01 至 2026-03-31 之间部署');
    expect(thrown(() => checkDeployDate({ year: 2026, deployOn: '2026-04-01', overrideReason: '   ' })).code).toBe(
      'GRADING_DEPLOY_OUTSIDE_WINDOW',
    );
    expect(checkDeployDate({ year: 2026, deployOn: '2026-04-01', overrideReason: ' 换届推迟 ' })).toEqual({
      window: { opensOn: '2025-11-01', closesOn: '2026-03-31' },
      inWindow: false,
      overridden: true,
      overrideReason: '换届推迟',
    });
    expect(thrown(() => checkDeployDate({ year: 2026, deployOn: '2026-4-1' })).code).toBe(
      'GRADING_DEPLOY_DATE_INVALID',
    );
  });

  it('needs a reason exactly outside the window (property)', () => {
    const day = fc.integer({ min: toDayNumber('2024-06-01'), max: toDayNumber('2026-09-30') }).map(fromDayNumber);
    fc.assert(
      fc.property(day, (deployOn) => {
        const inside = deployOn >= '2024-11-01' && deployOn <= '2025-03-31';
        if (inside) expect(checkDeployDate({ year: 2025, deployOn }).overridden).toBe(false);
        else expect(() => checkDeployDate({ year: 2025, deployOn })).toThrow('GRADING_DEPLOY_OUTSIDE_WINDOW');
        expect(checkDeployDate({ year: 2025, deployOn, overrideReason: '理由' }).overridden).toBe(!inside);
      }),
    );
  });
});
