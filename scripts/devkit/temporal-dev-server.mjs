// @ts-check
// Starts `temporal server start-dev` on a database file (a restart keeps workflows), waits until the
// frontend answers, and stops it cleanly. Used by command 1 (scripts/up.mjs) and by Jest's globalSetup.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The project's custom search attributes; the dev server's SQLite store allows ~10 Keyword, 3 of other types. */
export function projectSearchAttributes() {
  return JSON.parse(readFileSync(join(here, 'search-attributes.json'), 'utf8'));
}

/**
 * @param {{ cliPath: string, port: number, uiPort?: number | null, dataDir: string,
 *           namespace?: string, startTimeoutMs?: number, log?: (line: string) => void }} options
 */
export async function startTemporalDevServer(options) {
  const { cliPath, port, uiPort = null, dataDir, namespace = 'default', startTimeoutMs = 90_000 } = options;
  const log = options.log ?? ((line) => console.log(line));
  mkdirSync(dataDir, { recursive: true });
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--namespace',
    namespace,
    '--db-filename',
    join(dataDir, 'temporal.db'),
    '--sqlite-pragma',
    'journal_mode=wal',
    '--sqlite-pragma',
    'synchronous=normal',
    '--log-level',
    'warn',
  ];
  if (uiPort) args.push('--ui-port', String(uiPort));
  else args.push('--headless');
  for (const [name, type] of Object.entries(projectSearchAttributes())) {
    args.push('--search-attribute', `${name}=${type}`);
  }
  const logFile = join(dataDir, 'temporal-server.log');
  const out = openSync(logFile, 'a');
  const child = spawn(cliPath, args, { stdio: ['ignore', out, out], detached: false });
  const address = `127.0.0.1:${port}`;
  /** @type {{ code: number | null, signal: NodeJS.Signals | null } | null} */
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));

  const deadline = Date.now() + startTimeoutMs;
  while (!isServing(cliPath, address)) {
    if (exited) throw new Error(`Temporal dev server exited during start (${JSON.stringify(exited)}); see ${logFile}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Temporal dev server did not answer on ${address} within ${startTimeoutMs} ms; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  log(`[temporal] dev server ready at ${address}${uiPort ? `, Web UI http://127.0.0.1:${uiPort}` : ''}`);

  return {
    address,
    pid: child.pid,
    logFile,
    uiUrl: uiPort ? `http://127.0.0.1:${uiPort}` : null,
    /** SIGTERM, then SIGKILL if it has not gone after `graceMs`. */
    async stop(graceMs = 10_000) {
      if (exited) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await gone;
      clearTimeout(timer);
    },
  };
}

/** @param {string} cliPath @param {string} address */
function isServing(cliPath, address) {
  const result = spawnSync(cliPath, ['operator', 'cluster', 'health', '--address', address], {
    encoding: 'utf8',
    timeout: 5_000,
  });
  return result.status === 0 && result.stdout.includes('SERVING');
}
