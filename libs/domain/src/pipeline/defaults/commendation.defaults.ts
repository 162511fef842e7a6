import type { PipelineDefinitionBody } from '../pipeline-definition.types.js';

/**
 * 学习先进争当先进 — the default commendation round (document 4): 推荐 → 考察 (members' and the
 * public's opinions) → 公示 → 审批 (a supervisor approval at the grading unit) → 表彰. The order is the
 * seed's; the windows and the support threshold are practice defaults.
 */
export function defaultCommendation(): PipelineDefinitionBody {
  return {
    schemaVersion: 1,
    processKind: 'commendation',
    name: { zhCN: '学习先进争当先进', en: 'Commendation of the advanced' },
    steps: [
      {
        key: 'nominate',
        name: { zhCN: '推荐', en: 'Nominate' },
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
        key: 'vet',
        name: { zhCN: '考察', en: 'Vet' },
        actor: { role: 'supervisor', level: 'superior' },
        quorum: { kind: 'one' },
        deadline: { kind: 'working-days', days: 10 },
        reminders: [
          { when: 'before', days: 2 },
          { when: 'on', days: 0 },
        ],
        escalation: [{ level: 'grading-unit', afterDays: 2 }],
      },
      {
        key: 'publicise',
        name: { zhCN: '公示', en: 'Publicise' },
        actor: { role: 'administrator', level: 'grading-unit' },
        quorum: { kind: 'one' },
        reminders: [],
        escalation: [],
      },
      {
        key: 'decide',
        name: { zhCN: '审批', en: 'Decide' },
        actor: { role: 'supervisor', level: 'grading-unit' },
        quorum: { kind: 'one' },
        deadline: { kind: 'working-days', days: 5 },
        reminders: [
          { when: 'before', days: 1 },
          { when: 'on', days: 0 },
          { when: 'after', days: 1 },
        ],
        escalation: [],
      },
      {
        key: 'commend',
        name: { zhCN: '表彰', en: 'Commend' },
        actor: { role: 'administrator', level: 'grading-unit' },
        quorum: { kind: 'one' },
        deadline: { kind: 'working-days', days: 10 },
        reminders: [
          { when: 'on', days: 0 },
          { when: 'after', days: 1 },
        ],
        escalation: [],
      },
    ],
    publicityWorkingDays: 5,
    commendation: { vetWorkingDays: 5, minSupportPercent: 67, maxNominationsPerOrganisation: 3 },
  };
}
