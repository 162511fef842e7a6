// @ts-check
// Finds or builds the Temporal CLI (dev server + Web UI). No run-time downloads here: the SDK's
// `createLocal()` would fetch a binary, so we build it from the Go module proxy once and cache it
// outside the repo. See docs/adr/0002-how-temporal-is-obtained.md.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const MODULE = `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`;

export function temporalCacheDir() {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'cxzy', `temporal-cli-${TEMPORAL_CLI_VERSION}`);
}

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} name */
function onPath(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : undefined;
}

/**
 * Order: $TEMPORAL_CLI_PATH, `temporal` on PATH, the cache, else `go install` into the cache.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<string>} absolute path of the `temporal` executable
 */
export async function findOrBuildTemporalCli({ log = (line) => console.log(line) } = {}) {
  const fromEnv = process.env.TEMPORAL_CLI_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`TEMPORAL_CLI_PATH=${fromEnv} is not an executable file`);
    return fromEnv;
  }
  const fromPath = onPath('temporal');
  if (fromPath) return fromPath;
  const cached = join(temporalCacheDir(), 'temporal');
  if (isExecutable(cached)) return cached;
  await buildTemporalCli(temporalCacheDir(), log);
  if (!isExecutable(cached)) throw new Error(`go install finished but ${cached} is missing`);
  return cached;
}

/** @param {string} targetDir @param {(line: string) => void} log */
async function buildTemporalCli(targetDir, log) {
  if (!onPath('go')) {
    throw new Error(
      'The Temporal CLI is not installed and Go is missing to build it. Install Go (https://go.dev/dl) ' +
        'or set TEMPORAL_CLI_PATH to a `temporal` executable.',
    );
  }
  mkdirSync(targetDir, { recursive: true });
  log(`[temporal] building the Temporal CLI ${TEMPORAL_CLI_VERSION} with go install into ${targetDir}`);
  log('[temporal] this happens once per machine and takes about 6 minutes on 2 cores');
  const started = Date.now();
  const ticker = setInterval(
    () => log(`[temporal] still building… ${Math.round((Date.now() - started) / 1000)} s`),
    30_000,
  );
  try {
    const code = await new Promise((resolve, reject) => {
      const child = spawn('go', ['install', MODULE], {
        env: { ...process.env, GOBIN: targetDir, GOFLAGS: process.env.GOFLAGS ?? '-trimpath' },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) throw new Error(`go install ${MODULE} failed with exit code ${code}`);
  } finally {
    clearInterval(ticker);
  }
  log(`[temporal] built in ${Math.round((Date.now() - started) / 1000)} s`);
}
