// @ts-check
// Command 1's engine: PostgreSQL → Temporal dev server (with Web UI) → migrations → API + worker →
// a demo a newcomer can watch. Ctrl-C stops everything; a child that dies takes the rest down.
import { findOrBuildTemporalCli } from './devkit/temporal-cli.mjs';
import { startTemporalDevServer } from './devkit/temporal-dev-server.mjs';
import { isServing } from './devkit/temporal-process.mjs';
import { ensureDatabase, ensurePostgresRunning } from './devkit/postgres.mjs';
import { DEFAULT_REDIS_URL, ensureRedisRunning } from './devkit/redis.mjs';
import { createSupervisor, repoRoot, runMigrations, waitForHealthyApi } from './devkit/app-processes.mjs';
import { runDemo } from './demo.mjs';
import { printConsoleAccounts } from './console-demo-accounts.mjs';
import { loadOrCreateDevSecrets, machineDevSecretsFile } from './devkit/dev-secrets.mjs';

const { DEMO_PASSWORD, ...secrets } = loadOrCreateDevSecrets(machineDevSecretsFile());
const env = {
  ...secrets,
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/cxzy',
  TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
  // The API's rate limits are counted in Redis (ADR 0022).
  REDIS_URL: process.env.REDIS_URL ?? DEFAULT_REDIS_URL,
  API_PORT: process.env.API_PORT ?? '3000',
  // Quiet by default so the demo can be followed; LOG_LEVEL=info shows the JSON logs of API and worker.
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};
const uiPort = Number(process.env.TEMPORAL_UI_PORT ?? 8233);
const apiUrl = `http://127.0.0.1:${env.API_PORT}`;
const supervisor = createSupervisor('up');

try {
  await ensurePostgresRunning(env.DATABASE_URL);
  await ensureDatabase(env.DATABASE_URL);
  console.log(`[up] PostgreSQL ready: ${new URL(env.DATABASE_URL).pathname.slice(1)}`);
  await ensureRedisRunning(env.REDIS_URL);
  console.log(`[up] Redis ready: ${env.REDIS_URL}`);

  const cliPath = await findOrBuildTemporalCli();
  const [host, port] = env.TEMPORAL_ADDRESS.split(':');
  if (isServing(cliPath, env.TEMPORAL_ADDRESS)) {
    console.log(`[up] a Temporal server already answers at ${env.TEMPORAL_ADDRESS}: using it`);
  } else if (host !== '127.0.0.1' && host !== 'localhost') {
    throw new Error(
      `TEMPORAL_ADDRESS=${env.TEMPORAL_ADDRESS} does not answer, and only a local dev server can be started`,
    );
  } else {
    const server = await startTemporalDevServer({
      cliPath,
      port: Number(port),
      uiPort,
      dataDir: `${repoRoot}tmp/dev-data/temporal`,
    });
    supervisor.add('temporal', () => server.stop());
  }

  runMigrations(env);
  supervisor.startApp('worker', 'apps/worker/src/main.ts', env);
  supervisor.startApp('api', 'apps/api/src/main.ts', env);
  await waitForHealthyApi(apiUrl);

  console.log(`
[up] 系统已启动 / the system is up
     API             ${apiUrl}   (health: ${apiUrl}/health)
     Web console     ${apiUrl}/console/   (log-ins listed after the demo's import)
     API docs        ${apiUrl}/docs   (OpenAPI: ${apiUrl}/openapi.json)
     Temporal Web UI http://127.0.0.1:${uiPort}
     Ctrl-C stops everything.
`);
} catch (error) {
  // The stack itself did not come up: nothing to show, stop with an error.
  console.error(`[up] ${error instanceof Error ? error.message : error}`);
  await supervisor.stopAll(1);
}

// The demo is a show, not a precondition: a failed step is reported and the system stays up.
const reports = await runDemo({ apiUrl, password: DEMO_PASSWORD, serverEnv: env });
printConsoleAccounts(apiUrl, DEMO_PASSWORD, machineDevSecretsFile());
const failed = reports.filter((r) => r.outcome !== 'done');
if (failed.length === 0) {
  console.log('[up] the demo is done; the system keeps running. Ctrl-C to stop.');
} else {
  console.log(
    `[up] the demo is done, but ${failed.length} of ${reports.length} steps did not run to the end:\n` +
      failed.map((r) => `     ${r.outcome === 'failed' ? '✗' : '⏭'} ${r.title}: ${r.reason}`).join('\n') +
      '\n[up] the system keeps running (look around, or report the step above). Ctrl-C to stop.',
  );
}
