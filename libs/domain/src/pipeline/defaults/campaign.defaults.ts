import type { LocalizedText } from '../../domain.error.js';
import type { PipelineDefinitionBody } from '../pipeline-definition.types.js';

const DEFAULT_RESULTS: LocalizedText = { zhCN: '比业绩', en: 'Results' };

/**
 * 三亮三比三评 — the default campaign (document 2): 三亮 (standards, identity, pledges made public) →
 * 三比 (skills, work style, results) → 三评 (public, peers, leaders) → ranked result. The steps are the
 * seed's; the weights, thresholds and the 群众评价 mapping are practice defaults. A sector's
 * results item names what "results" means there (窗口单位: 群众满意窗口、优质服务品牌).
 */
export function defaultCampaign(resultsItem: LocalizedText = DEFAULT_RESULTS): PipelineDefinitionBody {
  return {
    schemaVersion: 1,
    processKind: 'campaign',
    name: { zhCN: '三亮三比三评', en: 'Window-unit campaign' },
    steps: [
      {
        key: 'show',
        name: { zhCN: '三亮', en: 'Show' },
        actor: { role: 'branch-secretary', level: 'self' },
        quorum: { kind: 'one' },
        deadline: { kind: 'working-days', days: 10 },
        reminders: [
          { when: 'before', days: 2 },
          { when: 'on', days: 0 },
          { when: 'after', days: 1 },
        ],
        escalation: [{ level: 'superior', afterDays: 2 }],
      },
      {
        key: 'compete',
        name: { zhCN: '三比', en: 'Compete' },
        actor: { role: 'branch-secretary', level: 'self' },
        quorum: { kind: 'one' },
        deadline: { kind: 'calendar-days', days: 90 },
        reminders: [
          { when: 'time-left', percent: 30, colour: 'yellow' },
          { when: 'time-left', percent: 15, colour: 'orange' },
          { when: 'after', days: 1, colour: 'red' },
        ],
        escalation: [{ level: 'superior', afterDays: 3 }],
      },
      {
        key: 'rate',
        name: { zhCN: '三评', en: 'Rate' },
        actor: { role: 'supervisor', level: 'superior' },
        quorum: { kind: 'one' },
        deadline: { kind: 'working-days', days: 15 },
        reminders: [
          { when: 'before', days: 3 },
          { when: 'on', days: 0 },
          { when: 'after', days: 1 },
        ],
        escalation: [{ level: 'grading-unit', afterDays: 3 }],
      },
      {
        key: 'rank',
        name: { zhCN: '结果排名', en: 'Rank' },
        actor: { role: 'supervisor', level: 'superior' },
        quorum: { kind: 'one' },
        deadline: { kind: 'working-days', days: 5 },
        reminders: [
          { when: 'on', days: 0 },
          { when: 'after', days: 1 },
        ],
        escalation: [{ level: 'grading-unit', afterDays: 2 }],
      },
    ],
    publicityWorkingDays: 5,
    campaign: {
      competitionSheet: [
        { key: 'skills', name: { zhCN: '比技能', en: 'Skills' }, weight: 35 },
        { key: 'work-style', name: { zhCN: '比作风', en: 'Work style' }, weight: 30 },
        { key: 'results', name: resultsItem, weight: 35 },
      ],
      weights: { public: 40, peer: 20, leader: 20, competition: 20 },
      lowPublicScoreBelow: 60,
      followUpDays: 15,
      publicAppraisalMapping: [
        { minScore: 90, percent: 100 },
        { minScore: 80, percent: 85 },
        { minScore: 60, percent: 60 },
        { minScore: 0, percent: 30 },
      ],
    },
  };
}
