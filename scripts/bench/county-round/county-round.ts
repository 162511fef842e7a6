// (2)–(5) of the benchmark for one county size: a real API and worker process on a fresh database
// against the shared Temporal server; the county imported through the API, one secretary per branch,
// a round launched through the API (launch rate), supervisors rating branches concurrently through
// the API (approval latency), the daily to-do sweep over every branch (reminder sweep), and the
// processes' peak memory. Every count is checked: nothing lost, nothing twice.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Client } from '@temporalio/client';
import { defaultPipelineDefinition } from '@cxzy/domain';
import { generateDemoCounty, organisationsCsv } from '@cxzy/demo-data';
import { signedAccessToken } from './bench-tokens.mjs';
import { runMigrations, spawnApp, stopChild, waitForHealthyApi } from '../../devkit/app-processes.mjs';
import { runAdminCreate } from '../../devkit/admin-create.mjs';
import { generateDevSecrets } from '../../devkit/dev-secrets.mjs';
import { freePort } from '../../devkit/free-port.mjs';
import { dropDatabase, ensureDatabase } from '../../devkit/postgres.mjs';
import { publishDefaultPipelines } from '../../demo-pipelines.mjs';
import { callerWith } from '../../demo/http.mjs';
import { BenchApi, type BenchGrant, type BenchUser } from './bench-api.js';
import { inParallel, nowMs, peakRssMiB, percentiles, perSecond, waitUntil, type Percentiles } from './measure.js';

export interface CountyRoundFigures {
  readonly size: number;
  readonly branches: number;
  readonly launch: {
    readonly allRunningMs: number;
    readonly allNotifiedMs: number;
    readonly allOpenMs: number;
    readonly startedPerSecond: number;
  };
  readonly approval: Percentiles & { readonly concurrency: number };
  readonly sweep: { readonly ms: number; readonly notices: number; readonly perSecond: number };
  readonly peakRssMiB: { readonly api: number; readonly worker: number };
  readonly workflowCacheSize: number;
}

export interface CountyRoundOptions {
  readonly size: number;
  readonly temporalAddress: string;
  readonly client: Client;
  readonly serverUrl: string;
  readonly approvals: number;
  readonly concurrency: number;
  readonly workflowCacheSize: number;
  readonly log: (line: string) => void;
}

// The county administrator's name is the demo's, whose pipeline publishing the benchmark reuses.
const ADMIN = 'qs-admin';
/** Bootstraps the generated county's grading units (`npm run admin:create`) and imports the county. */
const IMPORTER = 'bench-importer';
const SUPERVISOR = 'bench-supervisor';
const secretaryOf = (code: string) => `bench-${code.toLowerCase()}`;

