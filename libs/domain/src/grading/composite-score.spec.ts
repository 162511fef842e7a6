import fc from 'fast-check';
import { compositeScore, compositeScoreProblems } from './composite-score.js';
import { defaultSheet, itemsAt, thrown } from './grading-test-helpers.js';

const rules = { sheet: defaultSheet(), appraisalWeights: { self: 15, membersAndPublic: 20, superior: 65 } };
const full = itemsAt(1);

describe('compositeScore (SPEC §6 rule 4)', () => {
  it('weighs self / members and public / superior 15 / 20 / 65 on the 100-point scale', () => {
    const score = compositeScore(
      {
        organisationCode: 'B001',
        sources: { self: { items: full }, membersAndPublic: { overall: 80 }, superior: { overall: 90 } },
      },
      rules,
    );
    expect(score.total).toBe(89.5); // 15 + 16 + 58.5
    expect(score.sources).toEqual({ self: 100, membersAndPublic: 80, superior: 90 });
  });

  it('uses the definition weights and sums item scores exactly, rounding the total half up', () => {
    const self = { ...full, 'leader-quality': 7.5, 'venue-use': 3.33 }; // 100 − 2.5 − 1.67 = 95.83
    const score = compositeScore(
      {
        organisationCode: 'B002',
        sources: { self: { items: self }, membersAndPublic: { overall: 77.77 }, superior: { overall: 61.01 } },
      },
      { ...rules, appraisalWeights: { self: 33.3, membersAndPublic: 33.3, superior: 33.4 } },
    );
    expect(score.sources.self).toBe(95.83);
    // (333 × 9583 + 333 × 7777 + 334 × 6101) / 1000 = 7818.614 hundredths → 78.19
    expect(score.total).toBe(78.19);
  });

  it('refuses a missing source, naming the branch and the source (invalid → 422)', () => {
    const error = thrown(() =>
      compositeScore(
        { organisationCode: 'B003', sources: { self: { items: full }, superior: { overall: 90 } } },
        rules,
      ),
    );
    expect(error).toMatchObject({
      code: 'GRADING_SOURCE_MISSING',
      kind: 'invalid',
      field: '$.sources.membersAndPublic',
    });
    expect(error.error.text.zhCN).toContain('党组织 B003 缺少党员群众评议，不能定级');
    expect(error.error.text.en).toContain('branch B003 has no members and public appraisal');
  });

  it('reports every bad score at once, each with the path of its item', () => {
    const { problems, score } = compositeScoreProblems(
      {
        organisationCode: 'B004',
        sources: {
          self: { items: { ...full, 'leader-quality': 12, 'venue-use': -1, extra: 3 } },
          membersAndPublic: { overall: 100.5 },
          superior: { items: { ...full, 'plan-goals': 2.345 } },
        },
      },
      rules,
      '$.branches[4]',
    );
    expect(score).toBeUndefined();
    expect(problems.map((p) => `${p.code}@${p.path}`)).toEqual([
      'GRADING_SCORE_OUT_OF_RANGE@$.branches[4].sources.self.items["leader-quality"]',
      'GRADING_SCORE_OUT_OF_RANGE@$.branches[4].sources.self.items["venue-use"]',
      'GRADING_ITEM_UNKNOWN@$.branches[4].sources.self.items.extra',
      'GRADING_SCORE_OUT_OF_RANGE@$.branches[4].sources.membersAndPublic.overall',
      'GRADING_SCORE_OUT_OF_RANGE@$.branches[4].sources.superior.items["plan-goals"]',
    ]);
    expect(problems[0]?.text.zhCN).toContain('细项「书记政治素质好、工作能力强」');
    expect(problems[0]?.text.zhCN).toContain('0–10');
  });

  it('refuses a self-assessment given as one overall score and a missing item score', () => {
    const { problems } = compositeScoreProblems(
      {
        organisationCode: 'B005',
        sources: {
          self: { overall: 90 } as never,
          membersAndPublic: { overall: 90, items: {} } as never,
          superior: { items: { 'leader-quality': 5 } },
        },
      },
      rules,
    );
    expect(problems.map((p) => p.code)).toEqual([
      'GRADING_SOURCE_INVALID',
      'GRADING_SOURCE_INVALID',
      ...Array(rules.sheet.items.length - 1).fill('GRADING_ITEM_SCORE_MISSING'),
    ]);
  });

  it('gives each indicator its attainment over the itemised sources, weighted', () => {
    const self = { ...full, 'venue-place': 0, 'venue-use': 0 }; // venue: 0 of 10 in the self-assessment
    const superior = { ...full, 'venue-place': 5, 'venue-use': 0 }; // venue: 5 of 10 from the superior
    const score = compositeScore(
      {
        organisationCode: 'B006',
        sources: { self: { items: self }, membersAndPublic: { overall: 10 }, superior: { items: superior } },
      },
      rules,
    );
    const venue = score.indicators.find((i) => i.code === 'venue');
    // (15 × 0 + 65 × 0.5) / 80 = 0.40625 → 0.4063; the overall members score is left out.
    expect(venue).toEqual({ code: 'venue', weight: 10, attainment: 0.4063, points: 4.06 });
    expect(score.indicators.find((i) => i.code === 'leader')?.attainment).toBe(1);
    expect(score.indicators.map((i) => i.code)).toEqual(rules.sheet.indicators.map((i) => i.code));
  });

  it('stays on the 100-point scale, follows the formula, and grows with any source (property)', () => {
    const ratio = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
    const overall = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(ratio, overall, overall, overall, (r, m, p, bump) => {
        const sources = { self: { items: itemsAt(r) }, membersAndPublic: { overall: m }, superior: { overall: p } };
        const score = compositeScore({ organisationCode: 'X', sources }, rules);
        expect(score.total).toBeGreaterThanOrEqual(0);
        expect(score.total).toBeLessThanOrEqual(100);
        const exact = 0.15 * score.sources.self + 0.2 * m + 0.65 * p;
        expect(Math.abs(score.total - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
        const higher = compositeScore(
          { organisationCode: 'X', sources: { ...sources, superior: { overall: Math.max(p, bump) } } },
          rules,
        );
        expect(higher.total).toBeGreaterThanOrEqual(score.total);
      }),
    );
  });
});
