import { codesAt, withChange } from '../definition-test-helpers.js';
import { validatePipelineDefinition } from '../validate-pipeline-definition.js';

const validate = (change: Parameters<typeof withChange>[0]) => validatePipelineDefinition(withChange(change));
const problemsOf = (change: Parameters<typeof withChange>[0]) => codesAt(validate(change));

describe('validatePipelineDefinition — tiers, vetoes, appraisal, participation, publicity', () => {
  it('refuses quotas that cannot hold together (advanced cap + lagging floor > 100 %)', () => {
    const problems = validate((b) => {
      b.tiers.advancedMaxPercent = 80;
      b.tiers.laggingMinPercent = 30;
    });
    expect(codesAt(problems)).toEqual(['TIER_QUOTAS_INFEASIBLE@$.tiers']);
    expect(problems[0]?.text.zhCN).toContain('先进比例上限 80% 与后进比例下限 30% 合计超过 100%');
    expect(problemsOf((b) => (b.tiers.advancedMaxPercent = 95))).toEqual([]);
  });

  it('refuses score thresholds out of order', () => {
    expect(problemsOf((b) => (b.tiers.laggingBelowScore = 90))).toEqual([
      'TIER_THRESHOLDS_OUT_OF_ORDER@$.tiers.laggingBelowScore',
    ]);
    expect(problemsOf((b) => (b.tiers.advancedMinScore = 120))).toEqual([
      'SCORE_OUT_OF_RANGE@$.tiers.advancedMinScore',
    ]);
  });

  it('refuses shares outside 0–100 %, unknown rounding and a bad minimum scope size', () => {
    expect(
      problemsOf((b) => {
        b.tiers.laggingMinPercent = -5;
        b.tiers.advancedCapRounding = 'bankers';
        b.tiers.laggingQuotaMinScopeSize = 0;
      }),
    ).toEqual([
      'PERCENT_OUT_OF_RANGE@$.tiers.laggingMinPercent',
      'ROUNDING_RULE_UNKNOWN@$.tiers.advancedCapRounding',
      'SCOPE_SIZE_INVALID@$.tiers.laggingQuotaMinScopeSize',
    ]);
  });

  it('accepts the quota scope grading-unit or sector, or none (= grading-unit), and refuses any other', () => {
    expect(problemsOf((b) => (b.tiers.quotaScope = 'sector'))).toEqual([]);
    expect(problemsOf((b) => delete b.tiers.quotaScope)).toEqual([]);
    expect(problemsOf((b) => (b.tiers.quotaScope = 'township'))).toEqual(['QUOTA_SCOPE_UNKNOWN@$.tiers.quotaScope']);
  });

  it('refuses unknown, repeated or senseless veto conditions', () => {
    expect(
      problemsOf((b) => {
        b.vetoConditions.push({ kind: 'late-dues', months: 2 });
        b.vetoConditions.push({ kind: 'no-party-activity', months: 12 });
        b.vetoConditions[0].months = 0;
        b.vetoConditions[1].percent = 150;
      }),
    ).toEqual([
      'VETO_THRESHOLD_INVALID@$.vetoConditions[0].months',
      'VETO_THRESHOLD_INVALID@$.vetoConditions[1].percent',
      'VETO_KIND_UNKNOWN@$.vetoConditions[3].kind',
      'VETO_DUPLICATE@$.vetoConditions[4].kind',
    ]);
  });

  it('refuses a satisfaction floor outside 0–100 %', () => {
    expect(problemsOf((b) => (b.advancedMinPublicSatisfactionPercent = 101))).toEqual([
      'PERCENT_OUT_OF_RANGE@$.advancedMinPublicSatisfactionPercent',
    ]);
  });

  it('refuses appraisal weights that do not total 100, and a weight of zero', () => {
    const problems = validate((b) => (b.appraisalWeights = { self: 20, membersAndPublic: 20, superior: 65 }));
    expect(codesAt(problems)).toEqual(['APPRAISAL_WEIGHTS_TOTAL_NOT_100@$.appraisalWeights']);
    expect(problems[0]?.text.zhCN).toBe('自评、党员群众评议、上级评定的权重合计 105%，应为 100%');
    expect(problemsOf((b) => (b.appraisalWeights = { self: 0, membersAndPublic: 35, superior: 65 }))).toEqual([
      'APPRAISAL_WEIGHT_INVALID@$.appraisalWeights.self',
    ]);
    expect(problemsOf((b) => (b.appraisalWeights = { self: 15.5, membersAndPublic: 19.5, superior: 65 }))).toEqual([]);
  });

  it('refuses participation thresholds outside their range', () => {
    expect(
      problemsOf((b) => (b.participation = { reachableMembersPercent: 0, publicRatersPercentOfBase: 10 })),
    ).toEqual(['PERCENT_OUT_OF_RANGE@$.participation.reachableMembersPercent']);
  });

  it('refuses a publicity period that is not 1–30 working days', () => {
    expect(problemsOf((b) => (b.publicityWorkingDays = 0))).toEqual(['PUBLICITY_DAYS_INVALID@$.publicityWorkingDays']);
    expect(problemsOf((b) => (b.publicityWorkingDays = 2.5))).toEqual([
      'PUBLICITY_DAYS_INVALID@$.publicityWorkingDays',
    ]);
  });
});

