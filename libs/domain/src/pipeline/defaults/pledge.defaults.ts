import type { PipelineDefinitionBody, ReminderOffset } from '../pipeline-definition.types.js';

/** SPEC §6 rule 17: yellow at 30 % of the time left, orange at 15 %, red once overdue. */
const TRAFFIC_LIGHT_REMINDERS: readonly ReminderOffset[] = [
  { when: 'time-left', percent: 30, colour: 'yellow' },
  { when: 'time-left', percent: 15, colour: 'orange' },
  { when: 'after', days: 1, colour: 'red' },
];

/**
 * 党员承诺践诺 — the default pledge pipeline (document 1): 提出 → 审核 → 公开 → 履行 → 评议 → 反馈.
 * The order is the seed's; dates, reminders and escalations are practice defaults.
 */
export function defaultPledge(): PipelineDefinitionBody {
  return {
    schemaVersion: 1,
    processKind: 'pledge',
    name: { zhCN: '党员承诺践诺', en: 'Party member pledges' },
    steps: [
      {
        key: 'propose',
        name: { zhCN: '提出承诺', en: 'Propose' },
        actor: { role: 'member', level: 'self' },
        quorum: { kind: 'one' },
        // 年度承诺在每年年初提出: by 31 March (SPEC §6 rule 14).
        deadline: { kind: 'fixed-date', monthDay: '03-31', yearOffset: 0 },
        reminders: TRAFFIC_LIGHT_REMINDERS,
        // A member's overdue step goes to their own branch first, then up the line.
        escalation: [
          { level: 'self', afterDays: 1 },
          { level: 'superior', afterDays: 7 },
        ],
      },
      {
        key: 'review',
        name: { zhCN: '审核', en: 'Review' },
        actor: { role: 'branch-secretary', level: 'self' },
        quorum: { kind: 'one' },
        deadline: { kind: 'working-days', days: 10 },
        reminders: [
          { when: 'before', days: 2 },
          { when: 'on', days: 0 },
          { when: 'after', days: 1 },
        ],
        escalation: [
          { level: 'superior', afterDays: 1 },
          { level: 'grading-unit', afterDays: 7 },
        ],
      },
      {
        key: 'publicise',
        name: { zhCN: '公开承诺', en: 'Publicise' },
        actor: { role: 'branch-secretary', level: 'self' },
        quorum: { kind: 'one' },
        deadline: { kind: 'working-days', days: 5 },
        reminders: [
          { when: 'on', days: 0 },
          { when: 'after', days: 1 },
        ],
        escalation: [{ level: 'superior', afterDays: 2 }],
      },
      {
        key: 'fulfil',
        name: { zhCN: '履行承诺', en: 'Fulfil' },
        actor: { role: 'member', level: 'self' },
        quorum: { kind: 'one' },
        deadline: { kind: 'fixed-date', monthDay: '12-31', yearOffset: 0 },
        reminders: TRAFFIC_LIGHT_REMINDERS,
        escalation: [
          { level: 'self', afterDays: 1 },
          { level: 'superior', afterDays: 15 },
        ],
      },
      {
        key: 'evaluate',
        name: { zhCN: '评议承诺', en: 'Evaluate' },
        actor: { role: 'branch-secretary', level: 'self' },
        quorum: { kind: 'one' },
        deadline: { kind: 'working-days', days: 15 },
        reminders: [
          { when: 'before', days: 3 },
          { when: 'on', days: 0 },
          { when: 'after', days: 1 },
        ],
        escalation: [{ level: 'superior', afterDays: 3 }],
      },
      {
        key: 'feedback',
        name: { zhCN: '反馈', en: 'Feed back' },
        actor: { role: 'branch-secretary', level: 'self' },
        quorum: { kind: 'one' },
        deadline: { kind: 'working-days', days: 5 },
        reminders: [
          { when: 'on', days: 0 },
          { when: 'after', days: 1 },
        ],
        escalation: [{ level: 'superior', afterDays: 2 }],
      },
    ],
    publicityWorkingDays: 5,
  };
}
