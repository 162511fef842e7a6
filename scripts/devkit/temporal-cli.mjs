// @ts-check
// Finds or builds the Temporal CLI (dev server + Web UI). No run-time downloads here: the SDK's
// local test environment would download a binary, so we build it from the Go module proxy once and cache it
// outside the repo. See docs/adr/0002-how-temporal-is-obtained.md.
import { join } from 'node:path';
import { cachedOrGoInstall, cxzyCacheDir, executableFromEnv, onPath } from './go-install.mjs';

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const MODULE = `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`;

export function temporalCacheDir() {
  return cxzyCacheDir(`temporal-cli-${TEMPORAL_CLI_VERSION}`);
}

/**
 * Order: $TEMPORAL_CLI_PATH, `temporal` on PATH, the cache, else `go install` into the cache.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<string>} absolute path of the `temporal` executable
 */
export async function findOrBuildTemporalCli({ log = (line) => console.log(line) } = {}) {
  const fromEnv = executableFromEnv('TEMPORAL_CLI_PATH');
  if (fromEnv) return fromEnv;
  const fromPath = onPath('temporal');
  if (fromPath) return fromPath;
  const cached = join(temporalCacheDir(), 'temporal');
  await cachedOrGoInstall([cached], {
    packages: [MODULE],
    targetDir: temporalCacheDir(),
    what: `the Temporal CLI ${TEMPORAL_CLI_VERSION}`,
    minutes: 6,
    missingGoHint: 'Install Go (https://go.dev/dl) or set TEMPORAL_CLI_PATH to a `temporal` executable.',
    log,
  });
  return cached;
}
