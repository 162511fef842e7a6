import type { EntityManager } from 'typeorm';

/** Any fixed number: imports of organisations and members run one at a time (per database). */
const REGISTRY_LOCK_ID = 7_170_004;

/**
 * Takes the registry's transaction-scoped advisory lock: concurrent imports queue instead of both
 * deciding that the same new code needs a new id. Released at commit or rollback.
 */
export async function lockRegistry(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [REGISTRY_LOCK_ID]);
}
