// @ts-check
// Starts `temporal server start-dev` on a database file (a restart keeps workflows), waits until the
// frontend answers, and stops it cleanly. Used by command 1 (scripts/up.mjs) and by Jest's globalSetup.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServingProcess } from './temporal-process.mjs';

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
  const address = `127.0.0.1:${port}`;
  const server = await startServingProcess({
    what: 'Temporal dev server',
    command: cliPath,
    args,
    logFile,
    cliPath,
    address,
    startTimeoutMs,
  });
  log(`[temporal] dev server ready at ${address}${uiPort ? `, Web UI http://127.0.0.1:${uiPort}` : ''}`);

  return {
    address,
    pid: server.pid,
    logFile,
    uiUrl: uiPort ? `http://127.0.0.1:${uiPort}` : null,
    /** SIGTERM, then SIGKILL if it has not gone after `graceMs`. */
    stop: server.stop,
  };
}
