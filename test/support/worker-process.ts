import type { ChildProcess } from 'node:child_process';
import { exited, spawnApp } from './app-processes.mjs';
import { TEST_SECRETS } from './test-config.js';

export { exited };

/** The worker exactly as production runs it, in its own process, so a test can kill it outright. */
export function startWorkerProcess(env: Record<string, string>): ChildProcess {
  return spawnApp('apps/worker/src/main.ts', {
    env: { ...process.env, ...TEST_SECRETS, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
