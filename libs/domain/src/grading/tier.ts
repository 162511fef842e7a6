import type { LocalizedText } from '../domain.error.js';

/** 先进 / 一般 / 后进 — the three tiers of 分类定级 (document 3). */
export const TIERS = ['advanced', 'average', 'lagging'] as const;
export type Tier = (typeof TIERS)[number];

export const TIER_NAMES: Readonly<Record<Tier, LocalizedText>> = {
  advanced: { zhCN: '先进', en: 'advanced' },
  average: { zhCN: '一般', en: 'average' },
  lagging: { zhCN: '后进', en: 'lagging' },
};

/** Higher is better: a move to a lower rank is a move down. */
export const tierRank = (tier: Tier): number => (tier === 'advanced' ? 2 : tier === 'average' ? 1 : 0);

export const isTier = (value: unknown): value is Tier =>
  typeof value === 'string' && (TIERS as readonly string[]).includes(value);

/** 自评 / 党员群众评议 / 上级评定 — the three sources of a grade (SPEC §6 rule 4). */
export const APPRAISAL_SOURCES = ['self', 'membersAndPublic', 'superior'] as const;
export type AppraisalSource = (typeof APPRAISAL_SOURCES)[number];

export const APPRAISAL_SOURCE_NAMES: Readonly<Record<AppraisalSource, LocalizedText>> = {
  self: { zhCN: '基层党组织自评', en: 'self-assessment' },
  membersAndPublic: { zhCN: '党员群众评议', en: 'members and public appraisal' },
  superior: { zhCN: '上级党组织评定', en: 'superior rating' },
};

/** 部署 → 分类定级 → 整改提高 → 考核验收, the step keys of the grading-cycle definition. */
export const GRADING_STEPS = ['deploy', 'grade', 'rectify', 'accept'] as const;
export type GradingStep = (typeof GRADING_STEPS)[number];

export const GRADING_STEP_NAMES: Readonly<Record<GradingStep, LocalizedText>> = {
  deploy: { zhCN: '安排部署', en: 'Deploy' },
  grade: { zhCN: '分类定级', en: 'Grade' },
  rectify: { zhCN: '整改提高', en: 'Rectify' },
  accept: { zhCN: '考核验收', en: 'Accept' },
};
