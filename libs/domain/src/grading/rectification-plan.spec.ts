import fc from 'fast-check';
import { INDICATOR_CODES } from '../pipeline/indicators.js';
import type { IndicatorAttainment } from './composite-score.js';
import { thrown } from './grading-test-helpers.js';
import {
  assertValidRectificationPlan,
  DEFAULT_RECTIFICATION_POLICY,
  rectificationPlanProblems,
  rectificationPolicyProblems,
  rectificationRequirements,
  type RectificationPlanInput,
} from './rectification-plan.js';
import { TIERS } from './tier.js';

const indicators: IndicatorAttainment[] = INDICATOR_CODES.map((code, i) => ({
  code,
  weight: 10,
  attainment: [0.9, 0.8, 0.85, 0.4, 0.6, 0.95, 0.7][i]!,
  points: 0,
}));
const target = (indicator: string) => ({
  indicator,
  problem: '活动场所不固定',
  measures: ['协调村委会腾出两间办公用房'],
  responsible: '李书记',
  dueOn: '2025-09-30',
});
const goodPlan: RectificationPlanInput = {
  goal: 'rectify',
  startsOn: '2025-05-01',
  endsOn: '2025-12-31',
  targets: [target('venue'), target('support')],
  contactLeader: { name: '赵明', position: '镇党委副书记' },
  reportEveryMonths: 3,
};

describe('rectification plans (SPEC §6 rule 12)', () => {
  it('requires by tier: consolidate / push / rectify; lagging with a contact leader and quarterly reports', () => {
    expect(rectificationRequirements('lagging', indicators)).toEqual({
      tier: 'lagging',
      goal: 'rectify',
      targets: ['venue', 'support'],
      superiorApprovalRequired: true,
      contactLeaderRequired: true,
      reportIntervalMonths: 3,
    });
    expect(rectificationRequirements('advanced', indicators)).toMatchObject({
      goal: 'consolidate',
      contactLeaderRequired: false,
      reportIntervalMonths: 6,
    });
    expect(
      rectificationRequirements('average', indicators, { ...DEFAULT_RECTIFICATION_POLICY, targetCount: 3 }).targets,
    ).toEqual(['venue', 'support', 'public-appraisal']);
  });

  it('refuses a policy that drops what the seed requires of lagging branches', () => {
    const weak = {
      ...DEFAULT_RECTIFICATION_POLICY,
      reportIntervalMonths: { advanced: 6, average: 6, lagging: 4 },
      superiorApproval: { advanced: false, average: false, lagging: false },
    };
    expect(rectificationPolicyProblems(weak).map((p) => p.path)).toEqual([
      '$.reportIntervalMonths.lagging',
      '$.superiorApproval.lagging',
    ]);
    expect(thrown(() => rectificationRequirements('lagging', indicators, weak)).kind).toBe('invalid');
  });

  it('accepts a complete plan', () => {
    expect(rectificationPlanProblems(goodPlan, rectificationRequirements('lagging', indicators))).toEqual([]);
  });

  it('reports every problem at once, with JSON paths, in zh-CN and en', () => {
    const plan = {
      ...goodPlan,
      goal: 'push',
      targets: [
        { ...target('venue'), measures: ['  '], responsible: '', dueOn: '2026-03-01' },
        target('venue'),
        target('morale'),
      ],
      contactLeader: null,
      reportEveryMonths: 6,
    };
    const problems = rectificationPlanProblems(plan, rectificationRequirements('lagging', indicators));
    expect(problems.map((p) => `${p.code}@${p.path}`)).toEqual([
      'PLAN_GOAL_MISMATCH@$.goal',
      'PLAN_MEASURE_BLANK@$.targets[0].measures[0]',
      'PLAN_RESPONSIBLE_REQUIRED@$.targets[0].responsible',
      'PLAN_TARGET_DATE_INVALID@$.targets[0].dueOn',
      'PLAN_TARGET_DUPLICATE@$.targets[1].indicator',
      'PLAN_TARGET_UNKNOWN@$.targets[2].indicator',
      'PLAN_TARGET_MISSING@$.targets',
      'PLAN_CONTACT_LEADER_REQUIRED@$.contactLeader.name',
      'PLAN_CONTACT_LEADER_REQUIRED@$.contactLeader.position',
      'PLAN_REPORT_INTERVAL_TOO_LONG@$.reportEveryMonths',
    ]);
    expect(problems[0]?.text).toEqual({
      zhCN: '本党组织的整改要求是“整顿后进”（rectify）',
      en: 'this branch\'s goal is "rectify" (rectify)',
    });
    expect(problems[6]?.text.zhCN).toBe('方案须针对得分最低的指标「保障机制」');
    const error = thrown(() => assertValidRectificationPlan(plan, rectificationRequirements('lagging', indicators)));
    expect(error).toMatchObject({ code: 'RECTIFICATION_PLAN_INVALID', kind: 'invalid', field: '$.goal' });
    expect(error.error.details).toHaveLength(10);
  });

  it('needs no contact leader outside lagging, and refuses a period that ends before it starts', () => {
    const plan = { ...goodPlan, goal: 'push', contactLeader: undefined, reportEveryMonths: 6, endsOn: '2025-04-01' };
    expect(
      rectificationPlanProblems(plan, rectificationRequirements('average', indicators)).map((p) => p.code),
    ).toEqual(['PLAN_PERIOD_INVALID']);
  });

  it('a plan covering the required targets with the tier’s goal always passes (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TIERS), fc.integer({ min: 1, max: 7 }), (tier, count) => {
        const requirements = rectificationRequirements(tier, indicators, {
          ...DEFAULT_RECTIFICATION_POLICY,
          targetCount: count,
        });
        expect(requirements.targets).toHaveLength(count);
        const plan = {
          ...goodPlan,
          goal: requirements.goal,
          targets: requirements.targets.map(target),
          reportEveryMonths: requirements.reportIntervalMonths,
        };
        expect(rectificationPlanProblems(plan, requirements)).toEqual([]);
      }),
    );
  });
});