describe('validatePipelineDefinition — the whole body', () => {
  it('answers one problem at $ for something that is not an object', () => {
    for (const body of [null, 42, 'grading', [], true]) {
      expect(codesAt(validatePipelineDefinition(body))).toEqual(['FIELD_TYPE@$']);
    }
  });

  it('reports missing fields, an unsupported schema version and unknown fields, all at once', () => {
    const problems = validatePipelineDefinition({ schemaVersion: 2, processKind: 'pledge', steps: [], colour: 'red' });
    expect(codesAt(problems)).toEqual([
      'FIELD_UNKNOWN@$.colour',
      'SCHEMA_VERSION_UNSUPPORTED@$.schemaVersion',
      'FIELD_REQUIRED@$.name',
      'STEPS_EMPTY@$.steps',
      ...Array(6).fill('STEP_REQUIRED_MISSING@$.steps'),
      'FIELD_REQUIRED@$.publicityWorkingDays',
    ]);
    for (const problem of problems) {
      expect(problem.text.zhCN.length).toBeGreaterThan(0);
      expect(problem.text.en.length).toBeGreaterThan(0);
    }
  });

  it('returns every problem of a badly broken definition in one list', () => {
    const problems = validate((b) => {
      b.indicatorSheet.items[3].weight = 4;
      b.appraisalWeights.superior = 60;
      b.tiers.laggingMinPercent = 75;
      b.steps[1].quorum = { kind: 'n-of-m', n: 5, m: 2 };
      b.steps[1].actor.role = 'chairman';
    });
    expect(codesAt(problems).sort()).toEqual(
      [
        'APPRAISAL_WEIGHTS_TOTAL_NOT_100@$.appraisalWeights',
        'INDICATOR_ITEMS_SUM_MISMATCH@$.indicatorSheet.indicators[1].weight',
        'QUORUM_N_ABOVE_M@$.steps[1].quorum.n',
        'ROLE_UNKNOWN@$.steps[1].actor.role',
        'TIER_QUOTAS_INFEASIBLE@$.tiers',
      ].sort(),
    );
  });

  it('accepts a kind without built-in rules, which needs no grading sections', () => {
    const body = withChange((b) => {
      b.processKind = 'democratic-appraisal';
      for (const section of ['indicatorSheet', 'tiers', 'vetoConditions', 'appraisalWeights', 'participation']) {
        delete b[section];
      }
      delete b.advancedMinPublicSatisfactionPercent;
    });
    expect(validatePipelineDefinition(body)).toEqual([]);
  });
});