export async function measureCountyRound(options: CountyRoundOptions): Promise<CountyRoundFigures> {
  const { size, log } = options;
  const databaseUrl = new URL(options.serverUrl);
  databaseUrl.pathname = `/cxzy_bench_${size}_${process.pid}`;
  const taskQueue = `bench-round-${size}-${process.pid}`;
  // No default secrets (ADR 0019): new ones for this run unless the environment has its own.
  const { DEMO_PASSWORD: _demoPassword, ...runSecrets } = generateDevSecrets();
  const env = {
    ...runSecrets,
    ...process.env,
    DATABASE_URL: databaseUrl.toString(),
    TEMPORAL_ADDRESS: options.temporalAddress,
    TEMPORAL_TASK_QUEUE: taskQueue,
    TEMPORAL_WORKFLOW_CACHE_SIZE: String(options.workflowCacheSize),
    API_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    DIGEST_ENABLED: 'false',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    RATE_LIMIT_KEY_PREFIX: `cxzy-bench:${taskQueue}:`,
    // No quiet hours: the sweep runs whatever the hour of the benchmark.
    REMINDER_QUIET_HOURS: '',
  };
  await ensureDatabase(env.DATABASE_URL);
  runMigrations(env);
  const processes: ChildProcess[] = [];
  const db = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 });
  try {
    const worker = spawnApp('apps/worker/src/main.ts', { env });
    const api = spawnApp('apps/api/src/main.ts', { env });
    processes.push(worker, api);
    // Interrupted (Ctrl-C, timeout): the API and worker must not outlive the benchmark.
    const stopOnSignal = () => processes.forEach((child) => child.kill('SIGKILL'));
    process.once('SIGINT', stopOnSignal).once('SIGTERM', stopOnSignal);
    const http = new BenchApi(`http://127.0.0.1:${env.API_PORT}`, env.AUTH_TOKEN_SECRET, (username) =>
      userOf(db, username),
    );
    await waitForHealthyApi(http.url);

    // About 78 % of a generated county's organisations are branches graded by the county itself.
    const organisations = Math.ceil(size / 0.78);
    log(`importing a generated county of ${organisations} organisations (about ${size} branches)`);
    const county = generateDemoCounty({ organisations });
    await bootstrapGradingUnits(db, env, county.organisations);
    await http.upload('/organisations/import', IMPORTER, 'county.csv', organisationsCsv(county.organisations));
    await createBenchUsers(db);
    const admin = await userOf(db, ADMIN);
    const adminToken = await signedAccessToken({ ...admin, roles: [...admin.roles] }, env.AUTH_TOKEN_SECRET);
    await publishDefaultPipelines(callerWith(http.url, adminToken, ADMIN));
    const [{ id: unitId }] = (await db.query(`SELECT id FROM organisations WHERE code = 'QS'`)).rows;

    // (2) Launch: from the POST until every branch workflow runs, and until every deploy notice is in.
    const year = new Date().getUTCFullYear() + 1;
    const acknowledgeBy = new Date(Date.now() + 6 * 3_600_000).toISOString();
    log(`launching the round for QS ${year}`);
    const launchedAt = nowMs();
    const round = await http.postExpect<{ id: string }>(
      '/grading-rounds',
      ADMIN,
      { gradingUnitId: unitId, year, acknowledgeBy, overrideReason: '基准测试 / benchmark' },
      201,
    );
    const branches = await countBranchesInScope(db, unitId);
    if (branches === 0) throw new Error("the generated county has no branch in the round's scope");
    const running = `WorkflowType = 'gradingBranchWorkflow' AND TaskQueue = '${taskQueue}' AND ExecutionStatus = 'Running'`;
    await waitUntil(
      'every branch workflow running',
      async () => (await options.client.workflow.count(running)).count,
      (count) => count >= branches,
      60 * 60_000,
      500,
    );
    const allRunningMs = nowMs() - launchedAt;
    log(`${branches} branch workflows running after ${(allRunningMs / 1000).toFixed(1)} s`);
    const deployNotices = () => countNotices(db, `%|deploy-notice|deploy|%`);
    await waitUntil('every deploy notice delivered', deployNotices, (n) => n >= branches, 60 * 60_000, 500);
    const allNotifiedMs = nowMs() - launchedAt;
    await assertOnePerRecipient(db, `%|deploy-notice|deploy|%`, branches, 'deploy notices');
    // The acknowledgement step opens (its 待办 row) just after the notice: the sweep needs all of them.
    const openSteps = async () =>
      (await db.query(`SELECT count(*)::int AS n FROM step_tasks WHERE status = 'open'`)).rows[0].n as number;
    await waitUntil('every acknowledgement step open', openSteps, (n) => n >= branches, 60 * 60_000, 250);
    const allOpenMs = nowMs() - launchedAt;

    // (4) Reminder sweep: the daily to-do digest over every branch with a step due today (before any
    // branch acts, so every one of them still has its acknowledgement due).
    log('sweeping every branch with a step due today (the daily to-do digest)');
    const sweepStarted = nowMs();
    const digest = await options.client.workflow.start('dailyDigestWorkflow', {
      taskQueue,
      workflowId: `bench-digest-${size}-${process.pid}`,
      args: [{ dueWithinDays: 1, organisationsPerPage: 200 }],
    });
    const digestNotices = () => countNotices(db, `daily-digest|%`);
    await waitUntil('every digest in the inbox', digestNotices, (n) => n >= branches, 60 * 60_000, 250);
    const sweepMs = nowMs() - sweepStarted;
    const { digests } = (await digest.result()) as { digests: number };
    if (digests !== branches)
      throw new Error(`sweep: the digest workflow sent ${digests}, ${branches} branches have a step due`);
    await assertOnePerRecipient(db, `daily-digest|%`, branches, 'digests');

    // (3) Approval latency: branches brought to "awaiting the superior's rating" first (not timed).
    const rated = await roundBranchCodes(db, round.id, Math.min(options.approvals, branches));
    log(`bringing ${rated.length} branches to the superior rating`);
    const path = (organisationId: string, action: string) =>
      `/grading-rounds/${round.id}/branches/${organisationId}/${action}`;
    const sheetItems = (sector: string) =>
      Object.fromEntries(
        defaultPipelineDefinition('grading-cycle', sector)!.indicatorSheet!.items.map((i) => [i.key, i.weight]),
      );
    await inParallel(rated, options.concurrency, async (b) => {
      await http.postExpect(path(b.id, 'acknowledge'), secretaryOf(b.code), { idempotencyKey: `ack-${b.code}` }, 200);
      await http.postExpect(
        path(b.id, 'self-assessment'),
        secretaryOf(b.code),
        { idempotencyKey: `self-${b.code}`, items: sheetItems(b.sector), note: '基准测试自评' },
        200,
      );
    });
    log(`${options.concurrency} supervisors rating ${rated.length} branches at once`);
    const latencies = await inParallel(rated, options.concurrency, async (b) => {
      const answer = await http.post(path(b.id, 'superior-rating'), SUPERVISOR, {
        idempotencyKey: `rate-${b.code}`,
        overall: 80,
      });
      if (answer.status !== 200) throw new Error(`rating ${b.code} → ${answer.status}: ${JSON.stringify(answer.body)}`);
      return answer.ms;
    });
    const ratedRows = await db.query(
      `SELECT count(*)::int AS n FROM round_branches WHERE round_id = $1 AND state = 'grade.rated'`,
      [round.id],
    );
    if (ratedRows.rows[0].n !== rated.length)
      throw new Error(`approvals: ${ratedRows.rows[0].n} branches rated in the projection, ${rated.length} approved`);

    return {
      size,
      branches,
      launch: { allRunningMs, allNotifiedMs, allOpenMs, startedPerSecond: perSecond(branches, allRunningMs) },
      approval: { ...percentiles(latencies), concurrency: options.concurrency },
      sweep: { ms: sweepMs, notices: branches, perSecond: perSecond(branches, sweepMs) },
      // (5) The kernel's high-water marks cover the launch, the approvals and the sweep.
      peakRssMiB: { api: peakRssMiB(api.pid!), worker: peakRssMiB(worker.pid!) },
      workflowCacheSize: options.workflowCacheSize,
    };
  } finally {
    await db.end();
    for (const child of processes.reverse()) await stopChild(child);
    await dropDatabase(env.DATABASE_URL).catch(() => undefined);
  }
}

