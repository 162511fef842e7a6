import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { relaxDurabilitySql } from './test-durability.mjs';

function templateUrl(): URL {
  const url = process.env.CXZY_TEST_TEMPLATE_DATABASE_URL;
  if (!url) throw new Error('CXZY_TEST_TEMPLATE_DATABASE_URL is unset: run through the integration Jest project');
  return new URL(url);
}

async function onServer<T>(action: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = templateUrl();
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  readonly url: string;
  query<R extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

/** A private copy of the migrated template, for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = templateUrl();
  const name = `${template.pathname.slice(1)}_${randomBytes(4).toString('hex')}`;
  await onServer(async (client) => {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template.pathname.slice(1)}"`);
    await client.query(relaxDurabilitySql(name));
  });
  const url = new URL(template);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  // DROP … WITH (FORCE) may terminate a client the ending pool has not closed yet; without a
  // listener that 57P01 surfaces as an unhandled error in whichever test file runs next.
  pool.on('error', () => undefined);
  return {
    url: url.toString(),
    query: async <R extends pg.QueryResultRow>(sql: string, params?: unknown[]) =>
      (await pool.query<R>(sql, params)).rows,
    drop: async () => {
      await pool.end();
      await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
