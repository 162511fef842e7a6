// @ts-check
// Throughput of smoke checks on the dev server vs the cluster profile, with the same application
// topology on each (API and worker processes, as `npm run start:cluster` runs them):
//   node scripts/bench/smoke-check-throughput.mjs [--checks 400] [--concurrency 20] [--apis 2] [--workers 2] [dev|cluster …]
// starts/s: accepted POST /smoke-checks per second; completed/s: checks whose row says `completed`,
// counted from the first POST. Speed targets live here, never in timed tests. Figures go to docs/benchmarks.md.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { runMigrations, spawnApp, stopChild, waitForHealthyApi } from '../devkit/app-processes.mjs';
import { freePort } from '../devkit/free-port.mjs';
import { dropDatabase, ensureDatabase, ensurePostgresRunning } from '../devkit/postgres.mjs';
import { DEFAULT_REDIS_URL, ensureRedisRunning } from '../devkit/redis.mjs';
import { findOrBuildTemporalCli } from '../devkit/temporal-cli.mjs';
import { startTemporalCluster } from '../devkit/temporal-cluster.mjs';
import { startTemporalDevServer } from '../devkit/temporal-dev-server.mjs';
import { databaseUrl } from '../devkit/temporal-sql-schema.mjs';
import { generateDevSecrets } from '../devkit/dev-secrets.mjs';
import { ok } from '../demo/http.mjs';
import { DemoPeople } from '../demo/people.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    checks: { type: 'string', default: '400' },
    concurrency: { type: 'string', default: '20' },
    apis: { type: 'string', default: '2' },
    workers: { type: 'string', default: '2' },
  },
});
const checks = Number(values.checks);
const concurrency = Number(values.concurrency);
const serverUrl = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const quiet = () => undefined;

/** @param {'dev' | 'cluster'} engine @param {string} dir @param {string} id */
async function startEngine(engine, dir, id) {
  const cliPath = await findOrBuildTemporalCli();
  if (engine === 'dev') {
    const server = await startTemporalDevServer({ cliPath, port: await freePort(), dataDir: dir, log: quiet });
    return { address: server.address, stop: () => server.stop() };
  }
  const databases = { main: `temporal_bench_${id}`, visibility: `temporal_visibility_bench_${id}` };
  const cluster = await startTemporalCluster({ rootDir: dir, serverUrl, databases, cliPath, log: quiet });
  return { address: cluster.address, stop: async () => (await cluster.stop(), await cluster.dropDatabases()) };
}

/** @param {'dev' | 'cluster'} engine */
async function measure(engine) {
  const id = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), `cxzy-bench-${engine}-`));
  const appUrl = databaseUrl(serverUrl, `cxzy_bench_${id}`);
  await ensureDatabase(appUrl);
  const temporal = await startEngine(engine, dir, id);
  const { DEMO_PASSWORD: password, ...secrets } = generateDevSecrets();
  const env = {
    ...process.env,
    ...secrets,
    DATABASE_URL: appUrl,
    TEMPORAL_ADDRESS: temporal.address,
    LOG_LEVEL: 'warn',
    REDIS_URL: process.env.REDIS_URL ?? DEFAULT_REDIS_URL,
    RATE_LIMIT_KEY_PREFIX: `cxzy-bench:${id}:`,
    // The benchmark starts hundreds of checks a minute as one administrator: lift their limit.
    SMOKE_CHECK_RATE_LIMIT_PER_MINUTE: '100000',
  };
  runMigrations(env);
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  /** @type {string[]} */
  const apiUrls = [];
  for (let i = 0; i < Number(values.workers); i++) children.push(spawnApp('apps/worker/src/main.ts', { env }));
  for (let i = 0; i < Number(values.apis); i++) {
    const port = await freePort();
    children.push(spawnApp('apps/api/src/main.ts', { env: { ...env, API_PORT: String(port) } }));
    apiUrls.push(`http://127.0.0.1:${port}`);
  }
  const db = new pg.Pool({ connectionString: appUrl, max: 2 });
  try {
    await Promise.all(apiUrls.map((url) => waitForHealthyApi(url)));
    // The checks are started by a real administrator, logged in on each API (as a deployment makes one).
    const people = apiUrls.map((url) => new DemoPeople(url, password, env));
    /** @type {DemoPeople} */ (people[0]).createAdministrator(
      { username: 'bench-admin', displayName: 'bench', roles: [] },
      { code: 'QS', name: '中共青山县委员会' },
    );
    const callers = await Promise.all(people.map((p) => p.as('bench-admin')));
    const startCheck = async (/** @type {number} */ i, /** @type {string} */ message) =>
      ok(
        await /** @type {import('../demo/http.mjs').Caller} */ (callers[i % callers.length]).post('/smoke-checks', {
          message,
          pauseMs: 0,
        }),
        'a check',
      );
    // Warm-up: one check end to end, so bundling and first connections are not measured.
    await startCheck(0, 'warm-up');
    await until(db, 1);

    const began = performance.now();
    let next = 0;
    const lane = async () => {
      for (let i = next++; i < checks; i = next++) {
        await startCheck(i, `bench ${i}`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    const startedIn = (performance.now() - began) / 1000;
    await until(db, checks + 1);
    const completedIn = (performance.now() - began) / 1000;
    return { engine, startsPerS: checks / startedIn, completedPerS: checks / completedIn };
  } finally {
    await Promise.all(children.map((child) => stopChild(child)));
    await db.end();
    await temporal.stop();
    await dropDatabase(appUrl);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Waits until `n` checks are completed. @param {pg.Pool} db @param {number} n */
async function until(db, n) {
  const deadline = Date.now() + 600_000;
  for (;;) {
    const { rows } = await db.query("SELECT count(*)::int AS n FROM smoke_checks WHERE status = 'completed'");
    if (rows[0].n >= n) return;
    if (Date.now() > deadline) throw new Error(`only ${rows[0].n} of ${n} checks completed within 10 minutes`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

await ensurePostgresRunning(serverUrl);
await ensureRedisRunning(process.env.REDIS_URL ?? DEFAULT_REDIS_URL);
const engines = /** @type {('dev' | 'cluster')[]} */ (positionals.length ? positionals : ['dev', 'cluster']);
const results = [];
for (const engine of engines) results.push(await measure(engine));
console.log(
  `\n${checks} smoke checks (pauseMs 0), ${concurrency} in flight, ${values.apis} API + ${values.workers} worker processes`,
);
console.log('| engine | starts/s | completed/s |\n|---|---|---|');
for (const r of results) console.log(`| ${r.engine} | ${r.startsPerS.toFixed(1)} | ${r.completedPerS.toFixed(1)} |`);
