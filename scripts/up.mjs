// @ts-check
// Command 1's engine: PostgreSQL → Temporal dev server (with Web UI) → migrations → API + worker →
// a demo a newcomer can watch. Ctrl-C stops everything; a child that dies takes the rest down.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findOrBuildTemporalCli } from './devkit/temporal-cli.mjs';
import { startTemporalDevServer } from './devkit/temporal-dev-server.mjs';
import { ensureDatabase, ensurePostgresRunning } from './devkit/postgres.mjs';
import { runDemo } from './demo.mjs';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/cxzy',
  TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
  API_PORT: process.env.API_PORT ?? '3000',
  // Quiet by default so the demo can be followed; LOG_LEVEL=info shows the JSON logs of API and worker.
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};
const uiPort = Number(process.env.TEMPORAL_UI_PORT ?? 8233);
const apiUrl = `http://127.0.0.1:${env.API_PORT}`;
/** Node flags that run the project's TypeScript (see scripts/devkit/ts-runtime). */
const tsArgs = ['--enable-source-maps', '--import', './scripts/devkit/ts-runtime/register.mjs'];

/** @type {{ name: string, stop: () => Promise<void> }[]} */
const running = [];
let stopping = false;

async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log('\n[up] stopping…');
  for (const part of running.reverse())
    await part.stop().catch((error) => console.error(`[up] ${part.name}: ${error}`));
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

/** @param {string} name @param {string} script */
function startChild(name, script) {
  const child = spawn(process.execPath, [...tsArgs, script], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[up] ${name} exited (${code ?? signal}); stopping the rest`);
    void stopAll(1);
  });
  running.push({
    name,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  });
}

async function waitForHealthyApi(timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(`${apiUrl}/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`the API did not report healthy within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

try {
  await ensurePostgresRunning(env.DATABASE_URL);
  await ensureDatabase(env.DATABASE_URL);
  console.log(`[up] PostgreSQL ready: ${new URL(env.DATABASE_URL).pathname.slice(1)}`);

  const cliPath = await findOrBuildTemporalCli();
  const [host, port] = env.TEMPORAL_ADDRESS.split(':');
  const alreadyServing = spawnSync(cliPath, ['operator', 'cluster', 'health', '--address', env.TEMPORAL_ADDRESS], {
    encoding: 'utf8',
  }).stdout?.includes('SERVING');
  if (alreadyServing) {
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
    running.push({ name: 'temporal', stop: () => server.stop() });
  }

  const migrate = spawnSync(process.execPath, [...tsArgs, 'libs/persistence/src/migrate.main.ts'], {
    cwd: repoRoot,
    env,
    stdio: 'inherit',
  });
  if (migrate.status !== 0) throw new Error('migrations failed');

  startChild('worker', 'apps/worker/src/main.ts');
  startChild('api', 'apps/api/src/main.ts');
  await waitForHealthyApi();

  console.log(`
[up] 系统已启动 / the system is up
     API             ${apiUrl}   (health: ${apiUrl}/health)
     API docs        ${apiUrl}/docs   (OpenAPI: ${apiUrl}/openapi.json)
     Temporal Web UI http://127.0.0.1:${uiPort}
     Ctrl-C stops everything.
`);
  await runDemo(apiUrl);
  console.log('[up] the demo is done; the system keeps running. Ctrl-C to stop.');
} catch (error) {
  console.error(`[up] ${error instanceof Error ? error.message : error}`);
  await stopAll(1);
}
