// @ts-check
// Makes sure the local PostgreSQL server runs (installing it from Debian's packages on a bare
// machine) and that a database exists. The URL's host decides: only a local server is managed.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import pg from 'pg';

/** @param {string} command */
const sh = (command) => execSync(command, { stdio: 'inherit' });

/** @param {string} url */
function isLocal(url) {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '';
}

/** @param {string} url */
function isReady(url) {
  const { hostname, port } = new URL(url);
  return spawnSync('pg_isready', ['-h', hostname || '127.0.0.1', '-p', port || '5432']).status === 0;
}

/**
 * Starts the local cluster if it is down; installs PostgreSQL first on a machine without it.
 * @param {string} url
 * @param {(line: string) => void} [log]
 */
export async function ensurePostgresRunning(url, log = (line) => console.log(line)) {
  if (!isLocal(url)) return;
  if (existsSync('/usr/bin/pg_isready') && isReady(url)) return;
  if (!existsSync('/etc/postgresql') || readdirSync('/etc/postgresql').length === 0) {
    log('[postgres] not installed: installing from Debian packages');
    sh('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql');
    // Debian asks for a password over TCP; the project's local convention is trust on loopback only.
    const hba = execSync('ls /etc/postgresql/*/main/pg_hba.conf', { encoding: 'utf8' }).trim();
    sh(`sed -i '1i host all all 127.0.0.1/32 trust\\nhost all all ::1/128 trust' ${hba}`);
  }
  const version = readdirSync('/etc/postgresql')[0];
  log(`[postgres] starting cluster ${version}/main`);
  sh(`pg_ctlcluster --skip-systemctl-redirect ${version} main start || true`);
  const deadline = Date.now() + 30_000;
  while (!isReady(url)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL did not become ready at ${new URL(url).host}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/**
 * Connects to the server's `postgres` database, for CREATE/DROP DATABASE.
 * @template T
 * @param {string} url
 * @param {(client: pg.Client) => Promise<T>} action
 * @returns {Promise<T>}
 */
export async function withAdminClient(url, action) {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

/** @param {string} name */
const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

/** @param {string} url */
export async function ensureDatabase(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await withAdminClient(url, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
}

/** @param {string} url */
export async function dropDatabase(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await withAdminClient(url, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}
