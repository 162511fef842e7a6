import { isIsoDate, type IsoDate } from '../calendar/calendar-date.js';
import type { DomainErrorDetail, LocalizedText } from '../domain.error.js';
import { INDICATOR_NAMES, isIndicatorCode, type IndicatorCode } from '../pipeline/indicators.js';
import type { IndicatorAttainment } from './composite-score.js';
import { isBlank, problem, refusal } from './grading.errors.js';
import { DEFAULT_RECTIFICATION_TARGET_COUNT, rectificationTargets } from './rectification-targets.js';
import { TIERS, type Tier } from './tier.js';

/** 巩固先进、推动一般、整顿后进 (document 3, 整改提高). */
export type RectificationGoal = 'consolidate' | 'push' | 'rectify';

export const RECTIFICATION_GOALS: Readonly<Record<Tier, RectificationGoal>> = {
  advanced: 'consolidate',
  average: 'push',
  lagging: 'rectify',
};

export const RECTIFICATION_GOAL_NAMES: Readonly<Record<RectificationGoal, LocalizedText>> = {
  consolidate: { zhCN: '巩固先进', en: 'consolidate' },
  push: { zhCN: '推动一般', en: 'push forward' },
  rectify: { zhCN: '整顿后进', en: 'rectify' },
};

/** What rectification asks of each tier; the lagging part is fixed by the seed (see validate). */
export interface RectificationPolicy {
  /** How many weakest indicators a plan must target (default 2). */
  readonly targetCount: number;
  /** Longest gap between progress reports, per tier, in months (lagging ≤ 3: at least quarterly). */
  readonly reportIntervalMonths: Readonly<Record<Tier, number>>;
  /** Whether the superior organisation approves the plan (always for lagging). */
  readonly superiorApproval: Readonly<Record<Tier, boolean>>;
}

/**
 * Practice defaults: 2 targets; reports every 6 months for advanced and average, every 3 for
 * lagging (the seed's "closer supervision"); the supervisor approves every plan (issue 5: "the
 * supervisor approves or returns it") — mandatory for lagging (SPEC §6 rule 12).
 */
export const DEFAULT_RECTIFICATION_POLICY: RectificationPolicy = {
  targetCount: DEFAULT_RECTIFICATION_TARGET_COUNT,
  reportIntervalMonths: { advanced: 6, average: 6, lagging: 3 },
  superiorApproval: { advanced: true, average: true, lagging: true },
};

/** A policy that drops what the seed requires of lagging branches is refused. */
export function rectificationPolicyProblems(policy: RectificationPolicy): DomainErrorDetail[] {
  const problems: DomainErrorDetail[] = [];
  if (!Number.isInteger(policy.targetCount) || policy.targetCount < 1 || policy.targetCount > 7) {
    problems.push(
      problem('$.targetCount', 'RECTIFICATION_POLICY_INVALID', '整改目标指标数应为 1–7', 'targetCount must be 1–7'),
    );
  }
  for (const tier of TIERS) {
    const months = policy.reportIntervalMonths[tier];
    if (!Number.isInteger(months) || months < 1 || months > 12) {
      problems.push(
        problem(
          `$.reportIntervalMonths.${tier}`,
          'RECTIFICATION_POLICY_INVALID',
          '报告间隔应为 1–12 个月',
          'the report interval must be 1–12 months',
        ),
      );
    }
  }
  if (policy.reportIntervalMonths.lagging > 3) {
    problems.push(
      problem(
        '$.reportIntervalMonths.lagging',
        'RECTIFICATION_POLICY_INVALID',
        '后进党组织至少每季度报告一次整改进展',
        'lagging branches report at least quarterly',
      ),
    );
  }
  if (policy.superiorApproval.lagging !== true) {
    problems.push(
      problem(
        '$.superiorApproval.lagging',
        'RECTIFICATION_POLICY_INVALID',
        '后进党组织的整改方案须经上级党组织审批',
        "a lagging branch's plan needs the superior's approval",
      ),
    );
  }
  return problems;
}

