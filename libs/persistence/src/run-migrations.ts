import type { ApplicationRole } from '@cxzy/config';
import type { DataSource } from 'typeorm';
import { ensureApplicationRole } from './application-role.js';

/** Any fixed number: the start script, a release job and test set-ups may all migrate at once. */
const MIGRATION_LOCK_ID = 7_170_001;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, then makes sure the application role
 * exists and has exactly its rights (application-role.ts); returns the names it applied. Run as the
 * schema owner (DATABASE_URL).
 */
export async function runMigrationsExclusively(dataSource: DataSource, role: ApplicationRole): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.transaction((db) => ensureApplicationRole(db, role));
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await runner.release();
  }
}

/**
 * The committed migrations the database has not run. Read-only (the application role may only read
 * the migrations table), so the API and worker can refuse to start on an old schema without being
 * able to change it.
 */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const [{ table }] = (await dataSource.query(`SELECT to_regclass('migrations')::text AS table`)) as [
    { table: string | null },
  ];
  const ran = new Set(
    table ? ((await dataSource.query('SELECT name FROM migrations')) as { name: string }[]).map((r) => r.name) : [],
  );
  return dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !ran.has(name));
}