/** One secretary per branch, an administrator and a supervisor at the county: in bulk, as an import would. */
async function createBenchUsers(db: pg.Pool): Promise<void> {
  await db.query(
    `INSERT INTO users (username, display_name)
     SELECT 'bench-' || lower(code), name || '书记' FROM organisations WHERE kind IN ('branch', 'general-branch')
     UNION ALL SELECT $1, '县委组织部管理员' UNION ALL SELECT $2, '基准测试上级'`,
    [ADMIN, SUPERVISOR],
  );
  await db.query(
    `INSERT INTO user_roles (user_id, role, organisation_id)
     SELECT u.id, 'branch-secretary', o.id FROM organisations o JOIN users u ON u.username = 'bench-' || lower(o.code)
      WHERE o.kind IN ('branch', 'general-branch')
     UNION ALL SELECT u.id, 'administrator', o.id FROM users u, organisations o WHERE u.username = $1 AND o.code = 'QS'
     UNION ALL SELECT u.id, 'supervisor', o.id FROM users u, organisations o WHERE u.username = $2 AND o.code = 'QS'`,
    [ADMIN, SUPERVISOR],
  );
}

/** The round's scope as the launch defines it: branches and general branches graded by the unit. */
/** A bench user's row and what they hold in the registry: signed into their token as the API would. */
async function userOf(db: pg.Pool, username: string): Promise<BenchUser> {
  const { rows } = await db.query(
    `SELECT u.id, r.role, r.organisation_id AS "organisationId" FROM users u
       LEFT JOIN user_roles r ON r.user_id = u.id WHERE u.username = $1`,
    [username],
  );
  if (rows.length === 0) throw new Error(`no user ${username}`);
  const roles = rows.filter((r) => r.role !== null).map((r) => ({ role: r.role, organisationId: r.organisationId }));
  // A login session of their own, as login opens one: the API refuses a token whose session is not live.
  const session = await db.query(`INSERT INTO login_sessions (user_id) VALUES ($1) RETURNING id`, [rows[0].id]);
  return { id: rows[0].id, username, roles: roles as BenchGrant[], sessionId: session.rows[0].id };
}

