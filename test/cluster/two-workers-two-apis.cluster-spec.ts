import { jest } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { Client, Connection } from '@temporalio/client';
import { smokeCheckWorkflowId } from '@cxzy/contracts';
import { exited, freePort, spawnApp, stopChild, waitForHealthyApi } from '../support/app-processes.mjs';
import { accessTokenSignedWith } from '../support/auth.js';
import { eventually } from '../support/eventually.js';
import { uniqueTaskQueue } from '../support/temporal.js';

jest.setTimeout(420_000);

/** 200 checks, the size of a county's yearly grading round (issue 13), until that workflow exists. */
const CHECKS = 200;
const PAUSE_MS = 4_000;
/** The APIs of this cluster sign and verify access tokens with it; the test signs each branch's token. */
const AUTH_TOKEN_SECRET = 'cluster-test-only-secret-0123456789abcdef';

interface SmokeCheckView {
  checkId: string;
  workflowStatus: string;
  stage: string | null;
  record: { status: string; requestedBy: string } | null;
  notice: { id: string; recipient: string } | null;
}

interface ClusterEnv {
  readonly TEMPORAL_ADDRESS: string;
  readonly DATABASE_URL: string;
  readonly LOG_LEVEL: string;
  readonly NODE_ENV: string;
  readonly DATABASE_POOL_SIZE: string;
  readonly AUTH_TOKEN_SECRET: string;
}

function clusterEnv(): ClusterEnv {
  const address = process.env.CXZY_CLUSTER_TEMPORAL_ADDRESS;
  const databaseUrl = process.env.CXZY_CLUSTER_DATABASE_URL;
  if (!address || !databaseUrl) throw new Error('run through the Jest `cluster` project (its globalSetup)');
  // Four processes share PostgreSQL with the cluster's own pools: small pools keep all within 100.
  return {
    TEMPORAL_ADDRESS: address,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    DATABASE_POOL_SIZE: '5',
    AUTH_TOKEN_SECRET,
  };
}

/** Runs `action` over `items`, `width` at a time. */
async function inBatches<T, R>(items: T[], width: number, action: (item: T, index: number) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await action(items[i] as T, i);
  };
  await Promise.all(Array.from({ length: width }, lane));
  return results;
}

async function readCheck(apiUrl: string, checkId: string): Promise<SmokeCheckView> {
  const response = await fetch(`${apiUrl}/smoke-checks/${checkId}`, {
    headers: { authorization: `Bearer ${await accessTokenSignedWith(AUTH_TOKEN_SECRET, 'cluster-reader')}` },
  });
  if (response.status !== 200) throw new Error(`GET ${checkId} on ${apiUrl}: ${response.status}`);
  return (await response.json()) as SmokeCheckView;
}

