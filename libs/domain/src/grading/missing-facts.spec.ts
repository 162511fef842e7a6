import fc from 'fast-check';
import { classifyGradingUnit } from './classify-grading-unit.js';
import type { BranchFacts } from './grading-input.types.js';
import { gradingRulesOf } from './grading-rules.js';
import { branchScoring, gradingBody, thrown, unitInput } from './grading-test-helpers.js';
import { missingFactProblems, requiresPublicAppraisal } from './missing-facts.js';

const defaultRules = () => gradingRulesOf(gradingBody(), 'village');

/** Public satisfaction not needed: no public-rater threshold, no satisfaction veto, no floor. */
const noPublicNeeded = () =>
  gradingBody('village', (b) => {
    b.participation.publicRatersPercentOfBase = 0;
    b.advancedMinPublicSatisfactionPercent = 0;
    b.vetoConditions = b.vetoConditions.filter((c: { kind: string }) => c.kind !== 'public-satisfaction-below');
  });

const NOTHING_RECORDED: BranchFacts = { publicSatisfactionPercent: 95 };

describe('missing facts and no public appraisal (issue 19 item 8)', () => {
  it('names each fact a configured veto needs and nobody recorded', () => {
    const problems = missingFactProblems(NOTHING_RECORDED, defaultRules(), 'B1', '$.branches[0]');
    expect(problems.map((p) => `${p.code}@${p.path}`)).toEqual([
      'GRADING_FACT_MISSING@$.branches[0].facts.secretaryPostVacantSince',
      'GRADING_FACT_MISSING@$.branches[0].facts.lastPartyActivityOn',
    ]);
    expect(problems[1]!.text.zhCN).toBe('党组织 B1 尚未登记“最近一次党组织活动”，一票否决无法判断');
  });

  it('asks only for the facts its vetoes read', () => {
    const rules = gradingRulesOf(
      gradingBody('village', (b) => (b.vetoConditions = [{ kind: 'no-party-activity', months: 6 }])),
      'village',
    );
    expect(missingFactProblems(NOTHING_RECORDED, rules, 'B1').map((p) => p.path)).toEqual([
      '$.facts.lastPartyActivityOn',
    ]);
  });

  it('blocks zero public raters where the rules need a public appraisal, and only there', () => {
    const none: BranchFacts = {
      secretaryPostVacantSince: null,
      lastPartyActivityOn: null,
      publicSatisfactionPercent: null,
    };
    expect(requiresPublicAppraisal(defaultRules())).toBe(true);
    expect(missingFactProblems(none, defaultRules(), 'B1').map((p) => p.code)).toEqual(['GRADING_NO_PUBLIC_APPRAISAL']);
    const relaxed = gradingRulesOf(noPublicNeeded(), 'village');
    expect(requiresPublicAppraisal(relaxed)).toBe(false);
    expect(missingFactProblems(none, relaxed, 'B1')).toEqual([]);
  });

  it('refuses to classify instead of vetoing a branch with nothing recorded to lagging', () => {
    const input = unitInput([
      branchScoring('B01', 95, { facts: { secretaryPostVacantSince: undefined, lastPartyActivityOn: undefined } }),
      branchScoring('B02', 80),
    ]);
    const refused = thrown(() => classifyGradingUnit(input));
    expect(refused.code).toBe('GRADING_FACT_MISSING');
    expect(refused.kind).toBe('invalid');
    expect(refused.error.details.map((d: { path: string }) => d.path)).toEqual([
      '$.branches[0].facts.secretaryPostVacantSince',
      '$.branches[0].facts.lastPartyActivityOn',
    ]);
  });

  it('shows 无群众评议 where no public appraisal is needed, and keeps such a branch out of advanced only by a floor', () => {
    const input = unitInput(
      [branchScoring('B01', 95, { facts: { publicSatisfactionPercent: null } }), branchScoring('B02', 70)],
      {
        village: noPublicNeeded(),
      },
    );
    const b01 = classifyGradingUnit(input).branches.find((b) => b.organisationCode === 'B01')!;
    // Only the quota (2 branches, cap 30 % rounded down) moves it, not a satisfaction rule.
    expect(b01.scoreTier).toBe('advanced');
    expect(b01.moves.map((m) => m.cause)).toEqual(['advanced-cap']);
    expect(b01.explanation.zhCN).toContain('无群众评议');
    expect(b01.explanation.en).toContain('no public appraisal');
  });

  it('never classifies by default: it refuses exactly the branches lacking a needed fact or appraisal (property)', () => {
    const factArb = fc.record({
      vacant: fc.constantFrom<string | null | undefined>(null, undefined, '2025-03-01'),
      activity: fc.constantFrom<string | null | undefined>(null, undefined, '2025-03-01'),
      satisfaction: fc.constantFrom<number | null>(null, 95, 50),
    });
    fc.assert(
      fc.property(fc.array(factArb, { minLength: 1, maxLength: 12 }), (facts) => {
        const branches = facts.map((f, i) =>
          branchScoring(`B${String(i).padStart(2, '0')}`, 80, {
            facts: {
              secretaryPostVacantSince: f.vacant,
              lastPartyActivityOn: f.activity,
              publicSatisfactionPercent: f.satisfaction,
            },
          }),
        );
        const lacking = facts
          .map((f, i) => (f.vacant === undefined || f.activity === undefined || f.satisfaction === null ? i : -1))
          .filter((i) => i >= 0);
        let refusedAt: number[] = [];
        try {
          classifyGradingUnit(unitInput(branches));
        } catch (error) {
          const details = (error as { details: { path: string }[] }).details;
          refusedAt = [...new Set(details.map((d) => Number(/\[(\d+)\]/.exec(d.path)![1])))];
        }
        expect(refusedAt).toEqual(lacking);
      }),
    );
  });
});