/**
 * As production bootstraps a registry (docs/security.md): `npm run admin:create` once per grading
 * unit of the county, then one importer holding the administrator role at each (the benchmark's
 * own user rows, like its secretaries), who imports the whole file.
 */
async function bootstrapGradingUnits(
  db: pg.Pool,
  env: Record<string, string | undefined>,
  organisations: readonly { code: string; name: string; isGradingUnit: boolean }[],
): Promise<void> {
  for (const unit of organisations.filter((o) => o.isGradingUnit)) {
    const username = `${IMPORTER}-${unit.code.toLowerCase()}`;
    runAdminCreate({
      username,
      unitCode: unit.code,
      unitName: unit.name,
      // Random, with a prefix that gives it the password policy's three character classes.
      password: `Bench-${randomBytes(16).toString('base64url')}`,
      env: { ...env, PASSWORD_HASH_COST: '4' },
    });
  }
  await db.query(`INSERT INTO users (username, display_name) VALUES ($1, '基准测试导入')`, [IMPORTER]);
  await db.query(
    `INSERT INTO user_roles (user_id, role, organisation_id)
     SELECT u.id, 'administrator', o.id FROM users u, organisations o WHERE u.username = $1 AND o.is_grading_unit`,
    [IMPORTER],
  );
}

async function countBranchesInScope(db: pg.Pool, unitId: string): Promise<number> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM organisations WHERE grading_unit_id = $1 AND kind IN ('branch', 'general-branch')`,
    [unitId],
  );
  return rows[0].n;
}

async function countNotices(db: pg.Pool, keyPattern: string): Promise<number> {
  return (await db.query(`SELECT count(*)::int AS n FROM inbox_notices WHERE idempotency_key LIKE $1`, [keyPattern]))
    .rows[0].n;
}

async function assertOnePerRecipient(db: pg.Pool, keyPattern: string, expected: number, what: string): Promise<void> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS notices, count(DISTINCT recipient)::int AS recipients
       FROM inbox_notices WHERE idempotency_key LIKE $1`,
    [keyPattern],
  );
  if (rows[0].notices !== expected || rows[0].recipients !== expected)
    throw new Error(
      `${what}: ${rows[0].notices} notices to ${rows[0].recipients} recipients, expected exactly one each for ${expected}`,
    );
}

async function roundBranchCodes(db: pg.Pool, roundId: string, limit: number) {
  const { rows } = await db.query(
    `SELECT o.id, o.code, rb.sector_code AS sector FROM round_branches rb JOIN organisations o ON o.id = rb.organisation_id
      WHERE rb.round_id = $1 ORDER BY o.code LIMIT $2`,
    [roundId, limit],
  );
  return rows as { id: string; code: string; sector: string }[];
}
