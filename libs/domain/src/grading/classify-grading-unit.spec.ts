import { classifyGradingUnit } from './classify-grading-unit.js';
import { branch, branchScoring, gradingBody, thrown, unitInput } from './grading-test-helpers.js';

const byCode = (result: ReturnType<typeof classifyGradingUnit>) =>
  Object.fromEntries(result.branches.map((b) => [b.organisationCode, b]));
const code = (n: number) => `B${String(n).padStart(2, '0')}`;

describe('classifyGradingUnit (SPEC §6 rules 4–9)', () => {
  it('bands by score, caps advanced at 30 %, guarantees 5 % lagging, with a reason for every move', () => {
    // 20 branches scoring 100, 99, …, 81: eleven reach the advanced line (90), none is below 60.
    const result = classifyGradingUnit(
      unitInput(Array.from({ length: 20 }, (_, i) => branchScoring(code(i + 1), 100 - i))),
    );
    expect(result.groups).toEqual([
      {
        key: 'grading-unit',
        sectorCodes: ['village'],
        size: 20,
        advancedCap: 6,
        laggingFloor: 1,
        laggingQuotaApplies: true,
        counts: { advanced: 6, average: 13, lagging: 1 },
      },
    ]);
    const b = byCode(result);
    expect(b.B06?.proposedTier).toBe('advanced');
    expect(b.B07).toMatchObject({ rank: 7, scoreTier: 'advanced', proposedTier: 'average' });
    expect(b.B07?.moves.map((m) => m.cause)).toEqual(['advanced-cap']);
    expect(b.B20).toMatchObject({ rank: 20, scoreTier: 'average', proposedTier: 'lagging' });
    expect(b.B20?.moves[0]?.reason.zhCN).toContain('确保一定后进比例：本组织实施单位共 20 个党组织');
    expect(b.B12?.moves).toEqual([]);
    expect(b.B07?.explanation.zhCN).toMatch(/^综合得分 94\.00，排名第 7（共 20 个），按分数线为先进；先进比例不能过高/);
    expect(result.branches.map((x) => x.rank)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('makes a vetoed branch lagging whatever its score, and counts it toward the lagging share', () => {
    const branches = Array.from({ length: 10 }, (_, i) => branchScoring(code(i + 1), 85 - i));
    branches[0] = branchScoring('B01', 98, { facts: { secretaryPostVacantSince: '2024-11-01' } });
    const b = byCode(classifyGradingUnit(unitInput(branches)));
    expect(b.B01).toMatchObject({ rank: 1, scoreTier: 'advanced', proposedTier: 'lagging' });
    expect(b.B01?.moves).toEqual([
      {
        cause: 'veto',
        from: 'advanced',
        to: 'lagging',
        reason: {
          zhCN: '一票否决：书记岗位自 2024-11-01 起空缺已超过 3 个月；不论得分，由先进定为后进',
          en: 'veto: the secretary post has been vacant since 2024-11-01, more than 3 months; lagging whatever the score (was advanced)',
        },
      },
    ]);
    expect(b.B10?.proposedTier).toBe('average'); // the floor of 1 is met by the vetoed branch
  });

  it('keeps a branch below 90 % public satisfaction out of advanced (rule 9)', () => {
    const b = byCode(
      classifyGradingUnit(
        unitInput([branchScoring('B01', 95, { facts: { publicSatisfactionPercent: 88 } }), branchScoring('B02', 70)]),
      ),
    );
    expect(b.B01).toMatchObject({ scoreTier: 'advanced', proposedTier: 'average' });
    expect(b.B01?.moves[0]?.reason.zhCN).toBe('群众满意度 88% 低于 90%，不能评为先进，由先进调为一般');
  });

  it('breaks ties by superior rating, then members and public, then organisation code', () => {
    const result = classifyGradingUnit(
      unitInput([
        branch({ code: 'A1', self: 0, members: 100, superior: 80 }), // 0 + 20 + 52 = 72
        branch({ code: 'C', self: 1, members: 25, superior: 80 }), // 15 + 5 + 52 = 72
        branch({ code: 'B', self: 0.8, members: 40, superior: 80 }), // 12 + 8 + 52 = 72
        branch({ code: 'D', self: 0.9, members: 0, superior: 90 }), // 13.5 + 0 + 58.5 = 72
        branch({ code: 'A0', self: 0, members: 100, superior: 80 }),
      ]),
    );
    expect(result.branches.map((b) => `${b.organisationCode}:${b.score.total}`)).toEqual([
      'D:72',
      'A0:72',
      'A1:72',
      'B:72',
      'C:72',
    ]);
  });

  it('counts the lagging share over the whole unit, not per township', () => {
    // Two townships of 10 each: split, each would need ⌈0.5⌉ = 1; over the unit ⌈1⌉ = 1 in all.
    const branches = [
      ...Array.from({ length: 10 }, (_, i) => branchScoring(`T1-${i}`, 80 - i)),
      ...Array.from({ length: 10 }, (_, i) => branchScoring(`T2-${i}`, 79.5 - i)),
    ];
    const result = classifyGradingUnit(unitInput(branches));
    expect(result.branches.filter((b) => b.proposedTier === 'lagging').map((b) => b.organisationCode)).toEqual([
      'T2-9',
    ]);
  });

  it('counts per sector when that sector’s definition says so, and the other sectors together', () => {
    const agency = gradingBody('agency', (b) => (b.tiers.quotaScope = 'sector'));
    const branches = [
      ...Array.from({ length: 10 }, (_, i) => branchScoring(`V${i}`, 95 - i, { sector: 'village' })),
      ...Array.from({ length: 5 }, (_, i) => branchScoring(`U${i}`, 95 - i, { sector: 'urban-community' })),
      ...Array.from({ length: 4 }, (_, i) => branchScoring(`A${i}`, 99 - i, { sector: 'agency' })),
    ];
    const result = classifyGradingUnit(unitInput(branches, { agency }));
    expect(result.groups.map((g) => [g.key, g.sectorCodes, g.size, g.advancedCap, g.laggingFloor])).toEqual([
      ['grading-unit', ['urban-community', 'village'], 15, 4, 1],
      ['sector:agency', ['agency'], 4, 1, 0],
    ]);
    expect(result.branches.filter((b) => b.quotaGroup === 'sector:agency').map((b) => b.proposedTier)).toEqual([
      'advanced',
      'average',
      'average',
      'average',
    ]);
    expect(byCode(result).A1?.moves[0]?.reason.zhCN).toContain('本单位agency领域共 4 个党组织');
  });

  it('refuses when sectors counted together disagree on the quota rules', () => {
    const agency = gradingBody('agency', (b) => (b.tiers.advancedMaxPercent = 25));
    const error = thrown(() =>
      classifyGradingUnit(
        unitInput([branchScoring('V', 90), branchScoring('A', 90, { sector: 'agency' })], { agency }),
      ),
    );
    expect(error).toMatchObject({
      code: 'GRADING_QUOTA_RULES_DIFFER',
      kind: 'invalid',
      field: '$.definitions.village.tiers',
    });
  });

  it('refuses a missing source naming the branch and the source, and reports every problem at once', () => {
    const noSuperior = {
      ...branchScoring('B02', 80),
      sources: { ...branchScoring('B02', 80).sources, superior: undefined },
    };
    const one = thrown(() => classifyGradingUnit(unitInput([branchScoring('B01', 80), noSuperior])));
    expect(one).toMatchObject({
      code: 'GRADING_SOURCE_MISSING',
      kind: 'invalid',
      field: '$.branches[1].sources.superior',
    });
    expect(one.error.text.zhCN).toContain('党组织 B02 缺少上级党组织评定，不能定级');

    const short = {
      ...branchScoring('B03', 80),
      participation: { reachableMembers: 10, memberAppraisers: 9, publicBase: 0, publicRaters: 0 },
    };
    const many = thrown(() => classifyGradingUnit(unitInput([noSuperior, short])));
    expect(many.code).toBe('GRADING_CLASSIFICATION_REFUSED');
    expect(many.error.details.map((d: { code: string }) => d.code)).toEqual([
      'GRADING_SOURCE_MISSING',
      'GRADING_PARTICIPATION_SHORT',
    ]);
  });

  it('refuses duplicate branches, a sector without a definition, and a broken definition', () => {
    expect(thrown(() => classifyGradingUnit(unitInput([branchScoring('B1', 80), branchScoring('B1', 70)]))).code).toBe(
      'GRADING_BRANCH_DUPLICATE',
    );
    const input = unitInput([branchScoring('B1', 80)]);
    expect(thrown(() => classifyGradingUnit({ ...input, definitions: {} })).code).toBe(
      'GRADING_SECTOR_DEFINITION_MISSING',
    );
    const broken = gradingBody('village', (b) => (b.appraisalWeights.superior = 60));
    const error = thrown(() => classifyGradingUnit({ ...input, definitions: { village: broken } }));
    expect(error).toMatchObject({
      code: 'APPRAISAL_WEIGHTS_TOTAL_NOT_100',
      field: '$.definitions.village.appraisalWeights',
    });
  });

  it('classifies an empty unit as nothing', () => {
    expect(classifyGradingUnit(unitInput([])).branches).toEqual([]);
  });
});
