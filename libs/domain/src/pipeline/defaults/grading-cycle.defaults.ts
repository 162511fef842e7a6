import type { LocalizedText } from '../../domain.error.js';
import type { PipelineDefinitionBody } from '../pipeline-definition.types.js';
import { defaultIndicatorSheet, GENERIC_RESULTS_ITEMS } from './default-indicator-sheet.js';

/**
 * 基层党组织晋位升级 — the default grading cycle (document 3): 安排部署 → 分类定级 → 整改提高 →
 * 考核验收. The order and the three appraisal sources are the seed's; every number (deadlines,
 * reminders, quotas, weights, thresholds) is a practice default listed in practice-defaults.ts.
 */
export function defaultGradingCycle(
  resultsItems: readonly [LocalizedText, LocalizedText] = GENERIC_RESULTS_ITEMS,
): PipelineDefinitionBody {
  return {
    schemaVersion: 1,
    processKind: 'grading-cycle',
    name: { zhCN: '基层党组织晋位升级', en: 'Yearly grading cycle' },
    steps: [
      {
        key: 'deploy',
        name: { zhCN: '安排部署', en: 'Deploy' },
        actor: { role: 'administrator', level: 'grading-unit' },
        quorum: { kind: 'one' },
        // 每年初或上年底: the window closes on 31 March of the round's year (SPEC §6 rule 2).
        deadline: { kind: 'fixed-date', monthDay: '03-31', yearOffset: 0 },
        reminders: [
          { when: 'before', days: 14 },
          { when: 'before', days: 3 },
          { when: 'on', days: 0 },
        ],
        escalation: [],
      },
      {
        key: 'grade',
        name: { zhCN: '分类定级', en: 'Grade' },
        actor: { role: 'supervisor', level: 'superior' },
        quorum: { kind: 'one' },
        deadline: { kind: 'working-days', days: 20 },
        reminders: [
          { when: 'before', days: 3 },
          { when: 'on', days: 0 },
          { when: 'after', days: 1 },
        ],
        escalation: [{ level: 'grading-unit', afterDays: 3 }],
      },
      {
        key: 'rectify',
        name: { zhCN: '整改提高', en: 'Rectify' },
        actor: { role: 'branch-secretary', level: 'self' },
        quorum: { kind: 'one' },
        deadline: { kind: 'calendar-days', days: 30 },
        reminders: [
          { when: 'before', days: 7 },
          { when: 'before', days: 1 },
          { when: 'on', days: 0 },
          { when: 'after', days: 3 },
        ],
        escalation: [
          { level: 'superior', afterDays: 3 },
          { level: 'grading-unit', afterDays: 10 },
        ],
      },
      {
        key: 'accept',
        name: { zhCN: '考核验收', en: 'Accept' },
        actor: { role: 'supervisor', level: 'superior' },
        // An acceptance team: two of its three members must sign off.
        quorum: { kind: 'n-of-m', n: 2, m: 3 },
        // 结合部署开展下一轮: accepted by the next round's deployment window.
        deadline: { kind: 'fixed-date', monthDay: '03-31', yearOffset: 1 },
        reminders: [
          { when: 'before', days: 14 },
          { when: 'on', days: 0 },
          { when: 'after', days: 1 },
        ],
        escalation: [{ level: 'grading-unit', afterDays: 7 }],
      },
    ],
    publicityWorkingDays: 5,
    indicatorSheet: defaultIndicatorSheet(resultsItems),
    tiers: {
      advancedMinScore: 90,
      laggingBelowScore: 60,
      advancedMaxPercent: 30,
      laggingMinPercent: 5,
      advancedCapRounding: 'floor',
      laggingFloorRounding: 'ceil',
      laggingQuotaMinScopeSize: 10,
      // 以县（市、区）为单位: quotas count over the whole grading unit (SPEC §6 rules 6, 7).
      quotaScope: 'grading-unit',
    },
    vetoConditions: [
      { kind: 'secretary-post-vacant', months: 3 },
      { kind: 'public-satisfaction-below', percent: 60 },
      { kind: 'no-party-activity', months: 6 },
    ],
    advancedMinPublicSatisfactionPercent: 90,
    appraisalWeights: { self: 15, membersAndPublic: 20, superior: 65 },
    participation: { reachableMembersPercent: 100, publicRatersPercentOfBase: 10 },
  };
}
