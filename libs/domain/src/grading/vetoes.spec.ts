import fc from 'fast-check';
import { addMonths } from '../calendar/add-months.js';
import { fromDayNumber, toDayNumber } from '../calendar/calendar-date.js';
import type { VetoCondition } from '../pipeline/pipeline-definition.types.js';
import { GOOD_FACTS } from './grading-test-helpers.js';
import { factProblems, mayBeAdvanced, vetoHits } from './vetoes.js';

const DEFAULTS: VetoCondition[] = [
  { kind: 'secretary-post-vacant', months: 3 },
  { kind: 'public-satisfaction-below', percent: 60 },
  { kind: 'no-party-activity', months: 6 },
];
const kinds = (facts: Partial<typeof GOOD_FACTS>, asOf = '2025-04-01', conditions = DEFAULTS) =>
  vetoHits({ ...GOOD_FACTS, ...facts }, conditions, asOf).map((h) => h.kind);

describe('vetoes (SPEC §6 rule 8) and the satisfaction floor (rule 9)', () => {
  it('vetoes a secretary post vacant MORE than 3 months, counted in calendar months', () => {
    expect(kinds({ secretaryPostVacantSince: '2025-01-01' }, '2025-04-01')).toEqual([]);
    expect(kinds({ secretaryPostVacantSince: '2025-01-01' }, '2025-04-02')).toEqual(['secretary-post-vacant']);
    expect(kinds({ secretaryPostVacantSince: '2024-11-30' }, '2025-02-28')).toEqual([]);
    expect(kinds({ secretaryPostVacantSince: '2024-11-30' }, '2025-03-01')).toEqual(['secretary-post-vacant']);
  });

  it('vetoes public satisfaction below 60 %, and no party activity for 6 months or more (or none on record)', () => {
    expect(kinds({ publicSatisfactionPercent: 59.9 })).toEqual(['public-satisfaction-below']);
    expect(kinds({ publicSatisfactionPercent: 60 })).toEqual([]);
    expect(kinds({ lastPartyActivityOn: '2024-10-01' }, '2025-04-01')).toEqual(['no-party-activity']);
    expect(kinds({ lastPartyActivityOn: '2024-10-02' }, '2025-04-01')).toEqual([]);
    expect(kinds({ lastPartyActivityOn: null })).toEqual(['no-party-activity']);
  });

  it('gives the reason in zh-CN and en, and applies only the configured conditions', () => {
    const [hit] = vetoHits({ ...GOOD_FACTS, secretaryPostVacantSince: '2024-10-08' }, DEFAULTS, '2025-04-01');
    expect(hit?.text).toEqual({
      zhCN: '书记岗位自 2024-10-08 起空缺已超过 3 个月',
      en: 'the secretary post has been vacant since 2024-10-08, more than 3 months',
    });
    expect(kinds({ lastPartyActivityOn: null, publicSatisfactionPercent: 10 }, '2025-04-01', [])).toEqual([]);
    expect(
      kinds({ publicSatisfactionPercent: 70 }, '2025-04-01', [{ kind: 'public-satisfaction-below', percent: 75 }]),
    ).toEqual(['public-satisfaction-below']);
  });

  it('lets a branch be advanced only with public satisfaction ≥ the floor (90 % by default)', () => {
    expect(mayBeAdvanced({ publicSatisfactionPercent: 90 }, 90)).toBe(true);
    expect(mayBeAdvanced({ publicSatisfactionPercent: 89.99 }, 90)).toBe(false);
  });

  it('never reads no public appraisal as satisfied: advanced only where the floor is 0', () => {
    expect(mayBeAdvanced({ publicSatisfactionPercent: null }, 90)).toBe(false);
    expect(mayBeAdvanced({ publicSatisfactionPercent: null }, 0)).toBe(true);
  });

  it('meets no veto on a fact that was never recorded: classification refuses it instead', () => {
    expect(vetoHits({ publicSatisfactionPercent: null }, DEFAULTS, '2025-04-01')).toEqual([]);
    // Recorded as "no activity at all" is a fact, and it vetoes.
    expect(kinds({ lastPartyActivityOn: null })).toEqual(['no-party-activity']);
  });

  it('refuses facts it cannot judge', () => {
    expect(
      factProblems(
        { secretaryPostVacantSince: '2025-05-01', lastPartyActivityOn: '2025-02-30', publicSatisfactionPercent: 101 },
        '2025-04-01',
        'B1',
      ).map((p) => p.path),
    ).toEqual(['$.facts.secretaryPostVacantSince', '$.facts.lastPartyActivityOn', '$.facts.publicSatisfactionPercent']);
    expect(factProblems(GOOD_FACTS, '2025-04-01', 'B1')).toEqual([]);
  });

  it('vetoes a vacancy exactly when more than n months have passed (property)', () => {
    const day = fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2030-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 12 }), (since, later, months) => {
        const asOf = fromDayNumber(toDayNumber(since) + later);
        const vetoed = kinds({ secretaryPostVacantSince: since }, asOf, [{ kind: 'secretary-post-vacant', months }]);
        expect(vetoed.length === 1).toBe(toDayNumber(asOf) > toDayNumber(addMonths(since, months)));
      }),
    );
  });
});
