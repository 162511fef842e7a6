import type { LocalizedText } from '../domain.error.js';

/**
 * 七项指标 — the seven indicators of document 3 (基层党组织晋位升级). Every item of an indicator
 * sheet refines exactly one of them (SPEC §6 rule 3); sheets may drop or reweight them per sector.
 */
export const INDICATOR_CODES = [
  'leader',
  'work-plan',
  'rules',
  'venue',
  'support',
  'results',
  'public-appraisal',
] as const;

export type IndicatorCode = (typeof INDICATOR_CODES)[number];

export const INDICATOR_NAMES: Readonly<Record<IndicatorCode, LocalizedText>> = {
  leader: { zhCN: '党组织带头人', en: 'Organisation leader' },
  'work-plan': { zhCN: '工作思路', en: 'Work plan' },
  rules: { zhCN: '工作制度', en: 'Rules and procedures' },
  venue: { zhCN: '活动阵地', en: 'Activity venue' },
  support: { zhCN: '保障机制', en: 'Support mechanisms' },
  results: { zhCN: '工作业绩', en: 'Results' },
  'public-appraisal': { zhCN: '群众评价', en: 'Public appraisal' },
};

export const isIndicatorCode = (value: unknown): value is IndicatorCode =>
  typeof value === 'string' && (INDICATOR_CODES as readonly string[]).includes(value);
