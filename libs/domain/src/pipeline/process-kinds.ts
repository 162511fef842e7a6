import type { LocalizedText } from '../domain.error.js';

/**
 * What the engine knows about each process kind: the steps that must be there, in this order
 * (other steps may sit between them), and the body sections the kind needs. A kind not listed here
 * is still accepted — kinds are data — but has no required steps or sections.
 */
export interface ProcessKindRules {
  readonly name: LocalizedText;
  readonly requiredSteps: readonly { readonly key: string; readonly name: LocalizedText }[];
  readonly requiredSections: readonly DefinitionSection[];
}

export const GRADING_SECTIONS = [
  'indicatorSheet',
  'tiers',
  'vetoConditions',
  'advancedMinPublicSatisfactionPercent',
  'appraisalWeights',
  'participation',
] as const;
export type GradingSection = (typeof GRADING_SECTIONS)[number];

/**
 * Every optional section a body may carry. A new kind adds its section here and a validator in
 * SECTION_VALIDATORS (validate-pipeline-definition.ts); the steps, deadlines, reminders and
 * escalations stay the engine's.
 */
export const DEFINITION_SECTIONS = [...GRADING_SECTIONS, 'campaign', 'commendation'] as const;
export type DefinitionSection = (typeof DEFINITION_SECTIONS)[number];

export const PROCESS_KIND_RULES: Readonly<Record<string, ProcessKindRules>> = {
  /** 基层党组织晋位升级 (document 3; SPEC §6 rule 1: strictly 部署 → 分类定级 → 整改提高 → 考核验收). */
  'grading-cycle': {
    name: { zhCN: '基层党组织晋位升级', en: 'Yearly grading cycle' },
    requiredSteps: [
      { key: 'deploy', name: { zhCN: '安排部署', en: 'Deploy' } },
      { key: 'grade', name: { zhCN: '分类定级', en: 'Grade' } },
      { key: 'rectify', name: { zhCN: '整改提高', en: 'Rectify' } },
      { key: 'accept', name: { zhCN: '考核验收', en: 'Accept' } },
    ],
    requiredSections: GRADING_SECTIONS,
  },
  /** 党员承诺践诺 (document 1; SPEC §6 rule 15: not publicised before review, not evaluated before publicised). */
  pledge: {
    name: { zhCN: '党员承诺践诺', en: 'Party member pledges' },
    requiredSteps: [
      { key: 'propose', name: { zhCN: '提出承诺', en: 'Propose' } },
      { key: 'review', name: { zhCN: '审核', en: 'Review' } },
      { key: 'publicise', name: { zhCN: '公开承诺', en: 'Publicise' } },
      { key: 'fulfil', name: { zhCN: '履行承诺', en: 'Fulfil' } },
      { key: 'evaluate', name: { zhCN: '评议承诺', en: 'Evaluate' } },
      { key: 'feedback', name: { zhCN: '反馈', en: 'Feed back' } },
    ],
    requiredSections: [],
  },
  /** 三亮三比三评 (document 2, SPEC §3.3): publish → compete → rate → follow up → rank. */
  campaign: {
    name: { zhCN: '三亮三比三评', en: 'Window-unit campaign' },
    requiredSteps: [
      { key: 'show', name: { zhCN: '三亮', en: 'Show' } },
      { key: 'compete', name: { zhCN: '三比', en: 'Compete' } },
      { key: 'rate', name: { zhCN: '三评', en: 'Rate' } },
      { key: 'rank', name: { zhCN: '结果排名', en: 'Rank' } },
    ],
    requiredSections: ['campaign'],
  },
  /** 学习先进争当先进 (document 4, SPEC §3.4): nominate → vet → publicise → decide → commend. */
  commendation: {
    name: { zhCN: '学习先进争当先进', en: 'Commendation of the advanced' },
    requiredSteps: [
      { key: 'nominate', name: { zhCN: '推荐', en: 'Nominate' } },
      { key: 'vet', name: { zhCN: '考察', en: 'Vet' } },
      { key: 'publicise', name: { zhCN: '公示', en: 'Publicise' } },
      { key: 'decide', name: { zhCN: '审批', en: 'Decide' } },
      { key: 'commend', name: { zhCN: '表彰', en: 'Commend' } },
    ],
    requiredSections: ['commendation'],
  },
};

export const rulesOfKind = (kind: string): ProcessKindRules | undefined =>
  Object.hasOwn(PROCESS_KIND_RULES, kind) ? PROCESS_KIND_RULES[kind] : undefined;
