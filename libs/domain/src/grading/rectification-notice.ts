import type { LocalizedText } from '../domain.error.js';
import { formatBeijingTime } from '../notification/notification-template.js';
import { INDICATOR_NAMES } from '../pipeline/indicators.js';
import { RECTIFICATION_GOAL_NAMES, type PlanRequirements } from './rectification-plan.js';
import { TIER_NAMES } from './tier.js';

/**
 * 整改提高通知 — what the branch secretary receives once the tier is final: the tier, the goal it
 * sets (巩固先进 / 推动一般 / 整顿后进), the weakest indicators the plan must target, and the date.
 */
export function renderRectificationNotice(args: {
  readonly year: number;
  readonly requirements: PlanRequirements;
  readonly planDueAt: string;
  readonly link: string;
}): { title: LocalizedText; body: LocalizedText; link: string } {
  const { requirements } = args;
  const by = formatBeijingTime(args.planDueAt);
  const tier = TIER_NAMES[requirements.tier];
  const goal = RECTIFICATION_GOAL_NAMES[requirements.goal];
  const targets = requirements.targets.map((code) => INDICATOR_NAMES[code]);
  const leader = requirements.contactLeaderRequired;
  return {
    title: {
      zhCN: `【整改提高】${args.year}年度定级为“${tier.zhCN}”，请提交整改方案`,
      en: `[Rectify] graded ${tier.en} for ${args.year}: file your rectification plan`,
    },
    body: {
      zhCN:
        `本党组织${args.year}年度定级为“${tier.zhCN}”，整改要求：${goal.zhCN}。` +
        `整改方案须针对得分最低的指标：${targets.map((t) => t.zhCN).join('、') || '（无）'}` +
        `${leader ? '，并明确联系领导' : ''}；每 ${requirements.reportIntervalMonths} 个月至少报告一次整改进展。` +
        `请于 ${by.zhCN} 前提交。`,
      en:
        `Your branch is graded ${tier.en} for ${args.year}; the goal: ${goal.en}. ` +
        `The plan must target the lowest-scoring indicators: ${targets.map((t) => t.en).join(', ') || '(none)'}` +
        `${leader ? ', and name a contact leader' : ''}; report progress at least every ${requirements.reportIntervalMonths} months. ` +
        `Please file it by ${by.en}.`,
    },
    link: args.link,
  };
}
