// @ts-check
// The full Temporal server's configuration for the local cluster profile, generated from code
// rather than edited from a sample: PostgreSQL for persistence and visibility, a configurable
// number of history shards, and ports that never clash with the dev server (7233/8233) or with
// another cluster on the machine. JSON is valid YAML, so the files are written with JSON.stringify.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {'frontend' | 'history' | 'matching' | 'worker'} ServiceName */
/**
 * @typedef {{ frontendGrpc: number, frontendHttp: number, frontendMembership: number,
 *   historyGrpc: number, historyMembership: number, matchingGrpc: number, matchingMembership: number,
 *   workerGrpc: number, workerMembership: number, metrics: number }} ClusterPorts
 */
/**
 * @typedef {{ ports: ClusterPorts, serverUrl: string, databases: { main: string, visibility: string },
 *   historyShards: number, dynamicConfigPath: string, logLevel?: string }} ClusterConfigInput
 */

/** Names of the ports, in the order they are allocated. */
export const CLUSTER_PORT_NAMES = /** @type {const} */ ([
  'frontendGrpc',
  'frontendHttp',
  'frontendMembership',
  'historyGrpc',
  'historyMembership',
  'matchingGrpc',
  'matchingMembership',
  'workerGrpc',
  'workerMembership',
  'metrics',
]);

/**
 * @param {ClusterConfigInput['serverUrl']} serverUrl
 * @param {string} databaseName
 * @param {number} maxConns
 */
function sqlStore(serverUrl, databaseName, maxConns) {
  const url = new URL(serverUrl);
  return {
    sql: {
      pluginName: 'postgres12',
      databaseName,
      connectAddr: `${url.hostname || '127.0.0.1'}:${url.port || '5432'}`,
      connectProtocol: 'tcp',
      user: decodeURIComponent(url.username || 'postgres'),
      password: decodeURIComponent(url.password),
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  };
}

/** @param {number} grpcPort @param {number} membershipPort @param {number} [httpPort] */
const rpc = (grpcPort, membershipPort, httpPort) => ({
  rpc: { grpcPort, membershipPort, bindOnLocalHost: true, ...(httpPort ? { httpPort } : {}) },
});

/**
 * The server's static configuration (what `server --config <dir> --env <name>` reads).
 * @param {ClusterConfigInput} input
 */
export function clusterServerConfig({ ports, serverUrl, databases, historyShards, dynamicConfigPath, logLevel }) {
  const frontendAddress = `127.0.0.1:${ports.frontendGrpc}`;
  return {
    log: { stdout: true, level: logLevel ?? 'warn' },
    persistence: {
      defaultStore: 'postgres-default',
      visibilityStore: 'postgres-visibility',
      numHistoryShards: historyShards,
      datastores: {
        // Pools are per service (frontend, history, matching, worker): keep them small so a cluster
        // and the apps fit in PostgreSQL's default 100 connections.
        'postgres-default': sqlStore(serverUrl, databases.main, 8),
        'postgres-visibility': sqlStore(serverUrl, databases.visibility, 4),
      },
    },
    global: {
      membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' },
      // pprof stays off (port 0); server metrics for Prometheus on a port of their own.
      metrics: {
        prometheus: { framework: 'tally', timerType: 'histogram', listenAddress: `127.0.0.1:${ports.metrics}` },
      },
    },
    services: {
      frontend: rpc(ports.frontendGrpc, ports.frontendMembership, ports.frontendHttp),
      history: rpc(ports.historyGrpc, ports.historyMembership),
      matching: rpc(ports.matchingGrpc, ports.matchingMembership),
      worker: rpc(ports.workerGrpc, ports.workerMembership),
    },
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: {
        active: {
          enabled: true,
          initialFailoverVersion: 1,
          rpcName: 'frontend',
          rpcAddress: frontendAddress,
          httpAddress: `127.0.0.1:${ports.frontendHttp}`,
        },
      },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    publicClient: { hostPort: frontendAddress },
    dynamicConfigClient: { filepath: dynamicConfigPath, pollInterval: '10s' },
  };
}

/** @param {unknown} value */
const setting = (value) => [{ value, constraints: {} }];

/** Dynamic configuration: the few values the dev server also changes from the defaults. */
export function clusterDynamicConfig() {
  return {
    // Visibility on PostgreSQL stores workflow ids in VARCHAR(255).
    'limit.maxIDLength': setting(255),
    // Search attributes registered at start are usable at once (the dev server does the same).
    'system.forceSearchAttributesCacheRefreshOnRead': setting(true),
    'frontend.namespaceRPS.visibility': setting(100),
  };
}

/**
 * Writes `<rootDir>/config/<env>.yaml` and `<rootDir>/config/dynamicconfig.yaml`.
 * @param {string} rootDir
 * @param {string} env
 * @param {Omit<ClusterConfigInput, 'dynamicConfigPath'>} input
 */
export function writeClusterConfig(rootDir, env, input) {
  const configDir = join(rootDir, 'config');
  mkdirSync(configDir, { recursive: true });
  const dynamicConfigPath = join(configDir, 'dynamicconfig.yaml');
  writeFileSync(dynamicConfigPath, JSON.stringify(clusterDynamicConfig(), null, 2));
  const config = clusterServerConfig({ ...input, dynamicConfigPath });
  writeFileSync(join(configDir, `${env}.yaml`), JSON.stringify(config, null, 2));
  return config;
}