describe('the cluster profile: 2 API and 2 worker processes on the full Temporal server', () => {
  const env = { ...clusterEnv(), TEMPORAL_TASK_QUEUE: uniqueTaskQueue('cluster') };
  const children: ChildProcess[] = [];
  const apiUrls: string[] = [];
  let db: pg.Pool;
  let connection: Connection;
  /** The surviving worker serves the SDK's Prometheus metrics (TEMPORAL_METRICS_BIND_ADDRESS). */
  let metricsUrl: string;

  beforeAll(async () => {
    db = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });
    connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS });
    const metricsAddress = `127.0.0.1:${await freePort()}`;
    metricsUrl = `http://${metricsAddress}/metrics`;
    for (let i = 0; i < 2; i++) {
      const metrics = i === 1 ? { TEMPORAL_METRICS_BIND_ADDRESS: metricsAddress } : {};
      children.push(
        spawnApp('apps/worker/src/main.ts', {
          env: { ...process.env, ...env, ...metrics },
          stdio: ['ignore', 'ignore', 'inherit'],
        }),
      );
      const port = await freePort();
      const api = spawnApp('apps/api/src/main.ts', {
        env: { ...process.env, ...env, API_PORT: String(port) },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.push(api);
      apiUrls.push(`http://127.0.0.1:${port}`);
    }
    await Promise.all(apiUrls.map((url) => waitForHealthyApi(url, 180_000)));
  });

  afterAll(async () => {
    await Promise.all(children.map((child) => stopChild(child, 5_000)));
    await connection?.close();
    await db?.end();
  });

  const count = async (sql: string): Promise<number> => Number((await db.query(sql)).rows[0].n);

  it('completes every check exactly once when a worker is killed mid-round', async () => {
    const [workerA, workerB] = [children[0] as ChildProcess, children[2] as ChildProcess];
    // Both workers poll the queue before any work arrives, so both take a share of it.
    await eventually(
      async () => {
        const { pollers } = await connection.workflowService.describeTaskQueue({
          namespace: 'default',
          taskQueue: { name: env.TEMPORAL_TASK_QUEUE },
          taskQueueType: 1, // workflow tasks
        });
        return new Set(pollers?.map((p) => p.identity)).size >= 2 ? true : undefined;
      },
      { timeoutMs: 180_000, intervalMs: 1_000, what: 'two workers polling the task queue' },
    );

    const atKill = { recorded: -1, completed: -1 };
    const started = await inBatches(
      Array.from({ length: CHECKS }, (_, i) => i),
      10,
      async (i) => {
        if (i === CHECKS / 2) {
          await eventually(async () =>
            (await count('SELECT count(*) AS n FROM smoke_checks')) > 0 ? true : undefined,
          );
          atKill.completed = await count("SELECT count(*) AS n FROM smoke_checks WHERE status = 'completed'");
          atKill.recorded = await count('SELECT count(*) AS n FROM smoke_checks');
          workerA.kill('SIGKILL');
        }
        const response = await fetch(`${apiUrls[i % 2]}/smoke-checks`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            // Each check is asked for by its own branch: one inbox notice per recipient.
            authorization: `Bearer ${await accessTokenSignedWith(AUTH_TOKEN_SECRET, `branch-${i}`)}`,
          },
          body: JSON.stringify({ message: `集群检查 ${i}`, pauseMs: PAUSE_MS }),
        });
        expect(response.status).toBe(202);
        return ((await response.json()) as { checkId: string }).checkId;
      },
    );
    await exited(workerA);
    expect(workerA.signalCode).toBe('SIGKILL');
    // Killed mid-round: checks were recorded and waiting in their timers, not yet completed.
    expect(atKill.recorded).toBeGreaterThan(atKill.completed);
    expect(workerB.exitCode).toBeNull();

    // Poll through both APIs, alternating, until every check reports COMPLETED.
    const pending = new Set(started);
    for (let round = 0; pending.size > 0; round++) {
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, 2_000));
      const views = await inBatches([...pending], 8, (id) => readCheck(apiUrls[round % 2] as string, id));
      for (const view of views) if (view.workflowStatus === 'COMPLETED') pending.delete(view.checkId);
      for (const view of views) expect(['RUNNING', 'COMPLETED']).toContain(view.workflowStatus);
      if (round > 100) throw new Error(`${pending.size} checks still not completed`);
    }

    // Both APIs tell the same story for every check.
    const both = await inBatches(started, 8, (id) => Promise.all(apiUrls.map((url) => readCheck(url, id))));
    for (const [viaA, viaB] of both) {
      expect(viaB).toEqual(viaA);
      expect(viaA).toMatchObject({ workflowStatus: 'COMPLETED', stage: 'completed', record: { status: 'completed' } });
    }

    // One row per check, one inbox notice per check (no duplicate from the retried work), linked.
    const rows = await db.query<{ id: string; status: string; notice_id: string }>(
      'SELECT id, status, notice_id FROM smoke_checks',
    );
    expect(rows.rows.map((r) => r.id).sort()).toEqual([...started].sort());
    const notices = await db.query<{ recipient: string; n: string; id: string }>(
      'SELECT recipient, count(*) AS n, min(id::text) AS id FROM inbox_notices GROUP BY recipient',
    );
    expect(notices.rows).toHaveLength(CHECKS);
    expect(notices.rows.every((r) => r.n === '1')).toBe(true);
    const noticeOf = new Map(notices.rows.map((r) => [r.recipient, r.id]));
    for (const [view] of both) expect(view?.notice?.id).toBe(noticeOf.get(view?.record?.requestedBy ?? ''));

    // The killed worker had really taken part: some completed workflows carry its identity (pid@host)
    // in their history, so the other worker finished work the dead one had started.
    const client = new Client({ connection });
    const touchedByKilled = await inBatches(started, 8, async (id) => {
      const history = await client.workflow.getHandle(smokeCheckWorkflowId(id)).fetchHistory();
      return (history.events ?? []).some((event) =>
        [event.workflowTaskStartedEventAttributes, event.activityTaskStartedEventAttributes].some((started) =>
          started?.identity?.startsWith(`${workerA.pid}@`),
        ),
      );
    });
    expect(touchedByKilled.filter(Boolean).length).toBeGreaterThan(0);

    // What docs/deployment.md says to watch is there to scrape.
    const metrics = await (await fetch(metricsUrl)).text();
    expect(metrics).toContain('temporal_workflow_task_schedule_to_start_latency');
    expect(metrics).toContain('temporal_activity_schedule_to_start_latency');
  });
});
