import { jest } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { SMOKE_CHECK_WORKFLOW_TYPE, smokeCheckWorkflowId, type SmokeCheckWorkflow } from '@cxzy/contracts';
import { eventually } from '../../support/eventually.js';
import { exited, startWorkerProcess } from '../../support/worker-process.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { testTemporalAddress, uniqueTaskQueue } from '../../support/temporal.js';

jest.setTimeout(180_000);

describe('a worker killed mid-workflow', () => {
  let db: TestDatabase;
  let connection: Connection;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    connection = await Connection.connect({ address: testTemporalAddress() });
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await Promise.all(children.map(exited));
    await connection?.close();
    await db?.drop();
  });

  it('loses nothing and duplicates nothing when a new worker takes over', async () => {
    const env = {
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: testTemporalAddress(),
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue('crash'),
    };
    const client = new Client({ connection });
    const checkId = randomUUID();

    const first = startWorkerProcess(env);
    children.push(first);
    const handle = await client.workflow.start<SmokeCheckWorkflow>(SMOKE_CHECK_WORKFLOW_TYPE, {
      workflowId: smokeCheckWorkflowId(checkId),
      taskQueue: env.TEMPORAL_TASK_QUEUE,
      args: [{ checkId, message: '断电测试', requestedBy: 'crash-test', pauseMs: 4_000 }],
    });

    // The first activity has written its row: the workflow now sits in its durable timer.
    await eventually(
      async () => ((await db.query('SELECT 1 FROM smoke_checks WHERE id = $1', [checkId])).length ? true : undefined),
      {
        timeoutMs: 90_000,
        what: 'the first activity to record the check',
      },
    );
    first.kill('SIGKILL');
    await exited(first);
    expect((await handle.describe()).status.name).toBe('RUNNING');

    const second = startWorkerProcess(env);
    children.push(second);
    const result = await handle.result();

    expect(result.checkId).toBe(checkId);
    expect(await db.query('SELECT status FROM smoke_checks WHERE id = $1', [checkId])).toEqual([
      { status: 'completed' },
    ]);
    expect(await db.query('SELECT id FROM inbox_notices WHERE recipient = $1', ['crash-test'])).toEqual([
      { id: result.noticeId },
    ]);
  });
});
