import {
  BRANCH_GRADING_MACHINE,
  membersAndPublicSource,
  missingFactProblems,
  rulesBySector,
  publicSatisfactionPercent,
  type BranchGradingInput,
  type DomainErrorDetail,
  type GradingUnitInput,
  type IsoDate,
  type PipelineDefinitionBody,
  type SourceScores,
} from '@cxzy/domain';
import type { BranchGradingRow } from '@cxzy/persistence';

const superiorOf = (rating: BranchGradingRow['superiorRating']): SourceScores | undefined =>
  !rating ? undefined : rating.items !== undefined ? { items: rating.items } : { overall: rating.overall! };

/**
 * The classification input of a round from its projection rows: 自评 and 上级评定 as the branch
 * workflow stored them, 党员群众评议 as the mean of the appraisals, participation counts, and the
 * recorded facts. Facts never recorded stay absent and zero public raters stays null (无群众评议):
 * classification names them instead of assuming "no activity" or "100 % satisfied".
 */
export function branchGradingInput(row: BranchGradingRow): BranchGradingInput {
  const membersAndPublic = membersAndPublicSource(row.appraisalSum, row.memberAppraisers + row.publicRaters);
  const superior = superiorOf(row.superiorRating);
  return {
    organisationId: row.organisationId,
    organisationCode: row.organisationCode,
    sectorCode: row.sectorCode,
    sources: {
      ...(row.selfAssessment ? { self: { items: row.selfAssessment.items } } : {}),
      ...(membersAndPublic ? { membersAndPublic } : {}),
      ...(superior ? { superior } : {}),
    },
    participation: {
      reachableMembers: row.reachableMembers,
      memberAppraisers: row.memberAppraisers,
      publicBase: row.publicBase,
      publicRaters: row.publicRaters,
    },
    facts: {
      ...(row.facts
        ? {
            secretaryPostVacantSince: row.facts.secretaryPostVacantSince,
            lastPartyActivityOn: row.facts.lastPartyActivityOn,
          }
        : {}),
      publicSatisfactionPercent: publicSatisfactionPercent(row.publicSatisfied, row.publicRaters),
    },
  };
}

export function gradingUnitInput(
  round: { gradingUnitId: string; year: number },
  rows: readonly BranchGradingRow[],
  definitions: Readonly<Record<string, PipelineDefinitionBody>>,
  asOf: IsoDate,
): GradingUnitInput {
  return {
    gradingUnitId: round.gradingUnitId,
    year: round.year,
    asOf,
    branches: rows.map(branchGradingInput),
    definitions,
  };
}

/** A branch the superior has not rated yet (its workflow is not in grade.rated): named, with its state. */
export function notRatedProblems(rows: readonly BranchGradingRow[]): DomainErrorDetail[] {
  return rows
    .filter((r) => r.state !== 'grade.rated')
    .map((r) => {
      // The state in words (the people who read this never see the machine's codes).
      const state = BRANCH_GRADING_MACHINE.states[r.state as keyof typeof BRANCH_GRADING_MACHINE.states];
      return {
        path: `$.branches["${r.organisationCode}"]`,
        code: 'GRADING_BRANCH_NOT_RATED',
        text: {
          zhCN: `党组织 ${r.organisationCode} 尚未完成上级评定（当前：${state?.zhCN ?? '未知'}）`,
          en: `branch ${r.organisationCode} is not rated yet (now: ${state?.en ?? 'unknown'})`,
        },
      };
    });
}

/**
 * Every rated branch's facts that were never recorded or its missing public appraisal, where its
 * sector's rules need them (issue 19 item 8): named per branch, so the refusal lists them all.
 */
export function missingFactsOfUnit(input: GradingUnitInput): DomainErrorDetail[] {
  const rules = rulesBySector(
    input.definitions,
    input.branches.map((b) => b.sectorCode),
  );
  return input.branches.flatMap((b) =>
    missingFactProblems(b.facts, rules.get(b.sectorCode)!, b.organisationCode, `$.branches["${b.organisationCode}"]`),
  );
}
