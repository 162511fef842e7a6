import { codesAt, withChange } from '../definition-test-helpers.js';
import { validatePipelineDefinition } from '../validate-pipeline-definition.js';

const problemsOf = (change: Parameters<typeof withChange>[0], kind?: 'grading-cycle' | 'pledge') =>
  codesAt(validatePipelineDefinition(withChange(change, kind)));

describe('validatePipelineDefinition — steps', () => {
  it('refuses an empty step list, and then also names every missing required step', () => {
    expect(problemsOf((b) => (b.steps = []))).toEqual([
      'STEPS_EMPTY@$.steps',
      'STEP_REQUIRED_MISSING@$.steps',
      'STEP_REQUIRED_MISSING@$.steps',
      'STEP_REQUIRED_MISSING@$.steps',
      'STEP_REQUIRED_MISSING@$.steps',
    ]);
  });

  it('refuses a duplicate step key at the second occurrence', () => {
    const problems = validatePipelineDefinition(withChange((b) => b.steps.push({ ...b.steps[1] })));
    expect(codesAt(problems)).toEqual(['STEP_KEY_DUPLICATE@$.steps[4].key']);
    expect(problems[0]?.text.zhCN).toBe('步骤标识 grade 与第 2 步重复');
  });

  it('refuses a step key that is not kebab-case', () => {
    expect(problemsOf((b) => (b.steps[2].key = 'Rectify Now'))).toEqual([
      'KEY_INVALID@$.steps[2].key',
      'STEP_REQUIRED_MISSING@$.steps',
    ]);
  });

  it('requires 部署 before 分类定级 before 整改提高 before 考核验收', () => {
    const swapped = validatePipelineDefinition(
      withChange((b) => ([b.steps[1], b.steps[2]] = [b.steps[2], b.steps[1]])),
    );
    expect(codesAt(swapped)).toEqual(['STEP_ORDER_WRONG@$.steps[1].key']);
    expect(swapped[0]?.text.zhCN).toBe('“整改提高”必须在“分类定级”之后');
    expect(swapped[0]?.text.en).toBe('"Rectify" must come after "Grade"');

    const acceptFirst = problemsOf((b) => b.steps.unshift(b.steps.pop()));
    expect(acceptFirst).toEqual(['STEP_ORDER_WRONG@$.steps[0].key']);
  });

  it('names a missing required step, and accepts extra steps between required ones', () => {
    const missing = validatePipelineDefinition(withChange((b) => b.steps.splice(3, 1)));
    expect(codesAt(missing)).toEqual(['STEP_REQUIRED_MISSING@$.steps']);
    expect(missing[0]?.text.zhCN).toContain('考核验收');

    const extra = problemsOf((b) =>
      b.steps.splice(2, 0, { ...b.steps[1], key: 'publicise-tiers', name: { zhCN: '公示', en: 'Publicity' } }),
    );
    expect(extra).toEqual([]);
  });

  it('enforces the pledge order of SPEC §6 rule 15 too (公开 after 审核)', () => {
    expect(problemsOf((b) => ([b.steps[1], b.steps[2]] = [b.steps[2], b.steps[1]]), 'pledge')).toEqual([
      'STEP_ORDER_WRONG@$.steps[1].key',
    ]);
  });

  it('refuses unknown roles and levels, naming what is allowed', () => {
    const problems = validatePipelineDefinition(
      withChange((b) => {
        b.steps[1].actor.role = 'mayor';
        b.steps[2].actor.level = 'province';
        b.steps[3].actor.level = 0;
      }),
    );
    expect(codesAt(problems)).toEqual([
      'ROLE_UNKNOWN@$.steps[1].actor.role',
      'LEVEL_UNKNOWN@$.steps[2].actor.level',
      'LEVEL_UNKNOWN@$.steps[3].actor.level',
    ]);
    expect(problems[0]?.text.en).toContain('administrator, supervisor, branch-secretary, member');
  });

  it('accepts a level given as a hop count', () => {
    expect(problemsOf((b) => (b.steps[1].actor.level = 2))).toEqual([]);
  });

  it('refuses a quorum with n > m or n < 1, or of an unknown kind', () => {
    expect(problemsOf((b) => (b.steps[3].quorum = { kind: 'n-of-m', n: 4, m: 3 }))).toEqual([
      'QUORUM_N_ABOVE_M@$.steps[3].quorum.n',
    ]);
    expect(problemsOf((b) => (b.steps[3].quorum = { kind: 'n-of-m', n: 0, m: 3 }))).toEqual([
      'QUORUM_N_BELOW_ONE@$.steps[3].quorum.n',
    ]);
    expect(problemsOf((b) => (b.steps[3].quorum = { kind: 'n-of-m', n: 1.5, m: 3 }))).toEqual([
      'QUORUM_N_BELOW_ONE@$.steps[3].quorum.n',
    ]);
    expect(problemsOf((b) => (b.steps[3].quorum = { kind: 'n-of-m', n: 2, m: 0 }))).toEqual([
      'QUORUM_M_INVALID@$.steps[3].quorum.m',
    ]);
    expect(problemsOf((b) => (b.steps[0].quorum = { kind: 'majority' }))).toEqual([
      'QUORUM_KIND_UNKNOWN@$.steps[0].quorum.kind',
    ]);
    expect(problemsOf((b) => (b.steps[0].quorum = { kind: 'one', n: 1 }))).toEqual([
      'FIELD_UNKNOWN@$.steps[0].quorum.n',
    ]);
  });

  it('refuses bad deadlines: unknown kind, zero days, a date that does not exist every year', () => {
    expect(problemsOf((b) => (b.steps[1].deadline = { kind: 'weeks', days: 2 }))).toEqual([
      'DEADLINE_KIND_UNKNOWN@$.steps[1].deadline.kind',
    ]);
    expect(problemsOf((b) => (b.steps[1].deadline.days = 0))).toEqual([
      'DEADLINE_DAYS_INVALID@$.steps[1].deadline.days',
    ]);
    expect(problemsOf((b) => (b.steps[0].deadline.monthDay = '02-29'))).toEqual([
      'DEADLINE_DATE_INVALID@$.steps[0].deadline.monthDay',
    ]);
    expect(problemsOf((b) => (b.steps[0].deadline.yearOffset = 3))).toEqual([
      'DEADLINE_YEAR_OFFSET_INVALID@$.steps[0].deadline.yearOffset',
    ]);
  });

  it('refuses reminders and escalations on a step without a deadline', () => {
    expect(problemsOf((b) => delete b.steps[1].deadline)).toEqual([
      'REMINDER_WITHOUT_DEADLINE@$.steps[1].reminders',
      'ESCALATION_WITHOUT_DEADLINE@$.steps[1].escalation',
    ]);
    expect(
      problemsOf((b) => {
        delete b.steps[1].deadline;
        b.steps[1].reminders = [];
        b.steps[1].escalation = [];
      }),
    ).toEqual([]);
  });

  it('refuses bad reminder offsets and repeated reminders', () => {
    expect(
      problemsOf((b) => {
        b.steps[1].reminders = [
          { when: 'before', days: 0 },
          { when: 'on', days: 2 },
          { when: 'soon', days: 1 },
          { when: 'time-left', percent: 100 },
          { when: 'after', days: 1 },
          { when: 'after', days: 1, colour: 'purple' },
        ];
      }),
    ).toEqual([
      'REMINDER_OFFSET_INVALID@$.steps[1].reminders[0].days',
      'REMINDER_OFFSET_INVALID@$.steps[1].reminders[1].days',
      'REMINDER_WHEN_UNKNOWN@$.steps[1].reminders[2].when',
      'REMINDER_OFFSET_INVALID@$.steps[1].reminders[3].percent',
      'REMINDER_COLOUR_UNKNOWN@$.steps[1].reminders[5].colour',
      'REMINDER_DUPLICATE@$.steps[1].reminders[5]',
    ]);
  });
});