/** What a branch's plan must contain, from its final tier and its scores. */
export interface PlanRequirements {
  readonly tier: Tier;
  readonly goal: RectificationGoal;
  /** The weakest indicators; the plan must address each (it may add more). */
  readonly targets: readonly IndicatorCode[];
  readonly superiorApprovalRequired: boolean;
  /** 联系领导: a named leader who follows a lagging branch. */
  readonly contactLeaderRequired: boolean;
  readonly reportIntervalMonths: number;
}

export function rectificationRequirements(
  tier: Tier,
  indicators: readonly IndicatorAttainment[],
  policy: RectificationPolicy = DEFAULT_RECTIFICATION_POLICY,
): PlanRequirements {
  const problems = rectificationPolicyProblems(policy);
  if (problems.length > 0) {
    throw refusal(
      'invalid',
      'RECTIFICATION_POLICY_INVALID',
      { zhCN: '整改规则有误', en: 'the rectification policy is invalid' },
      problems,
    );
  }
  return {
    tier,
    goal: RECTIFICATION_GOALS[tier],
    targets: rectificationTargets(indicators, policy.targetCount).map((t) => t.code),
    superiorApprovalRequired: policy.superiorApproval[tier],
    contactLeaderRequired: tier === 'lagging',
    reportIntervalMonths: policy.reportIntervalMonths[tier],
  };
}

export interface PlanTarget {
  readonly indicator: string;
  /** 突出问题: what is wrong. */
  readonly problem: string;
  /** 整改措施 */
  readonly measures: readonly string[];
  /** 责任人 */
  readonly responsible: string;
  readonly dueOn: IsoDate;
}

/** 整改方案 as a branch submits it. */
export interface RectificationPlanInput {
  readonly goal: string;
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate;
  readonly targets: readonly PlanTarget[];
  /** 联系领导: required for lagging branches. */
  readonly contactLeader?: { readonly name: string; readonly position: string } | null;
  /** How often the branch will report progress; at most the required interval. */
  readonly reportEveryMonths: number;
}

function targetProblems(target: PlanTarget, at: string, plan: RectificationPlanInput): DomainErrorDetail[] {
  const problems: DomainErrorDetail[] = [];
  if (isBlank(target.problem)) {
    problems.push(
      problem(
        `${at}.problem`,
        'PLAN_PROBLEM_REQUIRED',
        '请写明该指标存在的突出问题',
        'state the problem this target addresses',
      ),
    );
  }
  const measures = Array.isArray(target.measures) ? target.measures : [];
  if (measures.length === 0) {
    problems.push(
      problem(
        `${at}.measures`,
        'PLAN_MEASURES_REQUIRED',
        '每个整改目标至少有一项整改措施',
        'each target needs at least one measure',
      ),
    );
  }
  measures.forEach((measure, index) => {
    if (isBlank(measure)) {
      problems.push(
        problem(`${at}.measures[${index}]`, 'PLAN_MEASURE_BLANK', '整改措施不能为空', 'a measure must not be blank'),
      );
    }
  });
  if (isBlank(target.responsible)) {
    problems.push(
      problem(`${at}.responsible`, 'PLAN_RESPONSIBLE_REQUIRED', '请指定责任人', 'name the person responsible'),
    );
  }
  if (!isIsoDate(target.dueOn) || target.dueOn < plan.startsOn || target.dueOn > plan.endsOn) {
    problems.push(
      problem(
        `${at}.dueOn`,
        'PLAN_TARGET_DATE_INVALID',
        `完成时限应在方案期限（${plan.startsOn} 至 ${plan.endsOn}）之内`,
        `the due date must fall within the plan (${plan.startsOn} … ${plan.endsOn})`,
      ),
    );
  }
  return problems;
}

/**
 * Checks a submitted plan against its requirements (SPEC §6 rule 12) and returns EVERY problem,
 * each with a JSON path and zh-CN/en text: the goal of the tier, a valid period, every required
 * target indicator addressed with a problem, measures, a responsible person and a due date inside
 * the plan, a named contact leader for a lagging branch, and reports at least as often as required.
 */
