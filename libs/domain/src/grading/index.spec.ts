import * as domain from '../index.js';
import { branchScoring, unitInput } from './grading-test-helpers.js';

describe('the grading rules, as the library exports them', () => {
  it('exports every rule function, and no internal helper', () => {
    const functions = [
      'addMonths',
      'compositeScore',
      'assertParticipation',
      'vetoHits',
      'mayBeAdvanced',
      'missingFactProblems',
      'rankBranches',
      'applyTierQuotas',
      'classifyGradingUnit',
      'publicityStatus',
      'assertPublicityMayEnd',
      'fileObjection',
      'resolveObjection',
      'publicObjectionView',
      'regradeAfterObjection',
      'rectificationTargets',
      'rectificationRequirements',
      'assertValidRectificationPlan',
      'progressReportDueDates',
      'recordAcceptance',
      'assertMayFinaliseRound',
      'previousRoundLine',
      'assertRoundNotLaunched',
      'checkDeployDate',
      'transitionRound',
      'transitionBranch',
    ] as const;
    for (const name of functions) expect(typeof domain[name]).toBe('function');
    expect(Object.keys(domain)).not.toContain('refusal');
    expect(Object.keys(domain)).not.toContain('applyTransition');
    expect(Object.keys(domain)).not.toContain('branchScoring');
  });

  it('classifies a unit through the public entry point', () => {
    const result = domain.classifyGradingUnit(unitInput([branchScoring('B1', 95), branchScoring('B2', 70)]));
    expect(result.branches.map((b) => [b.organisationCode, b.proposedTier])).toEqual([
      ['B1', 'average'], // 30 % of 2 rounds down to no advanced at all
      ['B2', 'average'],
    ]);
  });
});
