// `npm run bench`: the county-sized benchmark of issue 9 in one run — its own Temporal dev server
// and databases, the engine's ceiling, then a whole county round per size (default 1,000 and 10,000
// branches). Prints one table (figures, sizes, machine, versions) and the targets; exits 1 when
// anything was lost or duplicated. Options (environment): BENCH_SIZES=1000,10000,
// BENCH_APPROVALS=500, BENCH_CONCURRENCY=50, BENCH_CEILING_WORKFLOWS=1000, BENCH_UPDATES=300,
// BENCH_DATABASE_SERVER_URL, BENCH_ENGINE=dev|cluster (the full Temporal server on PostgreSQL, as
// `npm run start:cluster` runs it). Results and their reading: docs/benchmarks.md.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { freePort } from '../../devkit/free-port.mjs';
import { ensurePostgresRunning } from '../../devkit/postgres.mjs';
import { DEFAULT_REDIS_URL, ensureRedisRunning } from '../../devkit/redis.mjs';
import { findOrBuildTemporalCli } from '../../devkit/temporal-cli.mjs';
import { startTemporalCluster } from '../../devkit/temporal-cluster.mjs';
import { startTemporalDevServer } from '../../devkit/temporal-dev-server.mjs';
import { measureCountyRound, type CountyRoundFigures } from './county-round.js';
import { measureEngineCeiling, type EngineCeiling } from './engine-ceiling.js';
import { loadAverage, machine, round1 } from './measure.js';
import { renderReport } from './report.js';

const numberFrom = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const serverUrl = process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const log = (line: string) => console.log(`[bench] ${line}`);

const engine = process.env.BENCH_ENGINE ?? 'dev';
if (engine !== 'dev' && engine !== 'cluster') throw new Error(`BENCH_ENGINE must be dev or cluster, not ${engine}`);

/** The engine under test, started fresh for this run. */
async function startEngine(dataDir: string, cliPath: string): Promise<{ address: string; stop: () => Promise<void> }> {
  if (engine === 'dev') return startTemporalDevServer({ cliPath, port: await freePort(), dataDir, log });
  const databases = { main: `temporal_bench_${process.pid}`, visibility: `temporal_visibility_bench_${process.pid}` };
  const cluster = await startTemporalCluster({ rootDir: dataDir, serverUrl, databases, cliPath, log });
  return { address: cluster.address, stop: async () => (await cluster.stop(), await cluster.dropDatabases()) };
}

const loadAtStart = loadAverage();
const dataDir = mkdtempSync(join(tmpdir(), 'cxzy-bench-'));
await ensurePostgresRunning(serverUrl);
await ensureRedisRunning(process.env.REDIS_URL ?? DEFAULT_REDIS_URL);
const cliPath = await findOrBuildTemporalCli();
const server = await startEngine(dataDir, cliPath);
// Interrupted: the engine goes too (the round's processes are stopped by measureCountyRound).
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void server.stop().finally(() => process.exit(130)));
const connection = await Connection.connect({ address: server.address });
const client = new Client({ connection });
let failed = false;
try {
  const concurrency = numberFrom('BENCH_CONCURRENCY', 50);
  log('(1) engine ceiling: no-op workflows with one no-op activity, and no-op Updates');
  const ceiling: EngineCeiling = await measureEngineCeiling({
    address: server.address,
    workflows: numberFrom('BENCH_CEILING_WORKFLOWS', 1000),
    concurrency,
    updates: numberFrom('BENCH_UPDATES', 300),
  });
  log(`engine: ${ceiling.startsPerSecond} starts/s, ${ceiling.completedPerSecond} completed/s`);
  const rounds: CountyRoundFigures[] = [];
  for (const size of sizes) {
    log(`(2)–(5) a county round of about ${size} branches`);
    rounds.push(
      await measureCountyRound({
        size,
        temporalAddress: server.address,
        client,
        serverUrl,
        approvals: numberFrom('BENCH_APPROVALS', 500),
        concurrency,
        workflowCacheSize: numberFrom('TEMPORAL_WORKFLOW_CACHE_SIZE', 1000),
        log,
      }),
    );
  }
  const versions = {
    node: process.versions.node,
    temporalSdk: JSON.parse(readFileSync('node_modules/@temporalio/worker/package.json', 'utf8')).version,
    engine:
      engine === 'dev' ? 'Temporal dev server (SQLite, WAL)' : 'Temporal server 1.29.1 on PostgreSQL (cluster profile)',
  };
  const report = renderReport({
    machine: machine(),
    versions,
    ceiling,
    rounds,
    measuredAt: new Date().toISOString(),
    load: { atStart: loadAtStart, atEnd: loadAverage() },
  });
  console.log(`\n${report}`);
  mkdirSync('tmp', { recursive: true });
  writeFileSync('tmp/bench-results.json', JSON.stringify({ ceiling, rounds, versions, machine: machine() }, null, 2));
  writeFileSync('tmp/bench-results.md', report);
  log(
    `figures also in tmp/bench-results.md and .json (launch ratio ${round1(rounds[0]!.launch.startedPerSecond / ceiling.completedPerSecond)})`,
  );
} catch (error) {
  failed = true;
  console.error(`[bench] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
} finally {
  await connection.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
