import fc from 'fast-check';
import { applyTierQuotas, type QuotaRules } from './tier-quotas.js';
import { TIERS, tierRank, type Tier } from './tier.js';

const DEFAULT: QuotaRules = {
  advancedMaxPercent: 30,
  advancedCapRounding: 'floor',
  laggingMinPercent: 5,
  laggingFloorRounding: 'ceil',
  laggingQuotaMinScopeSize: 10,
};
const UNIT = { zhCN: '本组织实施单位', en: 'the grading unit' };
const ranked = (tiers: Tier[]) => tiers.map((tier, index) => ({ id: `b${index + 1}`, tier }));
const tiersAfter = (tiers: Tier[], rules = DEFAULT) => {
  const outcome = applyTierQuotas(ranked(tiers), rules, UNIT);
  return ranked(tiers).map((e) => outcome.tiers.get(e.id));
};

describe('applyTierQuotas (SPEC §6 rules 6, 7)', () => {
  it('caps advanced at floor(30 % × N), demoting the lowest-ranked advanced to average', () => {
    const outcome = applyTierQuotas(ranked([...Array(5).fill('advanced'), ...Array(5).fill('average')]), DEFAULT, UNIT);
    expect(outcome.advancedCap).toBe(3);
    expect(outcome.moves.filter((m) => m.cause === 'advanced-cap').map((m) => m.id)).toEqual(['b4', 'b5']);
    expect(outcome.moves[0]?.reason.zhCN).toBe(
      '先进比例不能过高：本组织实施单位共 10 个党组织，先进不超过 30%（向下取整），最多 3 个；本组织综合排名第 4（共 10 个），由先进调为一般',
    );
    expect(outcome.moves[0]?.reason.en).toBe(
      'advanced share capped: the grading unit has 10 branches, at most 30% advanced (rounded down) = 3; ranked 4 of 10, moved from advanced to average',
    );
  });

  it('guarantees ⌈5 % × N⌉ lagging when N ≥ 10, taking the lowest-ranked branches', () => {
    const outcome = applyTierQuotas(ranked(Array(21).fill('average')), DEFAULT, UNIT);
    expect(outcome.laggingFloor).toBe(2);
    expect(outcome.moves.map((m) => `${m.id}:${m.from}→${m.to}`)).toEqual([
      'b21:average→lagging',
      'b20:average→lagging',
    ]);
    expect(outcome.moves[0]?.reason.zhCN).toContain(
      '后进不少于 5%（向上取整），至少 2 个；本组织综合排名第 21（共 21 个），由一般调为后进',
    );
  });

  it('applies no lagging floor below the minimum scope size, and counts lagging already there', () => {
    expect(tiersAfter(Array(9).fill('average'))).toEqual(Array(9).fill('average'));
    const tiers: Tier[] = [...Array(9).fill('average'), 'lagging'];
    expect(applyTierQuotas(ranked(tiers), DEFAULT, UNIT).moves).toEqual([]);
    // A lagging branch ranked above others still counts; nobody else moves.
    const mixed: Tier[] = ['lagging', ...Array(9).fill('average')];
    expect(applyTierQuotas(ranked(mixed), DEFAULT, UNIT).moves).toEqual([]);
  });

  it('takes a branch of any tier for the floor when the bottom of the ranking is not average', () => {
    expect(
      tiersAfter(['average', 'advanced'], { ...DEFAULT, laggingQuotaMinScopeSize: 1, advancedMaxPercent: 100 }),
    ).toEqual(['average', 'lagging']);
  });

  it('keeps the cap, meets the floor, moves only down and only where needed (property)', () => {
    const rules = fc.record({
      advancedMaxPercent: fc.integer({ min: 0, max: 100 }),
      advancedCapRounding: fc.constantFrom('floor' as const, 'ceil' as const, 'round' as const),
      laggingMinPercent: fc.integer({ min: 0, max: 100 }),
      laggingFloorRounding: fc.constantFrom('floor' as const, 'ceil' as const, 'round' as const),
      laggingQuotaMinScopeSize: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TIERS), { maxLength: 60 }), rules, (tiers, quota) => {
        const outcome = applyTierQuotas(ranked(tiers), quota, UNIT);
        const after = ranked(tiers).map((e) => outcome.tiers.get(e.id)!);
        const count = (tier: Tier) => after.filter((t) => t === tier).length;
        const before = (tier: Tier) => tiers.filter((t) => t === tier).length;
        expect(count('advanced')).toBeLessThanOrEqual(Math.max(outcome.advancedCap, 0));
        if (tiers.length >= quota.laggingQuotaMinScopeSize) {
          expect(count('lagging')).toBeGreaterThanOrEqual(Math.min(outcome.laggingFloor, tiers.length));
          // Nobody is moved to lagging beyond the floor.
          if (before('lagging') < outcome.laggingFloor) expect(count('lagging')).toBe(outcome.laggingFloor);
        } else expect(count('lagging')).toBe(before('lagging'));
        tiers.forEach((tier, index) => expect(tierRank(after[index]!)).toBeLessThanOrEqual(tierRank(tier)));
        for (const m of outcome.moves) expect(tierRank(m.to)).toBeLessThan(tierRank(m.from));
      }),
    );
  });
});
