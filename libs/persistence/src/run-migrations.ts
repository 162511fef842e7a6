import type { DataSource } from 'typeorm';

/** Any fixed number: the API, the worker and the start script may all migrate at once. */
const MIGRATION_LOCK_ID = 7_170_001;

/** Runs pending migrations under a PostgreSQL advisory lock; returns the names it applied. */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await runner.release();
  }
}
