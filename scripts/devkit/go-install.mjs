// @ts-check
// Builds Go programs from the Go module proxy into a cache directory, with progress on the
// terminal. Used for the Temporal CLI (dev server) and the full Temporal server (cluster profile):
// no Docker and no run-time downloads on our machines, see docs/adr/0002-how-temporal-is-obtained.md.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** `~/.cache/cxzy/<name>` (or under $XDG_CACHE_HOME): outside the repo, shared by every worktree. */
export function cxzyCacheDir(/** @type {string} */ name) {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'cxzy', name);
}

/** @param {string} path */
export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} name @returns {string | undefined} */
export function onPath(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : undefined;
}

/**
 * The executable a variable names, or undefined when it is unset; a wrong path is an error.
 * @param {string} variable
 * @returns {string | undefined}
 */
export function executableFromEnv(variable) {
  const path = process.env[variable];
  if (path && !isExecutable(path)) throw new Error(`${variable}=${path} is not an executable file`);
  return path || undefined;
}

/**
 * Nothing to do when every one of `paths` is executable; else `goInstall(options)` and check again.
 * @param {string[]} paths
 * @param {Parameters<typeof goInstall>[0]} options
 */
export async function cachedOrGoInstall(paths, options) {
  if (paths.every(isExecutable)) return;
  await goInstall(options);
  for (const path of paths) if (!isExecutable(path)) throw new Error(`go install finished but ${path} is missing`);
}

/**
 * `GOBIN=<targetDir> go install <packages…>`, printing a line every 30 s so a long first build
 * does not look stuck.
 * @param {{ packages: string[], targetDir: string, what: string, minutes: number, missingGoHint: string,
 *           log: (line: string) => void }} options
 */
export async function goInstall({ packages, targetDir, what, minutes, missingGoHint, log }) {
  if (!onPath('go')) throw new Error(`${what} is not installed and Go is missing to build it. ${missingGoHint}`);
  mkdirSync(targetDir, { recursive: true });
  log(`[go] building ${what} with go install into ${targetDir}`);
  log(`[go] this happens once per machine and takes about ${minutes} min on 2 cores`);
  const started = Date.now();
  const ticker = setInterval(
    () => log(`[go] still building ${what}… ${Math.round((Date.now() - started) / 1000)} s`),
    30_000,
  );
  try {
    const code = await new Promise((resolve, reject) => {
      const child = spawn('go', ['install', ...packages], {
        env: { ...process.env, GOBIN: targetDir, GOFLAGS: process.env.GOFLAGS ?? '-trimpath' },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) throw new Error(`go install ${packages.join(' ')} failed with exit code ${code}`);
  } finally {
    clearInterval(ticker);
  }
  log(`[go] built ${what} in ${Math.round((Date.now() - started) / 1000)} s`);
}
