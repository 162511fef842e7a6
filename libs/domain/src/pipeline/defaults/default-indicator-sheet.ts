import type { LocalizedText } from '../../domain.error.js';
import { INDICATOR_NAMES, type IndicatorCode } from '../indicators.js';
import type { IndicatorItem, IndicatorSheet } from '../pipeline-definition.types.js';

/**
 * The default 100-point sheet over the seven indicators of document 3. The seed names the seven
 * indicators and the 百分制; the weights and sub-items below are practice defaults
 * (默认值，可配置), to be refined per sector by the grading unit.
 */
const INDICATOR_WEIGHTS: Readonly<Record<IndicatorCode, number>> = {
  leader: 20,
  'work-plan': 10,
  rules: 15,
  venue: 10,
  support: 10,
  results: 20,
  'public-appraisal': 15,
};

const item = (key: string, indicator: IndicatorCode, weight: number, zhCN: string, en: string): IndicatorItem => ({
  key,
  indicator,
  weight,
  name: { zhCN, en },
});

/** 工作业绩 differs most by sector; these are its generic items (see sector-adjustments.ts). */
export const GENERIC_RESULTS_ITEMS: readonly [LocalizedText, LocalizedText] = [
  { zhCN: '围绕中心、完成重点任务', en: 'Central tasks accomplished' },
  { zhCN: '为群众办实事、解难题', en: 'Practical help for the public' },
];

export function defaultIndicatorSheet(
  resultsItems: readonly [LocalizedText, LocalizedText] = GENERIC_RESULTS_ITEMS,
): IndicatorSheet {
  const [central, service] = resultsItems;
  return {
    indicators: (Object.keys(INDICATOR_WEIGHTS) as IndicatorCode[]).map((code) => ({
      code,
      name: INDICATOR_NAMES[code],
      weight: INDICATOR_WEIGHTS[code],
    })),
    items: [
      item('leader-quality', 'leader', 10, '书记政治素质好、工作能力强', 'Secretary: political quality and ability'),
      item('leader-team', 'leader', 10, '班子团结、结构合理、作用发挥好', 'Committee: united, balanced, effective'),
      item('plan-goals', 'work-plan', 5, '年度工作目标明确', 'Clear yearly goals'),
      item('plan-measures', 'work-plan', 5, '工作措施具体可行、符合实际', 'Concrete, feasible measures'),
      item('rules-organisational-life', 'rules', 8, '“三会一课”等组织生活制度落实', 'Regular organisational life'),
      item('rules-openness', 'rules', 7, '党务公开、民主管理制度健全', 'Openness and democratic management'),
      item('venue-place', 'venue', 5, '有固定活动场所', 'A fixed place for activities'),
      item('venue-use', 'venue', 5, '设施齐全、使用规范', 'Equipped and properly used'),
      item('support-funding', 'support', 5, '工作经费有保障', 'Funding secured'),
      item('support-care', 'support', 5, '党员教育管理和关怀激励到位', 'Member education, care and incentives'),
      item('results-central', 'results', 12, central.zhCN, central.en),
      item('results-service', 'results', 8, service.zhCN, service.en),
      item('appraisal-members', 'public-appraisal', 5, '党员满意度', 'Member satisfaction'),
      item('appraisal-public', 'public-appraisal', 10, '群众满意度', 'Public satisfaction'),
    ],
  };
}
