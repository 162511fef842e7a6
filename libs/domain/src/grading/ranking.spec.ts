import fc from 'fast-check';
import { compareForRanking, rankBranches, type Rankable } from './ranking.js';

const entry = (code: string, total: number, superior = 0, membersAndPublic = 0): Rankable => ({
  organisationCode: code,
  score: { total, sources: { superior, membersAndPublic } },
});

describe('rankBranches — the tie-break', () => {
  it('ranks by total, then superior rating, then members and public, then organisation code', () => {
    const ranked = rankBranches([
      entry('C', 80, 70, 90),
      entry('A', 80, 70, 90),
      entry('B', 80, 75, 10),
      entry('D', 80, 70, 95),
      entry('E', 80.01, 0, 0),
    ]);
    expect(ranked.map((r) => r.organisationCode)).toEqual(['E', 'B', 'D', 'A', 'C']);
  });

  it('orders codes by code point, not by locale', () => {
    expect(
      rankBranches([entry('b', 1), entry('B', 1), entry('党', 1), entry('1', 1)]).map((r) => r.organisationCode),
    ).toEqual(['1', 'B', 'b', '党']);
  });

  it('is a total order independent of input order (property)', () => {
    const small = fc.integer({ min: 0, max: 3 }).map((n) => n * 10);
    const entries = fc.uniqueArray(
      fc.record({ code: fc.string({ minLength: 1, maxLength: 3 }), total: small, sup: small, mp: small }),
      { selector: (e) => e.code, maxLength: 30 },
    );
    fc.assert(
      fc.property(entries, fc.func(fc.integer()), (list, shuffleKey) => {
        const items = list.map((e) => entry(e.code, e.total, e.sup, e.mp));
        const shuffled = [...items].sort((a, b) => shuffleKey(a.organisationCode) - shuffleKey(b.organisationCode));
        expect(rankBranches(shuffled)).toEqual(rankBranches(items));
        const ranked = rankBranches(items);
        for (let i = 1; i < ranked.length; i += 1)
          expect(compareForRanking(ranked[i - 1]!, ranked[i]!)).toBeLessThan(0);
      }),
    );
  });
});
