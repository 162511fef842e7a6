// @ts-check
// Creates a Temporal database (main store or visibility) in PostgreSQL and brings its schema to the
// server's version with temporal-sql-tool, the way Temporal's own docs set up a SQL cluster.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { dropDatabase, withAdminClient } from './postgres.mjs';

/**
 * @typedef {{ sqlToolPath: string, schemaDir: string, serverUrl: string }} SqlToolTarget
 *   serverUrl: postgres://user[:password]@host:port/<anything> — the server the databases live on.
 */

/** @param {string} serverUrl @param {string} database */
export function databaseUrl(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** @param {SqlToolTarget} target @param {string} database @param {string[]} command */
function sqlTool(target, database, command) {
  const url = new URL(target.serverUrl);
  const args = ['--plugin', 'postgres12', '--ep', url.hostname || '127.0.0.1', '--port', url.port || '5432'];
  args.push('--user', decodeURIComponent(url.username || 'postgres'), '--db', database, ...command);
  try {
    execFileSync(target.sqlToolPath, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // Through the environment, so the password never shows in `ps`.
      env: { ...process.env, SQL_PASSWORD: decodeURIComponent(url.password) },
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = /** @type {{ stdout?: string, stderr?: string }} */ (error);
    throw new Error(`temporal-sql-tool ${command[0]} on ${database} failed:\n${stdout}${stderr}`);
  }
}

/** @param {string} serverUrl @param {string} database */
async function state(serverUrl, database) {
  const exists = await withAdminClient(serverUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    return found.rowCount === 1;
  });
  if (!exists) return 'absent';
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, database) });
  await client.connect();
  try {
    const found = await client.query("SELECT to_regclass('schema_version') IS NOT NULL AS versioned");
    return found.rows[0]?.versioned ? 'versioned' : 'empty';
  } finally {
    await client.end();
  }
}

/**
 * Idempotent: creates the database if needed, installs the base schema once, then applies every
 * versioned step the tool has not applied yet. A restart of the cluster profile keeps its data.
 * @param {SqlToolTarget} target
 * @param {string} database
 * @param {'temporal' | 'visibility'} kind
 */
export async function ensureTemporalDatabase(target, database, kind) {
  const current = await state(target.serverUrl, database);
  if (current === 'absent') sqlTool(target, database, ['create-database']);
  if (current !== 'versioned') sqlTool(target, database, ['setup-schema', '-v', '0.0']);
  sqlTool(target, database, ['update-schema', '-d', join(target.schemaDir, kind, 'versioned')]);
}

/** @param {string} serverUrl @param {string[]} databases */
export async function dropTemporalDatabases(serverUrl, databases) {
  for (const database of databases) await dropDatabase(databaseUrl(serverUrl, database));
}
