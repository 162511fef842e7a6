// @ts-check
// Runs a Temporal server process (the CLI's dev server or the full server), waits until its
// frontend says SERVING, and stops it cleanly: SIGTERM, then SIGKILL after a grace period.
import { spawn, spawnSync } from 'node:child_process';
import { openSync } from 'node:fs';

/**
 * `temporal operator cluster health --address <address>` says SERVING.
 * @param {string} cliPath
 * @param {string} address
 */
export function isServing(cliPath, address) {
  const result = spawnSync(cliPath, ['operator', 'cluster', 'health', '--address', address], {
    encoding: 'utf8',
    timeout: 5_000,
  });
  return result.status === 0 && result.stdout.includes('SERVING');
}

/**
 * @param {{ what: string, command: string, args: string[], logFile: string, cliPath: string,
 *           address: string, startTimeoutMs: number, cwd?: string }} options
 * @returns {Promise<{ pid: number | undefined, stop: (graceMs?: number) => Promise<void> }>}
 */
export async function startServingProcess({ what, command, args, logFile, cliPath, address, startTimeoutMs, cwd }) {
  const out = openSync(logFile, 'a');
  const child = spawn(command, args, { cwd, stdio: ['ignore', out, out], detached: false });
  /** @type {{ code: number | null, signal: NodeJS.Signals | null } | null} */
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));

  const deadline = Date.now() + startTimeoutMs;
  while (!isServing(cliPath, address)) {
    if (exited) throw new Error(`${what} exited during start (${JSON.stringify(exited)}); see ${logFile}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${what} did not answer on ${address} within ${startTimeoutMs} ms; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }

  return {
    pid: child.pid,
    /** SIGTERM, then SIGKILL if it has not gone after `graceMs`. */
    async stop(graceMs = 10_000) {
      if (exited) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await gone;
      clearTimeout(timer);
    },
  };
}
