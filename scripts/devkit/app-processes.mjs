// @ts-check
// Runs the project's own processes (API, worker, migrations) as Node children on the TypeScript
// sources, and supervises a set of running parts: Ctrl-C stops them all in reverse order, and a
// part that dies on its own takes the rest down. Used by scripts/up.mjs, scripts/cluster.mjs and tests.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Node flags that run the project's TypeScript (see scripts/devkit/ts-runtime). */
export const tsArgs = ['--enable-source-maps', '--import', './scripts/devkit/ts-runtime/register.mjs'];

/**
 * @param {string} script e.g. 'apps/worker/src/main.ts'
 * @param {{ env: NodeJS.ProcessEnv, stdio?: import('node:child_process').StdioOptions }} options
 */
export function spawnApp(script, { env, stdio = ['ignore', 'inherit', 'inherit'] }) {
  return spawn(process.execPath, [...tsArgs, script], { cwd: repoRoot, env, stdio });
}

/** @param {import('node:child_process').ChildProcess} child */
export function exited(child) {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(undefined)
      : child.once('exit', () => resolve(undefined)),
  );
}

/** SIGTERM (graceful: the worker drains, the API closes), SIGKILL after `graceMs`. @param {import('node:child_process').ChildProcess} child */
export async function stopChild(child, graceMs = 15_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  child.kill('SIGTERM');
  await exited(child);
  clearTimeout(timer);
}

/** The production migration entry point, against `env.DATABASE_URL`. @param {NodeJS.ProcessEnv} env */
export function runMigrations(env) {
  const migrate = spawnSync(process.execPath, [...tsArgs, 'libs/persistence/src/migrate.main.ts'], {
    cwd: repoRoot,
    env,
    stdio: 'inherit',
  });
  if (migrate.status !== 0) throw new Error('migrations failed');
}

/** @param {string} apiUrl */
export async function waitForHealthyApi(apiUrl, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(`${apiUrl}/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline)
      throw new Error(`the API at ${apiUrl} did not report healthy within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * Parts started in order and stopped in reverse. Installs the SIGINT/SIGTERM handlers.
 * @param {string} label prefix of the lines it prints
 */
export function createSupervisor(label) {
  /** @type {{ name: string, stop: () => Promise<void> }[]} */
  const running = [];
  let stopping = false;

  async function stopAll(code = 0) {
    if (stopping) return;
    stopping = true;
    console.log(`\n[${label}] stopping…`);
    for (const part of running.reverse())
      await part.stop().catch((error) => console.error(`[${label}] ${part.name}: ${error}`));
    process.exit(code);
  }
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  return {
    stopAll,
    /** @param {string} name @param {() => Promise<void>} stop */
    add(name, stop) {
      running.push({ name, stop });
    },
    /** Starts an app process; if it exits on its own, everything stops. @param {string} name @param {string} script @param {NodeJS.ProcessEnv} env */
    startApp(name, script, env) {
      const child = spawnApp(script, { env });
      child.on('exit', (code, signal) => {
        if (stopping) return;
        console.error(`[${label}] ${name} exited (${code ?? signal}); stopping the rest`);
        void stopAll(1);
      });
      running.push({ name, stop: () => stopChild(child) });
      return child;
    },
  };
}