export function rectificationPlanProblems(
  plan: RectificationPlanInput,
  requirements: PlanRequirements,
): DomainErrorDetail[] {
  const problems: DomainErrorDetail[] = [];
  const goal = RECTIFICATION_GOALS[requirements.tier];
  if (plan.goal !== goal) {
    const name = RECTIFICATION_GOAL_NAMES[goal];
    problems.push(
      problem(
        '$.goal',
        'PLAN_GOAL_MISMATCH',
        `本党组织的整改要求是“${name.zhCN}”（${goal}）`,
        `this branch's goal is "${name.en}" (${goal})`,
      ),
    );
  }
  const validPeriod = isIsoDate(plan.startsOn) && isIsoDate(plan.endsOn) && plan.endsOn > plan.startsOn;
  if (!validPeriod) {
    problems.push(
      problem(
        '$.endsOn',
        'PLAN_PERIOD_INVALID',
        '方案应有开始日期和晚于它的结束日期（YYYY-MM-DD）',
        'the plan needs a start date and a later end date (YYYY-MM-DD)',
      ),
    );
  }
  const targets = Array.isArray(plan.targets) ? plan.targets : [];
  const seen = new Set<string>();
  targets.forEach((target, index) => {
    const at = `$.targets[${index}]`;
    const indicator: unknown = target.indicator;
    if (!isIndicatorCode(indicator)) {
      problems.push(
        problem(
          `${at}.indicator`,
          'PLAN_TARGET_UNKNOWN',
          `${String(target.indicator)} 不是七项指标之一`,
          `${String(target.indicator)} is not one of the seven indicators`,
        ),
      );
    } else if (seen.has(indicator)) {
      problems.push(
        problem(
          `${at}.indicator`,
          'PLAN_TARGET_DUPLICATE',
          `指标「${INDICATOR_NAMES[indicator].zhCN}」重复列出`,
          `indicator "${INDICATOR_NAMES[indicator].en}" is listed twice`,
        ),
      );
    }
    seen.add(target.indicator);
    if (validPeriod) problems.push(...targetProblems(target, at, plan));
    else problems.push(...targetProblems(target, at, plan).filter((p) => p.code !== 'PLAN_TARGET_DATE_INVALID'));
  });
  for (const required of requirements.targets.filter((code) => !seen.has(code))) {
    const name = INDICATOR_NAMES[required];
    problems.push(
      problem(
        '$.targets',
        'PLAN_TARGET_MISSING',
        `方案须针对得分最低的指标「${name.zhCN}」`,
        `the plan must address "${name.en}", one of the lowest-scoring indicators`,
      ),
    );
  }
  if (requirements.contactLeaderRequired) {
    const leader = plan.contactLeader;
    if (!leader || isBlank(leader.name)) {
      problems.push(
        problem(
          '$.contactLeader.name',
          'PLAN_CONTACT_LEADER_REQUIRED',
          '后进党组织须明确联系领导',
          'a lagging branch needs a named contact leader (联系领导)',
        ),
      );
    }
    if (!leader || isBlank(leader.position)) {
      problems.push(
        problem(
          '$.contactLeader.position',
          'PLAN_CONTACT_LEADER_REQUIRED',
          '请写明联系领导的职务',
          "give the contact leader's position",
        ),
      );
    }
  }
  const every = plan.reportEveryMonths;
  if (!Number.isInteger(every) || every < 1 || every > requirements.reportIntervalMonths) {
    problems.push(
      problem(
        '$.reportEveryMonths',
        'PLAN_REPORT_INTERVAL_TOO_LONG',
        `整改进展至少每 ${requirements.reportIntervalMonths} 个月报告一次`,
        `progress must be reported at least every ${requirements.reportIntervalMonths} months`,
      ),
    );
  }
  return problems;
}

/** rectificationPlanProblems, refusing (invalid → 422) with all of them. */
export function assertValidRectificationPlan(plan: RectificationPlanInput, requirements: PlanRequirements): void {
  const problems = rectificationPlanProblems(plan, requirements);
  if (problems.length > 0) {
    throw refusal(
      'invalid',
      'RECTIFICATION_PLAN_INVALID',
      { zhCN: '整改方案不符合要求', en: 'the rectification plan is incomplete' },
      problems,
    );
  }
}
