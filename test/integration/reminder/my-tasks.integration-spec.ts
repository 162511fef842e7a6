import { jest } from '@jest/globals';
import { RecordStepTaskUseCase } from '@cxzy/application';
import { organisationIds } from '../../support/auth.js';
import { importReminderCounty } from '../../support/reminder-county.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(120_000);

const DAY = 86_400_000;

interface MyTask {
  organisationName: string;
  stepKey: string;
  deadlineAt: string;
  workingDaysLeft: number;
  overdue: boolean;
  link: string;
}

describe('GET /my-tasks (待办事项): the caller’s open steps with deadlines in working days', () => {
  const stack = useTestStack('my-tasks');

  beforeAll(async () => {
    await importReminderCounty(stack.api);
    const tasks = stack.worker.get(RecordStepTaskUseCase, { strict: false });
    const ids = await organisationIds(stack.api);
    const open = async (code: string, stepKey: string, inMs: number, status?: 'completed') => {
      const task = {
        ownerWorkflowId: `round/${code}`,
        stepKey,
        generation: 0,
        organisationId: ids[code]!,
        assigneeRole: 'branch-secretary',
        process: { zhCN: '2026年度晋位升级', en: 'grading round 2026' },
        step: { zhCN: stepKey, en: stepKey },
        deadlineAt: new Date(Date.now() + inMs).toISOString(),
        link: `/grading-rounds/r/branches/${code}`,
      };
      await tasks.open(task);
      if (status) await tasks.close(task, status);
    };
    await open('QS-T01-V01', 'rectification-plan', 30 * DAY);
    await open('QS-T01-V01', 'self-assessment', -3 * DAY);
    await open('QS-T01-V01', 'deploy-acknowledge', -DAY, 'completed');
    await open('QS-TAX-B01', 'self-assessment', 2 * DAY);
  });

  const tasksOf = async (username: string) =>
    ((await (await stack.as(username)).get('/my-tasks').expect(200)).body as { items: MyTask[] }).items;

  it('lists the open steps of the secretary’s own branch, soonest first, overdue ones negative', async () => {
    const items = await tasksOf('v01-secretary');
    expect(items.map((t) => t.stepKey)).toEqual(['self-assessment', 'rectification-plan']);
    const [overdue, due] = items;
    expect(overdue).toMatchObject({ overdue: true });
    expect(overdue!.workingDaysLeft).toBeLessThanOrEqual(0);
    expect(overdue!.workingDaysLeft).toBeGreaterThanOrEqual(-3);
    expect(due).toMatchObject({ overdue: false, link: expect.stringContaining('/branches/QS-T01-V01') });
    // 30 calendar days are about 20 working days, whatever the holidays in between.
    expect(due!.workingDaysLeft).toBeGreaterThanOrEqual(14);
    expect(due!.workingDaysLeft).toBeLessThanOrEqual(23);
  });

  it('never shows another branch’s steps, nor a role’s the caller does not hold', async () => {
    expect((await tasksOf('tax-secretary')).map((t) => t.stepKey)).toEqual(['self-assessment']);
    expect(await tasksOf('t01-supervisor')).toEqual([]);
  });

  it('needs a token', async () => {
    await stack.http().get('/my-tasks').expect(401);
  });
});
