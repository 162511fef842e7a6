// @ts-check
// Makes sure the Redis server the API processes share their rate limits in runs (ADR 0022),
// installing it from Debian's packages on a bare machine. Like PostgreSQL (postgres.mjs), only a
// server on this machine is managed: a remote REDIS_URL must answer by itself.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Redis } from 'ioredis';

/** The URL the scripts and tests use when REDIS_URL is unset. */
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** @param {string} url */
function isLocal(url) {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '';
}

/** Whether a Redis server answers PING at `url` (within a second or two). @param {string} url */
export async function redisAnswers(url) {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * Starts a local Redis (no persistence: it holds only rate-limit counts) if none answers at `url`;
 * installs `redis-server` first on a machine without it.
 * @param {string} url
 * @param {(line: string) => void} [log]
 */
export async function ensureRedisRunning(url = DEFAULT_REDIS_URL, log = (line) => console.log(line)) {
  if (await redisAnswers(url)) return;
  if (!isLocal(url))
    throw new Error(`no Redis server answers at ${url} (REDIS_URL), and only a local one can be started`);
  if (!existsSync('/usr/bin/redis-server')) {
    log('[redis] not installed: installing from Debian packages');
    const sudo = process.getuid?.() === 0 ? '' : 'sudo -n ';
    execSync(`${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq redis-server`, {
      stdio: 'inherit',
    });
  }
  const port = new URL(url).port || '6379';
  log(`[redis] starting redis-server on 127.0.0.1:${port}`);
  const started = spawnSync(
    'redis-server',
    ['--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', port, '--save', '', '--appendonly', 'no'],
    { stdio: 'inherit' },
  );
  if (started.status !== 0) throw new Error(`redis-server did not start (exit ${started.status})`);
  const deadline = Date.now() + 15_000;
  while (!(await redisAnswers(url))) {
    if (Date.now() > deadline) throw new Error(`Redis did not answer at ${url} within 15 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
