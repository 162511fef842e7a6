import { jest } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { addDays, beijingDateTime } from '@cxzy/domain';
import type { Response as Reply } from 'supertest';
import { startTemporalDevServer } from '../../support/temporal-dev-server.mjs';
import { freePort, runMigrations } from '../../support/app-processes.mjs';
import { accessTokenFor, withToken } from '../../support/auth.js';
import { bootApi } from '../../support/boot-apps.js';
import { eventually } from '../../support/eventually.js';
import { createDatabase, startPrivatePostgres, type PrivatePostgres } from '../../support/private-postgres.js';
import { testConfig } from '../../support/test-config.js';
import type { TestDatabase } from '../../support/test-database.js';
import { uniqueTaskQueue } from '../../support/temporal.js';
import { exited, startWorkerProcess } from '../../support/worker-process.js';
import { buildPledgeWorld } from '../pledges/pledge-fixture.js';

jest.setTimeout(240_000);

/** How long each dependency stays down. */
const OUTAGE_MS = 10_000;

/**
 * PostgreSQL stopped, then the Temporal server killed, in the middle of a pledge: every request
 * meanwhile is answered 503 with Retry-After, quickly; once each is back the pledge goes on and
 * ends with every step recorded once. Both servers are this test's own (the shared ones serve
 * every other test file running at the same time); the worker runs in its own process, as in
 * production, and must live through both outages.
 */
