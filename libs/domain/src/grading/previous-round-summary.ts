import { acceptanceGate } from './acceptance.js';

/** One branch of round N as round N+1 reads it. */
export interface PreviousRoundBranchResult {
  readonly organisationId: string;
  readonly tier: string | null;
  /** null: not yet accepted. */
  readonly passed: boolean | null;
}

/**
 * 把考核验收结果作为下一轮分类定级的重要依据 — what round N+1 of a unit knows of round N when it is
 * launched and while it runs: how many branches passed, which did not pass (flagged for the
 * grading: their N+1 sheet shows the failed checks), and which are still to be accepted (the
 * superior accepts them while N+1 is deployed; N+1 cannot be finalised before — acceptanceGate).
 */
export interface PreviousRoundSummary {
  readonly year: number;
  readonly branches: number;
  readonly passed: number;
  readonly notPassed: readonly string[];
  readonly missing: readonly string[];
  readonly mayFinalise: boolean;
}

export function summarisePreviousRound(
  gradingUnitId: string,
  year: number,
  branches: readonly PreviousRoundBranchResult[],
): PreviousRoundSummary {
  const accepted = branches.filter((b) => b.passed !== null);
  const gate = acceptanceGate(
    { gradingUnitId, year, organisationIds: branches.map((b) => b.organisationId) },
    accepted.map((b) => ({
      gradingUnitId,
      roundYear: year,
      organisationId: b.organisationId,
      passed: b.passed!,
      checks: { organisationStrengthened: true, problemsSolved: true, membersAndPublicSatisfied: true },
      indicatorComments: [],
      acceptedBy: '',
      acceptedOn: '',
    })),
  );
  return {
    year,
    branches: branches.length,
    passed: accepted.filter((b) => b.passed).length,
    notPassed: accepted
      .filter((b) => !b.passed)
      .map((b) => b.organisationId)
      .sort(),
    missing: gate.missing,
    mayFinalise: gate.mayFinalise,
  };
}
