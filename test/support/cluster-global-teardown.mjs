import { rmSync } from 'node:fs';
import { dropDatabase } from '../../scripts/devkit/postgres.mjs';

export default async function clusterGlobalTeardown() {
  const services = globalThis.__cxzyClusterServices;
  if (!services) return;
  await services.cluster.stop();
  await services.cluster.dropDatabases();
  await dropDatabase(services.appDatabaseUrl);
  rmSync(services.rootDir, { recursive: true, force: true });
}
