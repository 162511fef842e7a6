// The Jest `cluster` project's services: the cluster profile (full Temporal server on PostgreSQL,
// scripts/devkit/temporal-cluster.mjs) on databases and ports of its own, and a migrated app
// database. The test itself starts the API and worker processes. Teardown drops all three databases.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '../../scripts/devkit/app-processes.mjs';
import { ensureDatabase, ensurePostgresRunning } from '../../scripts/devkit/postgres.mjs';
import { DEFAULT_REDIS_URL, ensureRedisRunning } from '../../scripts/devkit/redis.mjs';
import { startTemporalCluster } from '../../scripts/devkit/temporal-cluster.mjs';
import { findOrBuildTemporalServer } from '../../scripts/devkit/temporal-server-binaries.mjs';
import { databaseUrl, dropTemporalDatabases } from '../../scripts/devkit/temporal-sql-schema.mjs';
import { relaxDurability } from './test-durability.mjs';
import { provideTestWorkflowBundle } from './test-workflow-bundle.mjs';

export default async function clusterGlobalSetup() {
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  await ensurePostgresRunning(serverUrl);
  // The cluster's API processes share their rate limits in Redis (ADR 0022).
  process.env.CXZY_TEST_REDIS_URL ??= process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
  await ensureRedisRunning(process.env.CXZY_TEST_REDIS_URL);
  const id = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const rootDir = mkdtempSync(join(tmpdir(), 'cxzy-test-cluster-'));
  const appDatabaseUrl = databaseUrl(serverUrl, `cxzy_cluster_test_${id}`);
  await ensureDatabase(appDatabaseUrl);
  await relaxDurability(appDatabaseUrl);
  runMigrations({ ...process.env, DATABASE_URL: appDatabaseUrl });
  provideTestWorkflowBundle();

  await findOrBuildTemporalServer(); // prints its progress if it must build (once per machine)
  const databases = { main: `temporal_test_${id}`, visibility: `temporal_visibility_test_${id}` };
  // Created empty here (the cluster start installs the schema into an empty database) so that the
  // Temporal server's sessions open with the tests' relaxed durability.
  for (const database of Object.values(databases)) {
    await ensureDatabase(databaseUrl(serverUrl, database));
    await relaxDurability(databaseUrl(serverUrl, database));
  }
  const cluster = await startTemporalCluster({ rootDir, serverUrl, databases, log: () => undefined }).catch(
    async (error) => {
      // Teardown only knows a started cluster: leave no database behind from a failed start.
      await dropTemporalDatabases(serverUrl, [databases.main, databases.visibility, `cxzy_cluster_test_${id}`]);
      throw error;
    },
  );
  process.env.CXZY_CLUSTER_TEMPORAL_ADDRESS = cluster.address;
  process.env.CXZY_CLUSTER_DATABASE_URL = appDatabaseUrl;
  // The audit chain's key for this run (ADR 0018): every process the tests start shares it.
  process.env.AUDIT_MAC_KEY ??= randomBytes(32).toString('base64url');
  globalThis.__cxzyClusterServices = { cluster, appDatabaseUrl, rootDir };
}
