import { isIsoDate, type IsoDate } from '../calendar/calendar-date.js';
import { DomainError, type DomainErrorDetail, type LocalizedText } from '../domain.error.js';
import { INDICATOR_NAMES, isIndicatorCode } from '../pipeline/indicators.js';
import type { IndicatorSheet } from '../pipeline/pipeline-definition.types.js';
import { isBlank, problem, refusal } from './grading.errors.js';
import { TIER_NAMES, type Tier } from './tier.js';

/** 考核验收 looks at three things (document 3, step 4). */
export const ACCEPTANCE_CHECKS = ['organisationStrengthened', 'problemsSolved', 'membersAndPublicSatisfied'] as const;
export type AcceptanceCheck = (typeof ACCEPTANCE_CHECKS)[number];

export const ACCEPTANCE_CHECK_NAMES: Readonly<Record<AcceptanceCheck, LocalizedText>> = {
  organisationStrengthened: { zhCN: '党组织建设状况得到新的加强', en: 'organisation strengthened' },
  problemsSolved: { zhCN: '突出问题得到较好解决', en: 'outstanding problems solved' },
  membersAndPublicSatisfied: { zhCN: '党员群众真正满意', en: 'members and public satisfied' },
};

export interface AcceptanceInput {
  readonly checks: Readonly<Record<AcceptanceCheck, boolean>>;
  /** 对照各项指标标准: one comment per indicator of the branch's sheet. */
  readonly indicatorComments: readonly { readonly indicator: string; readonly comment: string }[];
}

export interface AcceptanceRecord extends AcceptanceInput {
  readonly gradingUnitId: string;
  readonly roundYear: number;
  readonly organisationId: string;
  /** 通过 only when all three checks hold. */
  readonly passed: boolean;
  readonly acceptedBy: string;
  readonly acceptedOn: IsoDate;
}

/** Every problem of an acceptance at once: the three checks answered, a comment per indicator. */
export function acceptanceProblems(input: AcceptanceInput, sheet: IndicatorSheet): DomainErrorDetail[] {
  const problems: DomainErrorDetail[] = [];
  for (const check of ACCEPTANCE_CHECKS) {
    if (typeof input.checks?.[check] !== 'boolean') {
      const name = ACCEPTANCE_CHECK_NAMES[check];
      problems.push(
        problem(
          `$.checks.${check}`,
          'ACCEPTANCE_CHECK_REQUIRED',
          `请作出判断：${name.zhCN}？`,
          `answer the check "${name.en}" (true or false)`,
        ),
      );
    }
  }
  const comments = Array.isArray(input.indicatorComments) ? input.indicatorComments : [];
  const onSheet = new Set<string>(sheet.indicators.map((i) => i.code));
  const seen = new Set<string>();
  comments.forEach((entry, index) => {
    const at = `$.indicatorComments[${index}]`;
    const indicator: unknown = entry.indicator;
    if (!isIndicatorCode(indicator) || !onSheet.has(indicator)) {
      problems.push(
        problem(
          `${at}.indicator`,
          'ACCEPTANCE_INDICATOR_UNKNOWN',
          `${String(indicator)} 不在本党组织的指标表中`,
          `${String(indicator)} is not on this branch's sheet`,
        ),
      );
      return;
    }
    if (seen.has(indicator)) {
      problems.push(
        problem(
          `${at}.indicator`,
          'ACCEPTANCE_INDICATOR_DUPLICATE',
          `指标「${INDICATOR_NAMES[indicator].zhCN}」重复评价`,
          `indicator "${INDICATOR_NAMES[indicator].en}" is commented twice`,
        ),
      );
    }
    seen.add(indicator);
    if (isBlank(entry.comment)) {
      problems.push(
        problem(
          `${at}.comment`,
          'ACCEPTANCE_COMMENT_BLANK',
          `指标「${INDICATOR_NAMES[indicator].zhCN}」的验收意见不能为空`,
          `the comment on "${INDICATOR_NAMES[indicator].en}" must not be blank`,
        ),
      );
    }
  });
  for (const { code } of sheet.indicators.filter((i) => !seen.has(i.code))) {
    problems.push(
      problem(
        '$.indicatorComments',
        'ACCEPTANCE_COMMENT_MISSING',
        `缺少对指标「${INDICATOR_NAMES[code].zhCN}」的验收意见`,
        `no comment on indicator "${INDICATOR_NAMES[code].en}"`,
      ),
    );
  }
  return problems;
}

