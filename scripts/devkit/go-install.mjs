// @ts-check
// Builds Go programs from the Go module proxy into a cache directory, with progress on the
// terminal. Used for the Temporal CLI (dev server) and the full Temporal server (cluster profile):
// no Docker and no run-time downloads on our machines, see docs/adr/0002-how-temporal-is-obtained.md.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

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
  // Several processes (parallel test runs, worktrees, command 1) may miss the cache at once: one
  // builds, the others wait for its result instead of compiling the same module side by side.
  const lock = await acquireBuildLock(`${options.targetDir}.lock`, () => paths.every(isExecutable), options.log);
  if (!lock) return;
  try {
    if (!paths.every(isExecutable)) await goInstall(options);
  } finally {
    lock.release();
  }
  for (const path of paths) if (!isExecutable(path)) throw new Error(`go install finished but ${path} is missing`);
}

/** A build lock older than this is a crashed build's leftover, whoever wrote it. */
const STALE_LOCK_MS = 60 * 60_000;

/**
 * Takes the directory lock `lockDir` (mkdir is atomic), or waits while another live process holds
 * it. Returns undefined when `done()` became true while waiting (the other build succeeded).
 * @param {string} lockDir @param {() => boolean} done @param {(line: string) => void} log
 * @returns {Promise<{ release: () => void } | undefined>}
 */
async function acquireBuildLock(lockDir, done, log) {
  let announced = false;
  for (;;) {
    try {
      // On a fresh machine the cache folder itself does not exist yet (~/.cache/cxzy).
      mkdirSync(dirname(lockDir), { recursive: true });
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'pid'), String(process.pid));
      return { release: () => rmSync(lockDir, { recursive: true, force: true }) };
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
    if (lockIsStale(lockDir)) {
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (!announced) log(`[go] another process is building into the same cache (${lockDir}); waiting for it`);
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    if (done()) return undefined;
  }
}

/** @param {string} lockDir */
function lockIsStale(lockDir) {
  let pid;
  try {
    if (Date.now() - statSync(lockDir).mtimeMs > STALE_LOCK_MS) return true;
    pid = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
  } catch {
    return false; // released meanwhile, or just made with its pid not yet written: look again
  }
  try {
    process.kill(pid, 0); // throws when that process is gone
    return false;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code !== 'EPERM';
  }
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
