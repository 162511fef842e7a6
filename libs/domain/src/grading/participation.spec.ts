import fc from 'fast-check';
import { branch, gradingBody, thrown, unitInput } from './grading-test-helpers.js';
import { assertParticipation, participationProblems, participationStatus, unitParticipation } from './participation.js';

const thresholds = { reachableMembersPercent: 100, publicRatersPercentOfBase: 10 };
const withCounts = (code: string, participation: Parameters<typeof participationStatus>[0]['participation']) => ({
  ...branch({ code }),
  participation,
});

describe('participation (SPEC §6 rule 5)', () => {
  it('needs every reachable member and public raters ≥ 10 % of the base, rounded up', () => {
    const status = participationStatus(
      withCounts('B1', { reachableMembers: 18, memberAppraisers: 17, publicBase: 95, publicRaters: 9 }),
      thresholds,
    );
    expect(status.members).toEqual({ required: 18, actual: 17, shortfall: 1 });
    expect(status.publicRaters).toEqual({ required: 10, actual: 9, shortfall: 1 }); // ⌈9.5⌉
    expect(status.met).toBe(false);
    const met = participationStatus(
      withCounts('B2', { reachableMembers: 18, memberAppraisers: 18, publicBase: 95, publicRaters: 40 }),
      thresholds,
    );
    expect(met.met).toBe(true);
  });

  it('lists the shortfall of each branch short of it, in zh-CN and en, and refuses classification', () => {
    const input = unitInput([
      withCounts('B1', { reachableMembers: 20, memberAppraisers: 18, publicBase: 100, publicRaters: 7 }),
      withCounts('B2', { reachableMembers: 20, memberAppraisers: 20, publicBase: 100, publicRaters: 10 }),
      withCounts('B3', { reachableMembers: 10, memberAppraisers: 10, publicBase: 300, publicRaters: 29 }),
    ]);
    const error = thrown(() => assertParticipation(input));
    expect(error).toMatchObject({ code: 'GRADING_PARTICIPATION_SHORT', kind: 'invalid' });
    expect(error.error.details.map((d: { path: string }) => d.path)).toEqual([
      '$.branches[0].participation',
      '$.branches[2].participation',
    ]);
    expect(error.error.details[0].text.zhCN).toBe(
      '党组织 B1 参评面不足：党员应参评 20 人，实际 18 人，差 2 人；群众应参评 10 人，实际 7 人，差 3 人',
    );
    expect(error.error.details[1].text.en).toBe(
      'branch B3 lacks participation: public raters: 29 of the 30 required (1 short)',
    );
    expect(unitParticipation(input).map((s) => s.met)).toEqual([false, true, false]);
  });

  it('uses each sector’s own thresholds', () => {
    const agency = gradingBody('agency', (b) => (b.participation.reachableMembersPercent = 80));
    const input = unitInput(
      [
        {
          ...withCounts('A1', { reachableMembers: 10, memberAppraisers: 8, publicBase: 0, publicRaters: 0 }),
          sectorCode: 'agency',
        },
      ],
      { agency },
    );
    expect(() => assertParticipation(input)).not.toThrow();
  });

  it('refuses impossible counts', () => {
    expect(
      participationProblems(
        withCounts('B1', { reachableMembers: 5, memberAppraisers: 6, publicBase: 0, publicRaters: 0 }),
        thresholds,
      ).map((p) => p.path),
    ).toEqual(['$.participation.memberAppraisers']);
    expect(
      participationProblems(
        withCounts('B1', { reachableMembers: -1, memberAppraisers: 0, publicBase: 1.5, publicRaters: 0 }),
        thresholds,
      ).map((p) => p.code),
    ).toEqual(['GRADING_PARTICIPATION_COUNT_INVALID', 'GRADING_PARTICIPATION_COUNT_INVALID']);
  });

  it('is met exactly when the counts reach their shares (property)', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 500 }).chain((reachable) => fc.tuple(fc.constant(reachable), fc.nat({ max: reachable }))),
        fc.nat({ max: 5000 }),
        fc.nat({ max: 1000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        ([reachable, appraisers], base, raters, memberPct, publicPct) => {
          const status = participationStatus(
            withCounts('X', {
              reachableMembers: reachable,
              memberAppraisers: appraisers,
              publicBase: base,
              publicRaters: raters,
            }),
            { reachableMembersPercent: memberPct, publicRatersPercentOfBase: publicPct },
          );
          expect(status.met).toBe(appraisers * 100 >= reachable * memberPct && raters * 100 >= base * publicPct);
        },
      ),
    );
  });
});
