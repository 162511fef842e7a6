import { jest } from '@jest/globals';
import { PlanStepRemindersUseCase, RecordStepTaskUseCase } from '@cxzy/application';
import { DAILY_DIGEST_WORKFLOW_TYPE, dailyDigestScheduleId, type DailyDigestWorkflow } from '@cxzy/contracts';
import { bootWorker } from '../../support/boot-apps.js';
import { organisationIds } from '../../support/auth.js';
import { importReminderCounty } from '../../support/reminder-county.js';
import { testConfig } from '../../support/test-config.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(120_000);

const DAY = 86_400_000;
const AS_OF = new Date('2026-03-30T00:30:00Z'); // 08:30 Beijing

describe('daily digest (每日待办提醒) and its schedule', () => {
  const stack = useTestStack('digest', { env: () => ({ DIGEST_ENABLED: 'true' }) });

  beforeAll(async () => {
    await importReminderCounty(stack.api);

    const tasks = stack.worker.get(RecordStepTaskUseCase, { strict: false });
    const open = async (owner: string, code: string, step: string, deadline: number) =>
      tasks.open({
        ownerWorkflowId: owner,
        stepKey: step,
        generation: 0,
        organisationId: (await organisationIds(stack.api))[code]!,
        assigneeRole: 'branch-secretary',
        process: { zhCN: '2026年度晋位升级', en: 'grading round 2026' },
        step: { zhCN: step, en: step },
        deadlineAt: new Date(AS_OF.getTime() + deadline).toISOString(),
        link: `http://127.0.0.1:3000/${owner}`,
      });
    await open('round/v01', 'QS-T01-V01', '自评', -DAY);
    await open('round/v01', 'QS-T01-V01', '整改计划', DAY);
    await open('round/v01', 'QS-T01-V01', '验收', 30 * DAY);
    await open('round/tax', 'QS-TAX-B01', '自评', 2 * DAY);
  });

  const digests = () =>
    stack.db.query<{ recipient: string; title_zh_cn: string; body_zh_cn: string }>(
      `SELECT recipient, title_zh_cn, body_zh_cn FROM inbox_notices WHERE title_zh_cn LIKE '【每日待办】%' ORDER BY recipient`,
    );
  const runDigest = async () =>
    stack.client.workflow.execute<DailyDigestWorkflow>(DAILY_DIGEST_WORKFLOW_TYPE, {
      workflowId: `digest-test/${Math.random()}`,
      taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
      // One organisation per page: the paging is exercised too.
      args: [{ asOf: AS_OF.toISOString(), dueWithinDays: 3, organisationsPerPage: 1 }],
    });

  it('sends each secretary one digest: overdue first, due soon next, nothing due later', async () => {
    expect(await runDigest()).toEqual({ digests: 2 });
    const [tax, village] = await digests();
    expect(village!.recipient).toBe('v01-secretary');
    expect(village!.title_zh_cn).toBe('【每日待办】东岭镇长家庄党支部：逾期 1 项，即将到期 1 项（2026-03-30）');
    expect(village!.body_zh_cn.indexOf('「自评」')).toBeLessThan(village!.body_zh_cn.indexOf('「整改计划」'));
    expect(village!.body_zh_cn).not.toContain('验收');
    expect(tax).toMatchObject({
      recipient: 'tax-secretary',
      title_zh_cn: expect.stringContaining('逾期 0 项，即将到期 1 项'),
    });
  });

  it('sends nothing twice for the same day', async () => {
    const before = await digests();
    await runDigest();
    expect(await digests()).toEqual(before);
  });

  it('registers one schedule per task queue from configuration, and updates it on the next start', async () => {
    const handle = stack.client.schedule.getHandle(dailyDigestScheduleId(stack.config.TEMPORAL_TASK_QUEUE));
    const first = await handle.describe();
    expect(first.spec.timezone).toBe('Asia/Shanghai');
    expect(first.action).toMatchObject({
      workflowType: DAILY_DIGEST_WORKFLOW_TYPE,
      taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
    });

    const again = await bootWorker(
      testConfig({
        DATABASE_URL: stack.db.url,
        TEMPORAL_TASK_QUEUE: stack.config.TEMPORAL_TASK_QUEUE,
        DIGEST_ENABLED: 'true',
        DIGEST_CRON: '0 7 * * 1-5',
        DIGEST_DUE_WITHIN_DAYS: '5',
      }),
    );
    await again.close();
    const updated = await handle.describe();
    expect(JSON.stringify(updated.spec.calendars)).not.toEqual(JSON.stringify(first.spec.calendars));
    expect(updated.action).toMatchObject({ args: [{ dueWithinDays: 5, organisationsPerPage: 200 }] });
    await handle.delete();
  });

  it('plans a step on the calendar stored in the database (春节 2025 and its 调休)', async () => {
    const planner = stack.worker.get(PlanStepRemindersUseCase, { strict: false });
    const { deadlineAt, plan } = await planner.execute({
      openedAt: '2025-01-24T02:00:00.000Z', // Fri 24 Jan, 10:00 Beijing
      deadline: { kind: 'working-days', days: 3 },
      roundYear: 2025,
      reminders: [{ when: 'on', days: 0 }],
      escalation: [{ level: 'superior', afterDays: 1 }],
    });
    // Sun 26 Jan (调休, worked), Mon 27, holidays 28 Jan–4 Feb, Wed 5 Feb: due 18:00 Beijing.
    expect(deadlineAt).toBe('2025-02-05T10:00:00.000Z');
    expect(plan.map((p) => [p.reason, p.at])).toEqual([
      ['on-deadline', '2025-02-05T01:00:00.000Z'],
      ['escalation-1', '2025-02-06T01:00:00.000Z'],
    ]);
  });
});
