// @ts-check
// Finds or builds the full Temporal server and its SQL tool (temporal-sql-tool) for the cluster
// profile, and locates the PostgreSQL schemas that ship in the server's Go module.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cachedOrGoInstall, cxzyCacheDir, executableFromEnv } from './go-install.mjs';

/** The server version the CLI's dev server embeds too (VERIFIED.md): one engine version everywhere. */
export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
const MODULE = 'go.temporal.io/server';

export function temporalServerCacheDir() {
  return cxzyCacheDir(`temporal-server-${TEMPORAL_SERVER_VERSION}`);
}

/**
 * Order for each binary: $TEMPORAL_SERVER_PATH / $TEMPORAL_SQL_TOOL_PATH, then the cache; whatever
 * is still missing is built with one `go install` (about 6 minutes on 2 cores, once per machine).
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<{ serverPath: string, sqlToolPath: string }>}
 */
export async function findOrBuildTemporalServer({ log = (line) => console.log(line) } = {}) {
  const cache = temporalServerCacheDir();
  const serverPath = executableFromEnv('TEMPORAL_SERVER_PATH') ?? join(cache, 'server');
  const sqlToolPath = executableFromEnv('TEMPORAL_SQL_TOOL_PATH') ?? join(cache, 'sql');
  await cachedOrGoInstall([serverPath, sqlToolPath], {
    packages: [`${MODULE}/cmd/server@${TEMPORAL_SERVER_VERSION}`, `${MODULE}/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}`],
    targetDir: cache,
    what: `the Temporal server ${TEMPORAL_SERVER_VERSION} and its SQL tool`,
    minutes: 6,
    missingGoHint:
      'Install Go (https://go.dev/dl) or set TEMPORAL_SERVER_PATH and TEMPORAL_SQL_TOOL_PATH to prebuilt binaries.',
    log,
  });
  return { serverPath, sqlToolPath };
}

/** The server module's source directory; `go mod download` fetches it if the module cache was cleaned. */
function serverModuleDir() {
  const args = ['mod', 'download', '-json', `${MODULE}@${TEMPORAL_SERVER_VERSION}`];
  return /** @type {{ Dir: string }} */ (JSON.parse(execFileSync('go', args, { encoding: 'utf8' }))).Dir;
}

/**
 * The versioned PostgreSQL schemas (`<dir>/temporal/versioned`, `<dir>/visibility/versioned`):
 * $TEMPORAL_SCHEMA_DIR, else the server module's own copy.
 * @returns {string}
 */
export function postgresSchemaDir() {
  const fromVariable = process.env.TEMPORAL_SCHEMA_DIR;
  const dir = fromVariable ?? join(serverModuleDir(), 'schema', 'postgresql', 'v12');
  if (!existsSync(join(dir, 'temporal', 'versioned'))) {
    throw new Error(`no Temporal PostgreSQL schema in ${dir}${fromVariable ? ' (TEMPORAL_SCHEMA_DIR)' : ''}`);
  }
  return dir;
}
