// @ts-check
// `npm run start:cluster`: the production topology on one machine. PostgreSQL → the full Temporal
// server on PostgreSQL (cluster profile) + its Web UI → migrations → 2 API processes and 2 worker
// processes on one task queue → a demo spread over both APIs. Ctrl-C stops everything.
// See docs/deployment.md and docs/adr/0005-cluster-profile.md.
import { createSupervisor, repoRoot, runMigrations, stopChild, waitForHealthyApi } from './devkit/app-processes.mjs';
import { freePortInRange } from './devkit/free-port.mjs';
import { ensureDatabase, ensurePostgresRunning } from './devkit/postgres.mjs';
import { DEFAULT_REDIS_URL, ensureRedisRunning } from './devkit/redis.mjs';
import { startTemporalCluster } from './devkit/temporal-cluster.mjs';
import { findOrBuildUiServer, startUiServer } from './devkit/temporal-ui-server.mjs';
import { runClusterDemo } from './demo.mjs';
import { loadOrCreateDevSecrets } from './devkit/dev-secrets.mjs';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/cxzy_cluster';
// Both API processes count their rate limits in this Redis, so a client gets the limit once (ADR 0022).
const redisUrl = process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
const apiPorts = (process.env.CLUSTER_API_PORTS ?? '3101,3102').split(',').map((p) => p.trim());
const workerCount = Number(process.env.CLUSTER_WORKERS ?? 2);
const uiPort = Number(process.env.TEMPORAL_CLUSTER_UI_PORT ?? 8333);
const dataDir = `${repoRoot}tmp/cluster-data`;
const supervisor = createSupervisor('cluster');

try {
  await ensurePostgresRunning(databaseUrl);
  await ensureDatabase(databaseUrl);
  console.log(`[cluster] PostgreSQL ready: ${new URL(databaseUrl).pathname.slice(1)}`);
  await ensureRedisRunning(redisUrl);
  console.log(`[cluster] Redis ready: ${redisUrl}`);

  const temporal = await startTemporalCluster({
    rootDir: `${dataDir}/temporal`,
    serverUrl: databaseUrl,
    databases: {
      main: process.env.TEMPORAL_CLUSTER_DATABASE ?? 'temporal',
      visibility: process.env.TEMPORAL_CLUSTER_VISIBILITY_DATABASE ?? 'temporal_visibility',
    },
    historyShards: Number(process.env.TEMPORAL_CLUSTER_SHARDS ?? 4),
  });
  supervisor.add('temporal', () => temporal.stop());

  // The UI is a convenience: without it (no Go, a failed build) everything else still runs.
  /** @type {string | null} */
  let uiUrl = null;
  try {
    const ui = await startUiServer({
      uiServerPath: await findOrBuildUiServer(),
      address: temporal.address,
      port: await freePortInRange(uiPort, uiPort).catch(() => freePortInRange(20_000, 32_767)),
      rootDir: `${dataDir}/ui`,
    });
    supervisor.add('web-ui', () => stopChild(ui.child));
    uiUrl = ui.url;
  } catch (error) {
    console.error(`[cluster] no Web UI: ${error instanceof Error ? error.message : error}`);
  }

  // Random per-machine secrets beside the cluster's data (as command 1 keeps its own), unless set.
  const { DEMO_PASSWORD, ...secrets } = loadOrCreateDevSecrets(`${dataDir}/dev-secrets.json`);
  const env = {
    ...secrets,
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporal.address,
    REDIS_URL: redisUrl,
    // Quiet by default so the demo can be followed; LOG_LEVEL=info shows the JSON logs.
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
  runMigrations(env);
  for (let i = 1; i <= workerCount; i++) supervisor.startApp(`worker-${i}`, 'apps/worker/src/main.ts', env);
  const apiUrls = apiPorts.map((port, i) => {
    supervisor.startApp(`api-${i + 1}`, 'apps/api/src/main.ts', { ...env, API_PORT: port });
    return `http://127.0.0.1:${port}`;
  });
  await Promise.all(apiUrls.map((url) => waitForHealthyApi(url)));

  console.log(`
[cluster] 集群已启动 / the cluster profile is up
     APIs            ${apiUrls.join('  ')}   (put any HTTP load balancer in front)
     workers         ${workerCount} processes on task queue ${process.env.TEMPORAL_TASK_QUEUE ?? 'cxzy-main'}
     Temporal        ${temporal.address}   (full server on PostgreSQL, ${temporal.databases.main} + ${temporal.databases.visibility})
     Web UI          ${uiUrl ?? '(not available; see above)'}
     server metrics  ${temporal.metricsUrl}
     workflows       temporal workflow list --address ${temporal.address}
     Ctrl-C stops everything (the Temporal databases are kept; a restart resumes the workflows).
`);
  await runClusterDemo(apiUrls, { password: DEMO_PASSWORD, serverEnv: env });
  console.log('[cluster] the demo is done; the cluster keeps running. Ctrl-C to stop.');
} catch (error) {
  console.error(`[cluster] ${error instanceof Error ? error.message : error}`);
  await supervisor.stopAll(1);
}
