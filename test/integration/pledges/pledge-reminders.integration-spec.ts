import { jest } from '@jest/globals';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { accessTokenFor, withToken } from '../../support/auth.js';
import {
  STEP_DEADLINE_WORKFLOW_TYPE,
  stepCompletedSignal,
  stepDeadlineStatusQuery,
  stepDeadlineWorkflowId,
  type StepDeadlineInput,
  type StepDeadlineWorkflow,
} from '@cxzy/contracts';
import { bootApi, bootWorker } from '../../support/boot-apps.js';
import { eventually } from '../../support/eventually.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { testConfig } from '../../support/test-config.js';
import { testTemporalAddress, uniqueTaskQueue } from '../../support/temporal.js';
import { PLEDGE_YEAR, buildPledgeWorld, type PledgeWorld } from './pledge-fixture.js';

jest.setTimeout(180_000);

/** The input a workflow was started with, read from its history (the first event). */
async function startInput<T>(handle: WorkflowHandle): Promise<T> {
  const history = await handle.fetchHistory();
  const data = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0]?.data;
  if (!data) throw new Error('no start input');
  return JSON.parse(Buffer.from(data).toString('utf8')) as T;
}

describe('pledge reminders: an overdue fulfilment reminds the member and prompts the branch, exactly once', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let connection: Connection;
  let client: Client;
  let world: PledgeWorld;
  let taskQueue: string;
  let secretaryToken = '';
  /** As the branch's secretary, who enters the member's pledge and takes the steps. */
  const http = () => withToken(api, secretaryToken);

  beforeAll(async () => {
    db = await createTestDatabase();
    taskQueue = uniqueTaskQueue('pledge-remind');
    const config = testConfig({ DATABASE_URL: db.url, TEMPORAL_TASK_QUEUE: taskQueue });
    api = await bootApi(config);
    worker = await bootWorker(config);
    world = await buildPledgeWorld(api, db);
    secretaryToken = await accessTokenFor(api, 'v01-secretary');
    connection = await Connection.connect({ address: testTemporalAddress() });
    client = new Client({ connection });
  });

  afterAll(async () => {
    await connection?.close();
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  it('plans the fulfil step from the pinned definition and routes the member’s reminders to the member, escalations to the branch', async () => {
    const { pledgeId, workflowId } = (
      await http()
        .post('/pledges')
        .send({
          kind: 'annual',
          form: 'individual',
          pledgerKind: 'member',
          year: PLEDGE_YEAR,
          memberId: world.member.wang,
          organisationId: world.branchId,
          items: [{ content: '每月走访困难群众两次' }],
        })
        .expect(202)
    ).body as { pledgeId: string; workflowId: string };
    await eventually(async () => ((await http().get(`/pledges/${pledgeId}`)).status === 200 ? true : undefined));
    const send = (path: string, body: Record<string, unknown>) =>
      http()
        .post(`/pledges/${pledgeId}/${path}`)
        .send({ idempotencyKey: `${path}-${pledgeId}`, ...body })
        .expect(200);
    await send('review', { decision: 'approve' });
    await send('publicise', { scope: 'party', expiresAt: new Date(Date.now() + 86_400_000).toISOString() });

    const child = client.workflow.getHandle(stepDeadlineWorkflowId(workflowId, 'fulfil', 0));
    const input = await eventually(() => startInput<StepDeadlineInput>(child).catch(() => undefined), {
      what: 'the fulfil reminder child',
    });
    expect(input).toMatchObject({
      ownerWorkflowId: workflowId,
      stepKey: 'fulfil',
      assigneeOrganisationId: world.branchId,
      assigneeRole: 'branch-secretary',
      directRecipient: `member:${world.member.wang}`,
      assigneeName: { zhCN: '王磊' },
    });
    // The default pledge definition: yellow at 30 % left, orange at 15 %, red once overdue, then the branch.
    expect(input.plan.map((p) => `${p.template}@${String(p.level)}`)).toEqual([
      'step-due-soon@self',
      'step-due-soon@self',
      'step-overdue@self',
      'step-escalated@self',
      'step-escalated@superior',
    ]);

    // Replay the overdue part of that plan now (a year compressed into a second), under the pledge's keys.
    const overdue = input.plan.filter(
      (p) => p.template === 'step-overdue' || (p.template === 'step-escalated' && p.level === 'self'),
    );
    // The step stays on the open list until its owner completes it: wait for the sends, then complete.
    const run = async () => {
      const handle = await client.workflow.start<StepDeadlineWorkflow>(STEP_DEADLINE_WORKFLOW_TYPE, {
        workflowId: `${stepDeadlineWorkflowId(workflowId, 'fulfil', 0)}/compressed/${Math.random()}`,
        taskQueue,
        args: [
          { ...input, plan: overdue.map((p, i) => ({ ...p, at: new Date(Date.now() + 200 * (i + 1)).toISOString() })) },
        ],
      });
      await eventually(async () =>
        (await handle.query(stepDeadlineStatusQuery)).sent.length === overdue.length ? true : undefined,
      );
      await handle.signal(stepCompletedSignal);
      return handle.result();
    };
    expect((await run()).sent).toHaveLength(2);
    const inbox = () =>
      db.query<{ recipient: string; title_zh_cn: string }>(
        // The fulfil step's notices (the review's approval notices — 【待办】, 【审批结果】 — link to the pledge too).
        `SELECT recipient, title_zh_cn FROM inbox_notices WHERE link LIKE $1 AND title_zh_cn LIKE '%履行承诺%'
         ORDER BY recipient`,
        [`%${pledgeId}`],
      );
    expect(await inbox()).toEqual([
      { recipient: `member:${world.member.wang}`, title_zh_cn: '【已逾期】党员承诺践诺·履行承诺' },
      { recipient: 'v01-secretary', title_zh_cn: '【督办】王磊·履行承诺逾期未办' },
    ]);
    // Exactly once per (step, reason, recipient): the same sends again deliver nothing new.
    await run();
    expect(await inbox()).toHaveLength(2);
  });
});
