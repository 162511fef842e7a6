// One Temporal dev server and one migrated template database per test run. Test files clone the
// template (CREATE DATABASE … TEMPLATE), so they never share rows. Everything is real: no mocks.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOrBuildTemporalCli } from '../../scripts/devkit/temporal-cli.mjs';
import { startTemporalDevServer } from '../../scripts/devkit/temporal-dev-server.mjs';
import { isServing } from '../../scripts/devkit/temporal-process.mjs';
import { ensurePostgresRunning, ensureDatabase, dropDatabase } from '../../scripts/devkit/postgres.mjs';
import { DEFAULT_REDIS_URL, ensureRedisRunning } from '../../scripts/devkit/redis.mjs';
import { freePort } from '../../scripts/devkit/free-port.mjs';
import { relaxDurability } from './test-durability.mjs';
import { provideTestWorkflowBundle } from './test-workflow-bundle.mjs';

const repoRoot = new URL('../../', import.meta.url);

export default async function globalSetup() {
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  await ensurePostgresRunning(serverUrl);
  // The API processes share their rate limits in Redis (ADR 0022); each test stack keys its own.
  process.env.CXZY_TEST_REDIS_URL ??= process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
  await ensureRedisRunning(process.env.CXZY_TEST_REDIS_URL);
  const templateUrl = new URL(serverUrl);
  templateUrl.pathname = `/cxzy_test_template_${process.pid}`;
  await dropDatabase(templateUrl.toString());
  await ensureDatabase(templateUrl.toString());
  await relaxDurability(templateUrl.toString());
  // The same migration entry point as production, so tests run on the committed schema.
  execFileSync(
    process.execPath,
    ['--import', './scripts/devkit/ts-runtime/register.mjs', 'libs/persistence/src/migrate.main.ts'],
    { cwd: repoRoot, env: { ...process.env, DATABASE_URL: templateUrl.toString() }, stdio: 'inherit' },
  );

  const cliPath = await findOrBuildTemporalCli();
  // This run's own files: the dev server's data and the audit anchors (ADR 0018).
  const dataDir = mkdtempSync(join(tmpdir(), 'cxzy-test-temporal-'));
  // `npm run test:one -- --reuse-temporal[=host:port] <file>` points this at a dev server that runs
  // (e.g. ./scripts/start.sh's); tests use task queues of their own, and it is left running.
  const reuse = process.env.CXZY_TEST_REUSE_TEMPORAL_ADDRESS;
  if (reuse && !isServing(cliPath, reuse)) throw new Error(`no Temporal server answers at ${reuse}`);
  const server = reuse
    ? { address: reuse, stop: async () => undefined }
    : await startTemporalDevServer({
        cliPath,
        port: await freePort(),
        dataDir,
        log: () => undefined,
      });
  provideTestWorkflowBundle();

  process.env.CXZY_TEST_TEMPLATE_DATABASE_URL = templateUrl.toString();
  // The audit chain's key for this run (ADR 0018): every process the tests start shares it.
  process.env.AUDIT_MAC_KEY ??= randomBytes(32).toString('base64url');
  process.env.AUDIT_ANCHOR_DIR = join(dataDir, 'audit-anchors');
  // Worker processes spawned by tests inherit this: no real morning schedules during a test run.
  process.env.DIGEST_ENABLED = 'false';
  process.env.CXZY_TEST_TEMPORAL_ADDRESS = server.address;
  process.env.CXZY_TEST_TEMPORAL_CLI = cliPath;
  globalThis.__cxzyTestServices = { server, templateUrl: templateUrl.toString() };
}
