import { DomainError } from '../domain.error.js';
import { classifyGradingUnit, type BranchClassification, type UnitClassification } from './classify-grading-unit.js';
import type { BranchGradingInput, GradingUnitInput } from './grading-input.types.js';
import type { Objection } from './objections.js';
import type { Tier } from './tier.js';

/** A branch whose proposed tier differs between two classifications of the same unit. */
export interface TierChange {
  readonly organisationId: string;
  readonly organisationCode: string;
  readonly from: Tier;
  readonly to: Tier;
  readonly scoreFrom: number;
  readonly scoreTo: number;
}

/** The branches whose proposed tier changed, by organisation code. */
export function diffClassifications(before: UnitClassification, after: UnitClassification): TierChange[] {
  const earlier = new Map(before.branches.map((b) => [b.organisationId, b]));
  return after.branches
    .flatMap((now) => {
      const then = earlier.get(now.organisationId);
      if (!then || then.proposedTier === now.proposedTier) return [];
      return [
        {
          organisationId: now.organisationId,
          organisationCode: now.organisationCode,
          from: then.proposedTier,
          to: now.proposedTier,
          scoreFrom: then.score.total,
          scoreTo: now.score.total,
        },
      ];
    })
    .sort((a, b) => (a.organisationCode < b.organisationCode ? -1 : a.organisationCode > b.organisationCode ? 1 : 0));
}

export interface Regrade {
  /** The unit input with the objected branch's corrected data: the input of any later re-run. */
  readonly input: GradingUnitInput;
  readonly classification: UnitClassification;
  /** The objected branch as now classified. */
  readonly regraded: BranchClassification;
  /** Every branch whose tier changed: the objected one, and any other moved by the quotas. */
  readonly changes: readonly TierChange[];
}

/**
 * An upheld objection re-grades that branch only: its sources, participation and facts are
 * replaced by the corrected ones and the whole unit is classified again — the quotas count over
 * the unit, so another branch may move too; `changes` says which. The result needs the
 * supervisor's approval again (transition 'reopenClassification', with the objection as reason).
 */
export function regradeAfterObjection(
  input: GradingUnitInput,
  objection: Objection,
  corrected: BranchGradingInput,
): Regrade {
  if (objection.status !== 'upheld') {
    throw new DomainError(
      'GRADING_OBJECTION_NOT_UPHELD',
      'conflict',
      {
        zhCN: `异议 ${objection.id} 未被采纳，不能据此重新定级`,
        en: `objection ${objection.id} is not upheld; it cannot re-grade a branch`,
      },
      'objection',
    );
  }
  const index = input.branches.findIndex((b) => b.organisationId === objection.organisationId);
  const current = input.branches[index];
  if (!current || corrected.organisationId !== objection.organisationId) {
    throw new DomainError(
      'GRADING_REGRADE_WRONG_BRANCH',
      'invalid',
      {
        zhCN: `异议针对党组织 ${objection.organisationId}，只能重新评定该党组织`,
        en: `the objection concerns branch ${objection.organisationId}; only that branch may be re-graded`,
      },
      'organisationId',
    );
  }
  if (corrected.organisationCode !== current.organisationCode || corrected.sectorCode !== current.sectorCode) {
    throw new DomainError(
      'GRADING_REGRADE_IDENTITY_CHANGED',
      'invalid',
      {
        zhCN: '重新定级只能更正评分、参评和事实，不能改变组织代码或领域',
        en: 'a re-grade corrects scores, participation and facts only, never the organisation code or sector',
      },
      'organisationCode',
    );
  }
  const before = classifyGradingUnit(input);
  const next: GradingUnitInput = { ...input, branches: input.branches.map((b, i) => (i === index ? corrected : b)) };
  const classification = classifyGradingUnit(next);
  return {
    input: next,
    classification,
    regraded: classification.branches.find((b) => b.organisationId === corrected.organisationId)!,
    changes: diffClassifications(before, classification),
  };
}