/** The superior's acceptance of one branch (SPEC §6 rule 13); refuses (invalid → 422) with every problem. */
export function recordAcceptance(args: {
  readonly input: AcceptanceInput;
  readonly sheet: IndicatorSheet;
  readonly gradingUnitId: string;
  readonly roundYear: number;
  readonly organisationId: string;
  readonly acceptedBy: string;
  readonly acceptedOn: IsoDate;
}): AcceptanceRecord {
  const problems = acceptanceProblems(args.input, args.sheet);
  if (isBlank(args.acceptedBy))
    problems.push(problem('$.acceptedBy', 'ACCEPTANCE_ACTOR_REQUIRED', '缺少验收人', 'acceptedBy is required'));
  if (!isIsoDate(args.acceptedOn))
    problems.push(
      problem('$.acceptedOn', 'ACCEPTANCE_DATE_INVALID', '验收日期应为 YYYY-MM-DD', 'acceptedOn must be a date'),
    );
  if (problems.length > 0) {
    throw refusal(
      'invalid',
      'ACCEPTANCE_INVALID',
      { zhCN: '验收意见不完整', en: 'the acceptance is incomplete' },
      problems,
    );
  }
  const { checks, indicatorComments } = args.input;
  return {
    gradingUnitId: args.gradingUnitId,
    roundYear: args.roundYear,
    organisationId: args.organisationId,
    checks: { ...checks },
    indicatorComments: indicatorComments.map((c) => ({ indicator: c.indicator, comment: c.comment.trim() })),
    passed: ACCEPTANCE_CHECKS.every((check) => checks[check]),
    acceptedBy: args.acceptedBy,
    acceptedOn: args.acceptedOn,
  };
}

/** The branches graded in round N of a unit. */
export interface GradedRound {
  readonly gradingUnitId: string;
  readonly year: number;
  readonly organisationIds: readonly string[];
}

/**
 * 把考核验收结果作为下一轮分类定级的重要依据: round N+1 of a unit may be finalised only when every
 * branch graded in round N has its acceptance record. A unit's first round (no round N) may.
 * Branches new in N+1 need none.
 */
export function acceptanceGate(
  previousRound: GradedRound | null,
  acceptances: readonly AcceptanceRecord[],
): { readonly mayFinalise: boolean; readonly missing: readonly string[] } {
  if (!previousRound) return { mayFinalise: true, missing: [] };
  const accepted = new Set(
    acceptances
      .filter((a) => a.gradingUnitId === previousRound.gradingUnitId && a.roundYear === previousRound.year)
      .map((a) => a.organisationId),
  );
  const missing = previousRound.organisationIds.filter((id) => !accepted.has(id)).sort();
  return { mayFinalise: missing.length === 0, missing };
}

/** acceptanceGate, refusing (conflict → 409) with the branches still to be accepted. */
export function assertMayFinaliseRound(
  previousRound: GradedRound | null,
  acceptances: readonly AcceptanceRecord[],
): void {
  const { missing } = acceptanceGate(previousRound, acceptances);
  if (missing.length === 0 || !previousRound) return;
  const shown = missing.slice(0, 10).join('、');
  throw new DomainError(
    'GRADING_PREVIOUS_ACCEPTANCE_MISSING',
    'conflict',
    {
      zhCN: `${previousRound.year} 年度尚有 ${missing.length} 个党组织未完成考核验收（${shown}${missing.length > 10 ? ' 等' : ''}），本轮定级不能确定`,
      en: `${missing.length} branch(es) of ${previousRound.year} have no acceptance yet (${shown}${missing.length > 10 ? ', …' : ''}); this round cannot be finalised`,
    },
    'previousRound',
  );
}

/** How round N shows on a branch's N+1 sheet. */
export interface PreviousRoundLine {
  readonly year: number;
  readonly tier: Tier;
  readonly acceptance: 'passed' | 'not-passed' | 'missing';
  readonly failedChecks: readonly AcceptanceCheck[];
  readonly label: LocalizedText;
}

export function previousRoundLine(
  year: number,
  tier: Tier,
  acceptance: AcceptanceRecord | undefined,
): PreviousRoundLine {
  const failedChecks = acceptance ? ACCEPTANCE_CHECKS.filter((c) => !acceptance.checks[c]) : [];
  const state = !acceptance ? 'missing' : acceptance.passed ? 'passed' : 'not-passed';
  const failed = (lang: 'zhCN' | 'en') => failedChecks.map((c) => ACCEPTANCE_CHECK_NAMES[c][lang]);
  const zh = { passed: '通过', 'not-passed': `未通过（未达到：${failed('zhCN').join('、')}）`, missing: '尚未验收' }[
    state
  ];
  const en = {
    passed: 'passed',
    'not-passed': `not passed (not met: ${failed('en').join(', ')})`,
    missing: 'not yet accepted',
  }[state];
  return {
    year,
    tier,
    acceptance: state,
    failedChecks,
    label: {
      zhCN: `${year} 年度定级：${TIER_NAMES[tier].zhCN}；整改验收：${zh}`,
      en: `${year} grade: ${TIER_NAMES[tier].en}; rectification acceptance: ${en}`,
    },
  };
}

/** Every branch's round-N line for the N+1 sheet, by organisation id. */
export function previousRoundLines(
  year: number,
  tiers: Readonly<Record<string, Tier>>,
  acceptances: readonly AcceptanceRecord[],
): Map<string, PreviousRoundLine> {
  const byBranch = new Map(acceptances.filter((a) => a.roundYear === year).map((a) => [a.organisationId, a]));
  return new Map(
    Object.keys(tiers)
      .sort()
      .map((id) => [id, previousRoundLine(year, tiers[id]!, byBranch.get(id))]),
  );
}
