import { defaultPipelineDefinition, KINDS_WITH_DEFAULTS, KNOWN_SECTOR_CODES } from './default-definitions.js';
import { practiceDefaultMarks, PRACTICE_DEFAULT_LABEL } from './practice-defaults.js';

describe('default pipeline definitions', () => {
  it('ship for the grading cycle, pledges, campaigns and commendations, and for all eight sectors', () => {
    expect(KINDS_WITH_DEFAULTS).toEqual(['grading-cycle', 'pledge', 'campaign', 'commendation']);
    expect(KNOWN_SECTOR_CODES).toEqual([
      'village',
      'urban-community',
      'agency',
      'soe-finance',
      'non-public',
      'social-org',
      'university',
      'window-service',
    ]);
    expect(defaultPipelineDefinition('democratic-appraisal', 'village')).toBeUndefined();
  });

  it('run the campaign 三亮 → 三比 → 三评 → 排名 and commendations 推荐 → 考察 → 公示 → 审批 → 表彰', () => {
    const stepNames = (kind: string) =>
      defaultPipelineDefinition(kind, 'window-service')?.steps.map((s) => s.name.zhCN);
    expect(stepNames('campaign')).toEqual(['三亮', '三比', '三评', '结果排名']);
    expect(stepNames('commendation')).toEqual(['推荐', '考察', '公示', '审批', '表彰']);
    // The decision is a supervisor approval at the grading-unit level (issue 11).
    expect(defaultPipelineDefinition('commendation', 'agency')?.steps[3]?.actor).toEqual({
      role: 'supervisor',
      level: 'grading-unit',
    });
  });

  it("name the campaign's results item after the sector's own results, generic for a new sector", () => {
    const results = (sector: string) =>
      defaultPipelineDefinition('campaign', sector)?.campaign?.competitionSheet.find((i) => i.key === 'results')?.name
        .zhCN;
    expect(results('window-service')).toBe('建设群众满意窗口、创造优质服务品牌');
    expect(results('harbour-pilots')).toBe('比业绩');
  });

  it('run the grading cycle 部署 → 分类定级 → 整改提高 → 考核验收 and pledges 提出 → … → 反馈', () => {
    const stepNames = (kind: string) => defaultPipelineDefinition(kind, 'agency')?.steps.map((s) => s.name.zhCN);
    expect(stepNames('grading-cycle')).toEqual(['安排部署', '分类定级', '整改提高', '考核验收']);
    expect(stepNames('pledge')).toEqual(['提出承诺', '审核', '公开承诺', '履行承诺', '评议承诺', '反馈']);
  });

  it('carry the SPEC §6 defaults: 30 % / 5 % quotas, 15/20/65 weights, 5 working days of publicity', () => {
    const body = defaultPipelineDefinition('grading-cycle', 'village');
    expect(body?.tiers).toMatchObject({
      advancedMaxPercent: 30,
      advancedCapRounding: 'floor',
      laggingMinPercent: 5,
      laggingFloorRounding: 'ceil',
      laggingQuotaMinScopeSize: 10,
    });
    expect(body?.appraisalWeights).toEqual({ self: 15, membersAndPublic: 20, superior: 65 });
    expect(body?.publicityWorkingDays).toBe(5);
    expect(body?.advancedMinPublicSatisfactionPercent).toBe(90);
    expect(body?.vetoConditions).toEqual([
      { kind: 'secretary-post-vacant', months: 3 },
      { kind: 'public-satisfaction-below', percent: 60 },
      { kind: 'no-party-activity', months: 6 },
    ]);
    expect(body?.indicatorSheet?.indicators.map((i) => i.name.zhCN)).toEqual([
      '党组织带头人',
      '工作思路',
      '工作制度',
      '活动阵地',
      '保障机制',
      '工作业绩',
      '群众评价',
    ]);
  });

  it('adjust the results items per sector, and give a new sector the generic ones', () => {
    const results = (sector: string) =>
      defaultPipelineDefinition('grading-cycle', sector)
        ?.indicatorSheet?.items.filter((i) => i.indicator === 'results')
        .map((i) => i.name.zhCN);
    expect(results('village')).toEqual(['带头致富、带领群众共同致富', '维护农村稳定、服务村民']);
    expect(results('university')).toEqual(['教书育人、推进教育改革', '加强教学科研']);
    expect(results('harbour-pilots')).toEqual(['围绕中心、完成重点任务', '为群众办实事、解难题']);
    expect(results('constructor')).toEqual(results('harbour-pilots'));
  });

  it('give a fresh object on every call, so a caller cannot change the defaults', () => {
    const first = defaultPipelineDefinition('pledge', 'village') as { publicityWorkingDays: number };
    first.publicityWorkingDays = 99;
    expect(defaultPipelineDefinition('pledge', 'village')?.publicityWorkingDays).toBe(5);
  });
});

describe('practiceDefaultMarks — "默认值，可配置"', () => {
  it('marks the practice values of an untouched default, with the SPEC rule they implement', () => {
    const body = defaultPipelineDefinition('grading-cycle', 'village');
    const marks = practiceDefaultMarks('grading-cycle', 'village', body);
    expect(marks).toEqual(
      expect.arrayContaining([
        { path: '$.tiers.advancedMaxPercent', rule: 'SPEC §6 rule 6', label: PRACTICE_DEFAULT_LABEL },
        { path: '$.appraisalWeights', rule: 'SPEC §6 rule 4', label: PRACTICE_DEFAULT_LABEL },
        { path: '$.publicityWorkingDays', rule: 'SPEC §6 rule 11', label: PRACTICE_DEFAULT_LABEL },
        { path: '$.steps[0].deadline', rule: 'SPEC §6 rule 2', label: PRACTICE_DEFAULT_LABEL },
      ]),
    );
    expect(PRACTICE_DEFAULT_LABEL.zhCN).toBe('默认值，可配置');
    expect(marks.some((m) => m.path === '$.steps')).toBe(false);
  });

  it('drops the mark of a value the administrator changed', () => {
    const body = JSON.parse(JSON.stringify(defaultPipelineDefinition('grading-cycle', 'agency')));
    body.tiers.advancedMaxPercent = 25;
    const paths = practiceDefaultMarks('grading-cycle', 'agency', body).map((m) => m.path);
    expect(paths).not.toContain('$.tiers.advancedMaxPercent');
    expect(paths).toContain('$.tiers.laggingMinPercent');
  });

  it('marks pledge reminders (SPEC §6 rule 17) and nothing for a kind without defaults', () => {
    const marks = practiceDefaultMarks('pledge', 'village', defaultPipelineDefinition('pledge', 'village'));
    expect(marks).toContainEqual({
      path: '$.steps[0].reminders',
      rule: 'SPEC §6 rule 17',
      label: PRACTICE_DEFAULT_LABEL,
    });
    expect(practiceDefaultMarks('democratic-appraisal', 'village', {})).toEqual([]);
  });
});
