import { jest } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import type { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { accessTokenFor, withToken } from '../../support/auth.js';
import { bootApi } from '../../support/boot-apps.js';
import { eventually } from '../../support/eventually.js';
import { exited, startWorkerProcess } from '../../support/worker-process.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { testConfig } from '../../support/test-config.js';
import { testTemporalAddress, uniqueTaskQueue } from '../../support/temporal.js';
import { PLEDGE_YEAR, buildPledgeWorld } from './pledge-fixture.js';

jest.setTimeout(240_000);

describe('a worker killed in the middle of a pledge', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let connection: Connection;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    connection = await Connection.connect({ address: testTemporalAddress() });
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await Promise.all(children.map(exited));
    await api?.close();
    await connection?.close();
    await db?.drop();
  });

  it('loses no step and duplicates none when a new worker takes over; an Update sent meanwhile waits for it', async () => {
    const taskQueue = uniqueTaskQueue('pledge-crash');
    const env = { DATABASE_URL: db.url, TEMPORAL_ADDRESS: testTemporalAddress(), TEMPORAL_TASK_QUEUE: taskQueue };
    api = await bootApi(testConfig({ DATABASE_URL: db.url, TEMPORAL_TASK_QUEUE: taskQueue }));
    const world = await buildPledgeWorld(api, db);
    const secretary = withToken(api, await accessTokenFor(api, 'v01-secretary'));
    const http = () => secretary;
    const first = startWorkerProcess(env);
    children.push(first);

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
    const step = (path: string, body: Record<string, unknown>) =>
      http()
        .post(`/pledges/${pledgeId}/${path}`)
        .send({ idempotencyKey: `${path}-${JSON.stringify(body)}`, ...body });
    await eventually(async () => ((await http().get(`/pledges/${pledgeId}`)).status === 200 ? true : undefined), {
      timeoutMs: 90_000,
      what: 'the first worker to record the proposal',
    });
    await step('review', { decision: 'approve' }).expect(200);
    await step('publicise', { scope: 'party', expiresAt: new Date(Date.now() + 86_400_000).toISOString() }).expect(200);

    first.kill('SIGKILL');
    await exited(first);
    const handle = new Client({ connection }).workflow.getHandle(workflowId);
    expect((await handle.describe()).status.name).toBe('RUNNING');

    // Sent while no worker runs: answered once the new worker has replayed the pledge.
    const pending = step('progress', { note: '全年走访完成', percent: 100, completed: true });
    children.push(startWorkerProcess(env));
    expect((await pending).body).toMatchObject({ state: 'evaluating', seq: 3 });

    await step('evaluations', { source: 'self', evaluatorId: world.member.wang, score: 90 }).expect(200);
    await step('evaluations', { source: 'peer', evaluatorId: world.member.li, score: 90 }).expect(200);
    await step('evaluations', {
      source: 'leader',
      evaluatorId: 'v01-secretary',
      score: 90,
      achievements: '走访到位',
      problemsAndDirection: '继续保持',
    }).expect(200);
    await step('conclude-evaluation', {}).expect(200);
    await step('feedback', { message: '很好' }).expect(200);
    expect(await handle.result()).toMatchObject({ state: 'closed', seq: 8, feedbackDelivered: true });

    const actions = await db.query<{ action: string }>(
      `SELECT action FROM audit_records WHERE object_type = 'pledge' AND object_id = $1 ORDER BY seq`,
      [pledgeId],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'pledge.propose',
      'pledge.approve',
      'pledge.publicise',
      'pledge.complete-fulfilment',
      'pledge.evaluate',
      'pledge.evaluate',
      'pledge.evaluate',
      'pledge.conclude-evaluation',
      'pledge.feed-back',
    ]);
    expect(await db.query('SELECT version FROM pledge_ledger_lines WHERE pledge_id = $1', [pledgeId])).toEqual([
      { version: 1 },
    ]);
    expect(
      await db.query('SELECT 1 FROM inbox_notices WHERE recipient = $1', [`member:${world.member.wang}`]),
    ).toHaveLength(1);
  });
});
