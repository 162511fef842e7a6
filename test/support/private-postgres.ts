import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './app-processes.mjs';

/**
 * A PostgreSQL server of the calling test's own (initdb into a temporary directory, its own port),
 * for a test that stops and starts the database: the machine's server at 5432 is shared by every
 * other test file running at the same time and must never go down.
 */
export interface PrivatePostgres {
  readonly port: number;
  /** A URL of a database on this server (trust authentication, user postgres). */
  url(database: string): string;
  /** A clean stop (`pg_ctl stop -m fast`): sessions are terminated (57P01), new ones refused. */
  stop(): void;
  start(): void;
  /** Stops it if it runs and deletes its directory. */
  destroy(): void;
}

/** Debian's server binaries, the newest version installed (pg_ctl and initdb are not on PATH). */
function serverBinaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) throw new Error(`no PostgreSQL server under ${root}`);
  return join(root, versions[0], 'bin');
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = serverBinaries();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'cxzy-test-postgres-'));
  const data = join(dir, 'data');
  // initdb and postgres refuse to run as root: as root, run them as the postgres user.
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const owner = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const group = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, owner, group);
    chmodSync(dir, 0o700);
  }
  const run = (tool: string, args: string[]) =>
    execFileSync(
      asRoot ? 'runuser' : join(bin, tool),
      asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args,
      {
        stdio: ['ignore', 'ignore', 'pipe'],
        timeout: 60_000,
      },
    );
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  // Its own socket directory and loopback only; no durability needed beyond a clean stop.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  let running = false;
  const server: PrivatePostgres = {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start() {
      run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
      running = true;
    },
    stop() {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
      running = false;
    },
    destroy() {
      if (running) run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
  server.start();
  return server;
}

/** Creates `database` on the server. */
export async function createDatabase(server: PrivatePostgres, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: server.url('postgres') });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}
