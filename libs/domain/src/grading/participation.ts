import type { DomainErrorDetail } from '../domain.error.js';
import type { ParticipationThresholds } from '../pipeline/pipeline-definition.types.js';
import { problem, refusal } from './grading.errors.js';
import type { BranchGradingInput, GradingUnitInput, ParticipationCounts } from './grading-input.types.js';
import { rulesBySector } from './grading-rules.js';
import { shareOf } from './share.util.js';

export interface ParticipationLine {
  readonly required: number;
  readonly actual: number;
  /** required − actual, never below 0. */
  readonly shortfall: number;
}

/** 参与面 of one branch against its sector's thresholds (SPEC §6 rule 5). */
export interface ParticipationStatus {
  readonly organisationId: string;
  readonly organisationCode: string;
  readonly members: ParticipationLine;
  readonly publicRaters: ParticipationLine;
  readonly met: boolean;
}

type Branch = Pick<BranchGradingInput, 'organisationId' | 'organisationCode' | 'participation'>;

const line = (required: number, actual: number): ParticipationLine => ({
  required,
  actual,
  shortfall: Math.max(0, required - actual),
});

/**
 * Members: ⌈threshold % × reachable members⌉ must appraise (default 100 %: every reachable
 * member). Public: ⌈threshold % × the configured base⌉ raters (default 10 %). Rounded up, so a
 * threshold is never met by less than its share.
 */
export function participationStatus(branch: Branch, thresholds: ParticipationThresholds): ParticipationStatus {
  const counts = branch.participation;
  const members = line(
    shareOf(counts.reachableMembers, thresholds.reachableMembersPercent, 'ceil'),
    counts.memberAppraisers,
  );
  const publicRaters = line(
    shareOf(counts.publicBase, thresholds.publicRatersPercentOfBase, 'ceil'),
    counts.publicRaters,
  );
  return {
    organisationId: branch.organisationId,
    organisationCode: branch.organisationCode,
    members,
    publicRaters,
    met: members.shortfall === 0 && publicRaters.shortfall === 0,
  };
}

const COUNT_KEYS = ['reachableMembers', 'memberAppraisers', 'publicBase', 'publicRaters'] as const;

/** Bad counts, or the shortfall of a branch below its thresholds, as problems under `path`. */
export function participationProblems(
  branch: Branch,
  thresholds: ParticipationThresholds,
  path = '$',
): DomainErrorDetail[] {
  const counts = (branch.participation ?? {}) as Partial<ParticipationCounts>;
  const code = branch.organisationCode;
  const bad = COUNT_KEYS.filter((key) => !Number.isInteger(counts[key]) || (counts[key] as number) < 0).map((key) =>
    problem(
      `${path}.participation.${key}`,
      'GRADING_PARTICIPATION_COUNT_INVALID',
      `党组织 ${code} 的参评人数 ${key} 应为非负整数，实际为 ${String(counts[key])}`,
      `branch ${code}: participation ${key} must be a whole number ≥ 0, got ${String(counts[key])}`,
    ),
  );
  if (bad.length > 0) return bad;
  if ((counts.memberAppraisers as number) > (counts.reachableMembers as number)) {
    return [
      problem(
        `${path}.participation.memberAppraisers`,
        'GRADING_PARTICIPATION_COUNT_INVALID',
        `党组织 ${code} 的参评党员（${counts.memberAppraisers} 人）多于可参评党员（${counts.reachableMembers} 人）`,
        `branch ${code}: ${counts.memberAppraisers} member appraisers exceed the ${counts.reachableMembers} reachable members`,
      ),
    ];
  }
  const status = participationStatus(branch, thresholds);
  if (status.met) return [];
  const zh: string[] = [];
  const en: string[] = [];
  if (status.members.shortfall > 0) {
    const m = status.members;
    zh.push(`党员应参评 ${m.required} 人，实际 ${m.actual} 人，差 ${m.shortfall} 人`);
    en.push(`members: ${m.actual} of the ${m.required} required (${m.shortfall} short)`);
  }
  if (status.publicRaters.shortfall > 0) {
    const p = status.publicRaters;
    zh.push(`群众应参评 ${p.required} 人，实际 ${p.actual} 人，差 ${p.shortfall} 人`);
    en.push(`public raters: ${p.actual} of the ${p.required} required (${p.shortfall} short)`);
  }
  return [
    problem(
      `${path}.participation`,
      'GRADING_PARTICIPATION_SHORT',
      `党组织 ${code} 参评面不足：${zh.join('；')}`,
      `branch ${code} lacks participation: ${en.join('; ')}`,
    ),
  ];
}

/** The participation of every branch of the unit, in input order (for progress views). */
export function unitParticipation(input: GradingUnitInput): ParticipationStatus[] {
  const rules = rulesBySector(
    input.definitions,
    input.branches.map((b) => b.sectorCode),
  );
  return input.branches.map((branch) => participationStatus(branch, rules.get(branch.sectorCode)!.participation));
}

/**
 * Refuses (invalid → 422, GRADING_PARTICIPATION_SHORT) unless every branch reached its sector's
 * thresholds; the error lists the shortfall of each branch short of them, with its path.
 */
export function assertParticipation(input: GradingUnitInput): void {
  const rules = rulesBySector(
    input.definitions,
    input.branches.map((b) => b.sectorCode),
  );
  const problems = input.branches.flatMap((branch, index) =>
    participationProblems(branch, rules.get(branch.sectorCode)!.participation, `$.branches[${index}]`),
  );
  if (problems.length > 0) {
    throw refusal(
      'invalid',
      'GRADING_PARTICIPATION_SHORT',
      { zhCN: '参评面未达到要求，不能定级', en: 'participation is below the threshold; classification refused' },
      problems,
    );
  }
}
