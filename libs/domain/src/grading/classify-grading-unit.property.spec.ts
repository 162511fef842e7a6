import fc from 'fast-check';
import { classifyGradingUnit, type UnitClassification } from './classify-grading-unit.js';
import type { BranchGradingInput, GradingUnitInput } from './grading-input.types.js';
import { branch, gradingBody, unitInput } from './grading-test-helpers.js';
import { tierRank } from './tier.js';
import { vetoHits } from './vetoes.js';

/** Usually `usual`, one time in ten one of `rare`: vetoes must not fill every lagging slot. */
const rarely = <T, U>(rare: fc.Arbitrary<T>, usual: U) =>
  fc.oneof({ arbitrary: fc.constant(usual), weight: 9 }, { arbitrary: rare, weight: 1 });

/** Few distinct values, so ties are common and the tie-break is exercised. */
const level = fc.constantFrom(40, 60, 75, 90, 95, 100, 100);
const branchArb = fc.record({
  sector: fc.constantFrom('village', 'agency'),
  self: fc.constantFrom(0.5, 0.9, 1),
  members: level,
  superior: level,
  vacantSince: rarely(fc.constantFrom('2024-06-01', '2025-02-01'), null),
  lastActivity: rarely(fc.constant('2024-08-01'), '2025-03-01'),
  satisfaction: fc.oneof({ arbitrary: fc.constantFrom(90, 95, 100), weight: 8 }, fc.constantFrom(50, 70, 89)),
});
const quotaArb = fc.record({
  advancedMaxPercent: fc.integer({ min: 0, max: 60 }),
  laggingMinPercent: fc.integer({ min: 0, max: 40 }),
  advancedCapRounding: fc.constantFrom('floor', 'ceil', 'round'),
  laggingFloorRounding: fc.constantFrom('floor', 'ceil', 'round'),
  laggingQuotaMinScopeSize: fc.integer({ min: 1, max: 15 }),
});

const unitArb = fc
  .tuple(fc.array(branchArb, { maxLength: 45 }), quotaArb, fc.boolean())
  .map(([specs, quota, agencyOnItsOwn]) => {
    const branches: BranchGradingInput[] = specs.map((s, i) =>
      branch({
        code: `B${String((i * 37) % 101).padStart(3, '0')}-${i}`,
        sector: s.sector,
        self: s.self,
        members: s.members,
        superior: s.superior,
        facts: {
          secretaryPostVacantSince: s.vacantSince,
          lastPartyActivityOn: s.lastActivity,
          publicSatisfactionPercent: s.satisfaction,
        },
      }),
    );
    const withQuota = (sector: string, own: boolean) =>
      gradingBody(sector, (b) => Object.assign(b.tiers, quota, { quotaScope: own ? 'sector' : 'grading-unit' }));
    return unitInput(branches, { village: withQuota('village', false), agency: withQuota('agency', agencyOnItsOwn) });
  });

const tierOf = (result: UnitClassification) => new Map(result.branches.map((b) => [b.organisationId, b.proposedTier]));

describe('classifyGradingUnit — properties', () => {
  it('never exceeds the advanced cap, and meets the lagging floor whenever N ≥ the minimum size', () => {
    fc.assert(
      fc.property(unitArb, (input) => {
        const result = classifyGradingUnit(input);
        for (const group of result.groups) {
          expect(group.counts.advanced).toBeLessThanOrEqual(group.advancedCap);
          if (group.size >= input.definitions.village!.tiers!.laggingQuotaMinScopeSize) {
            expect(group.laggingQuotaApplies).toBe(true);
            expect(group.counts.lagging).toBeGreaterThanOrEqual(group.laggingFloor);
          }
          const members = result.branches.filter((b) => b.quotaGroup === group.key);
          expect(members.length).toBe(group.size);
          expect(members.filter((b) => b.proposedTier === 'advanced').length).toBe(group.counts.advanced);
        }
      }),
    );
  });

  it('does not depend on the order of the branches, and gives the same output for the same input', () => {
    fc.assert(
      fc.property(unitArb, fc.func(fc.integer()), (input, key) => {
        const shuffled: GradingUnitInput = {
          ...input,
          branches: [...input.branches].sort((a, b) => key(a.organisationCode) - key(b.organisationCode)),
        };
        const result = classifyGradingUnit(input);
        expect(classifyGradingUnit(shuffled)).toEqual(result);
        expect(classifyGradingUnit(JSON.parse(JSON.stringify(input)))).toEqual(result);
      }),
    );
  });

  it('never moves a branch up because of a quota, and explains every move', () => {
    fc.assert(
      fc.property(unitArb, (input) => {
        for (const b of classifyGradingUnit(input).branches) {
          let tier = b.scoreTier;
          for (const move of b.moves) {
            expect(move.from).toBe(tier);
            expect(tierRank(move.to)).toBeLessThan(tierRank(move.from));
            expect(move.reason.zhCN.length).toBeGreaterThan(0);
            expect(move.reason.en.length).toBeGreaterThan(0);
            tier = move.to;
          }
          expect(b.proposedTier).toBe(tier);
          expect(tierRank(b.proposedTier)).toBeLessThanOrEqual(tierRank(b.scoreTier));
        }
      }),
    );
  });

  it('always makes a vetoed branch lagging, and never a dissatisfied one advanced', () => {
    fc.assert(
      fc.property(unitArb, (input) => {
        const tiers = tierOf(classifyGradingUnit(input));
        const rules = input.definitions.village!;
        for (const b of input.branches) {
          if (vetoHits(b.facts, rules.vetoConditions!, input.asOf).length > 0) {
            expect(tiers.get(b.organisationId)).toBe('lagging');
          }
          const satisfaction = b.facts.publicSatisfactionPercent;
          if (satisfaction !== null && satisfaction < rules.advancedMinPublicSatisfactionPercent!) {
            expect(tiers.get(b.organisationId)).not.toBe('advanced');
          }
        }
      }),
    );
  });

  it('ranks within each group by score: an advanced branch never ranks below a non-vetoed average one moved by the cap', () => {
    fc.assert(
      fc.property(unitArb, (input) => {
        const result = classifyGradingUnit(input);
        for (const b of result.branches.filter((x) => x.moves.some((m) => m.cause === 'advanced-cap'))) {
          const kept = result.branches.filter((x) => x.quotaGroup === b.quotaGroup && x.proposedTier === 'advanced');
          for (const k of kept) expect(k.rank).toBeLessThan(b.rank);
        }
      }),
    );
  });
});