describe('outages of PostgreSQL and of the workflow engine in the middle of a pledge (own servers)', () => {
  let postgres: PrivatePostgres | undefined;
  let temporal: Awaited<ReturnType<typeof startTemporalDevServer>> | undefined;
  let temporalDir: string;
  let temporalPort: number;
  let cliPath: string;
  let databaseUrl: string;
  let pool: pg.Pool | undefined;
  let api: INestApplication | undefined;
  let connection: Connection | undefined;
  let worker: ChildProcess | undefined;

  const startTemporal = async () =>
    (temporal = await startTemporalDevServer({ cliPath, port: temporalPort, dataDir: temporalDir, log: () => {} }));

  beforeAll(async () => {
    cliPath = process.env.CXZY_TEST_TEMPORAL_CLI ?? '';
    if (!cliPath) throw new Error('CXZY_TEST_TEMPORAL_CLI is unset: run through the integration Jest project');
    postgres = await startPrivatePostgres();
    temporalDir = mkdtempSync(join(tmpdir(), 'cxzy-test-outage-temporal-'));
    temporalPort = await freePort();
    await startTemporal();
    const database = `cxzy_outage_${randomBytes(4).toString('hex')}`;
    await createDatabase(postgres, database);
    databaseUrl = postgres.url(database);
    runMigrations({ ...process.env, DATABASE_URL: databaseUrl });
    pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    pool.on('error', () => undefined); // its idle clients are terminated when the server stops
  }, 180_000);

  afterAll(async () => {
    worker?.kill('SIGKILL');
    if (worker) await exited(worker);
    await connection?.close();
    await api?.close();
    await pool?.end();
    await temporal?.stop();
    postgres?.destroy();
    if (temporalDir) rmSync(temporalDir, { recursive: true, force: true });
  });

  it('answers 503 + Retry-After while each is down (not 500, not after 20 s), then ends the pledge with nothing lost or twice', async () => {
    const db: TestDatabase = {
      url: databaseUrl,
      query: async (sql, params) => (await pool!.query(sql, params)).rows,
      drop: async () => undefined,
    };
    const env = {
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporal!.address,
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue('outage'),
    };
    api = await bootApi(testConfig({ ...env, PASSWORD_HASH_COST: '4' }));
    worker = startWorkerProcess(env);
    const world = await buildPledgeWorld(api, db);
    const secretary = withToken(api, await accessTokenFor(api, 'v01-secretary'));
    const admin = withToken(api, await accessTokenFor(api, 'qs-admin'));

    const today = beijingDateTime(new Date()).date;
    const { pledgeId, workflowId } = (
      await secretary
        .post('/pledges')
        .send({
          // An instant pledge may be raised on any date (an annual one only in its window).
          kind: 'instant',
          form: 'individual',
          pledgerKind: 'member',
          year: Number(today.slice(0, 4)),
          trigger: { kind: 'emergency', reference: '汛期防汛抢险' },
          dueDate: addDays(today, 90),
          memberId: world.member.wang,
          organisationId: world.branchId,
          items: [{ content: '带领群众加固河堤' }],
        })
        .expect(202)
    ).body as { pledgeId: string; workflowId: string };
    // The idempotency key follows from the step: a step sent again after an outage is the same step.
    const step = (path: string, body: Record<string, unknown>) =>
      secretary
        .post(`/pledges/${pledgeId}/${path}`)
        .send({ idempotencyKey: `${path}-${JSON.stringify(body)}`, ...body });
    await eventually(async () => ((await secretary.get(`/pledges/${pledgeId}`)).status === 200 ? true : undefined), {
      timeoutMs: 90_000,
      what: 'the worker to record the proposal',
    });
    await step('review', { decision: 'approve' }).expect(200);

    /** Sends a request and checks it is refused as an outage of `code`, within `withinMs`. */
    const refused = async (send: () => PromiseLike<Reply>, code: string | null, withinMs: number, english = false) => {
      const started = Date.now();
      const reply = await send();
      const tookMs = Date.now() - started;
      expect({
        status: reply.status,
        retryAfter: reply.headers['retry-after'],
        ...(code ? { code: reply.body.code } : {}),
      }).toEqual({
        status: 503,
        retryAfter: '5',
        ...(code ? { code } : {}),
      });
      if (code) {
        expect(reply.body).toMatchObject({
          messageZhCN: expect.stringMatching(/暂不可用/),
          messageEn: expect.stringMatching(/unavailable/),
        });
        // zh-CN unless the request asked for English.
        expect(reply.body.message).toBe(english ? reply.body.messageEn : reply.body.messageZhCN);
      }
      expect(tookMs).toBeLessThan(withinMs);
    };
    const publicise = { scope: 'party', expiresAt: new Date(Date.now() + 86_400_000).toISOString() };

    // 1. PostgreSQL stops: reads, a command and /health all say so at once.
    postgres!.stop();
    const databaseDown = Date.now();
    await refused(() => secretary.get(`/pledges/${pledgeId}`), 'DATABASE_UNAVAILABLE', 3_000);
    await refused(() => admin.get('/organisations'), 'DATABASE_UNAVAILABLE', 3_000);
    await refused(() => step('publicise', publicise), 'DATABASE_UNAVAILABLE', 3_000);
    await refused(
      () => secretary.get(`/pledges/${pledgeId}`).set('accept-language', 'en'),
      'DATABASE_UNAVAILABLE',
      3_000,
      true,
    );
    await refused(() => secretary.get('/health'), null, 5_000);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, databaseDown + OUTAGE_MS - Date.now())));
    postgres!.start();
    // Back: the step refused during the outage goes through when sent again.
    const publicised = await eventually(
      async () => {
        const reply = await step('publicise', publicise);
        return reply.status === 200 ? reply : undefined;
      },
      { timeoutMs: 60_000, what: 'the publicise step once PostgreSQL is back' },
    );
    expect(publicised.body).toMatchObject({ state: 'fulfilling' });

    // 2. The Temporal server dies: an Update-backed step is refused within 5 s, not after ~20 s of retries.
    process.kill(temporal!.pid as number, 'SIGKILL');
    await temporal!.stop();
    const engineDown = Date.now();
    const progress = { note: '全年走访完成', percent: 100, completed: true };
    await refused(() => step('progress', progress), 'WORKFLOW_ENGINE_UNAVAILABLE', 5_000);
    // The pledge's detail asks the workflow (a query): refused the same way.
    await refused(() => secretary.get(`/pledges/${pledgeId}`), 'WORKFLOW_ENGINE_UNAVAILABLE', 5_000);
    // What PostgreSQL alone answers still works.
    await secretary.get(`/organisations/${world.branchId}/pledge-ledger`).expect(200);
    await refused(() => secretary.get('/health'), null, 5_000);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, engineDown + OUTAGE_MS - Date.now())));
    await startTemporal(); // the same port and database file: every workflow is still there
    const progressed = await eventually(
      async () => {
        const reply = await step('progress', progress);
        return reply.status === 200 ? reply : undefined;
      },
      { timeoutMs: 90_000, intervalMs: 1_000, what: 'the progress step once Temporal is back' },
    );
    expect(progressed.body).toMatchObject({ state: 'evaluating' });

    // 3. The rest of the pledge, as usual.
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
    connection = await Connection.connect({ address: temporal!.address });
    expect(await new Client({ connection }).workflow.getHandle(workflowId).result()).toMatchObject({
      state: 'closed',
      feedbackDelivered: true,
    });

    // Nothing lost, nothing twice: each step audited once, one ledger line, one notice to the member.
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
    expect(
      await db.query('SELECT idempotency_key FROM inbox_notices GROUP BY idempotency_key HAVING count(*) > 1'),
    ).toEqual([]);
    // The worker lived through both outages.
    expect({ exitCode: worker.exitCode, signal: worker.signalCode }).toEqual({ exitCode: null, signal: null });
  });
});
