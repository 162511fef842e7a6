// @ts-check
// The local cluster profile: the full Temporal server (not the CLI's dev server) on PostgreSQL, as
// a production cluster runs it, on one machine. Finds or builds the server, creates and migrates
// its two databases, writes its configuration, starts it, prepares the namespace, and stops it.
// Used by `npm run start:cluster` (scripts/cluster.mjs), the Jest `cluster` project and scripts/bench/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePortInRange } from './free-port.mjs';
import { findOrBuildTemporalCli } from './temporal-cli.mjs';
import { CLUSTER_PORT_NAMES, writeClusterConfig } from './temporal-cluster-config.mjs';
import { prepareNamespace } from './temporal-namespace.mjs';
import { startServingProcess } from './temporal-process.mjs';
import { findOrBuildTemporalServer, postgresSchemaDir } from './temporal-server-binaries.mjs';
import { dropTemporalDatabases, ensureTemporalDatabase } from './temporal-sql-schema.mjs';

/** @typedef {import('./temporal-cluster-config.mjs').ClusterPorts} ClusterPorts */

/**
 * Free loopback ports in 20000–32767, all distinct; `fixed` ones are kept as given. Below the
 * kernel's ephemeral range (so no outgoing connection holds one) and within SMALLINT, where Temporal's
 * SQL schema stores membership ports; 7233/8233 (the dev server) are outside the range.
 * @param {Partial<ClusterPorts>} fixed
 * @returns {Promise<ClusterPorts>}
 */
async function allocatePorts(fixed) {
  const taken = new Set(Object.values(fixed));
  /** @type {Record<string, number>} */
  const ports = {};
  for (const name of CLUSTER_PORT_NAMES) {
    const port = fixed[name] ?? (await freePortInRange(20_000, 32_767, taken));
    taken.add(port);
    ports[name] = port;
  }
  return /** @type {ClusterPorts} */ (ports);
}

/**
 * @param {{ rootDir: string, serverUrl?: string, databases?: { main: string, visibility: string },
 *   historyShards?: number, namespace?: string, ports?: Partial<ClusterPorts>, cliPath?: string,
 *   startTimeoutMs?: number, log?: (line: string) => void }} options
 *   rootDir: where the configuration and the server's log go. serverUrl: the PostgreSQL server
 *   (postgres://user[:password]@host:port/...). databases: default `temporal` / `temporal_visibility`.
 */
export async function startTemporalCluster(options) {
  const log = options.log ?? ((line) => console.log(line));
  const serverUrl = options.serverUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const databases = options.databases ?? { main: 'temporal', visibility: 'temporal_visibility' };
  const namespace = options.namespace ?? 'default';
  const { rootDir } = options;

  const { serverPath, sqlToolPath } = await findOrBuildTemporalServer({ log });
  const cliPath = options.cliPath ?? (await findOrBuildTemporalCli({ log }));
  const target = { sqlToolPath, schemaDir: postgresSchemaDir(), serverUrl };
  await ensureTemporalDatabase(target, databases.main, 'temporal');
  await ensureTemporalDatabase(target, databases.visibility, 'visibility');
  log(`[cluster] PostgreSQL databases ${databases.main} and ${databases.visibility} are on the server's schema`);

  mkdirSync(rootDir, { recursive: true });
  const ports = await allocatePorts(options.ports ?? {});
  const env = 'cluster';
  writeClusterConfig(rootDir, env, { ports, serverUrl, databases, historyShards: options.historyShards ?? 4 });
  const address = `127.0.0.1:${ports.frontendGrpc}`;
  const logFile = join(rootDir, 'temporal-server.log');
  const server = await startServingProcess({
    what: 'Temporal server (cluster profile)',
    command: serverPath,
    args: ['--root', rootDir, '--config', 'config', '--env', env, '--allow-no-auth', 'start'],
    logFile,
    cliPath,
    address,
    startTimeoutMs: options.startTimeoutMs ?? 120_000,
  });
  try {
    await prepareNamespace({ cliPath, address, namespace });
  } catch (error) {
    await server.stop();
    throw error;
  }
  log(`[cluster] Temporal server ready at ${address} (namespace ${namespace}, log ${logFile})`);

  return {
    address,
    httpAddress: `127.0.0.1:${ports.frontendHttp}`,
    metricsUrl: `http://127.0.0.1:${ports.metrics}/metrics`,
    ports,
    databases,
    logFile,
    pid: server.pid,
    /** SIGTERM, then SIGKILL if it has not gone after `graceMs`. */
    stop: server.stop,
    /** Drops both databases (after `stop`): for tests and benchmarks that used unique names. */
    dropDatabases: () => dropTemporalDatabases(serverUrl, [databases.main, databases.visibility]),
  };
}
