// @ts-check
// Prepares a namespace on a Temporal server that does not do it by itself (the full server, a
// cluster): creates it, registers the project's search attributes, and waits until the frontend
// serves it — the dev server does all three from its command line flags.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { projectSearchAttributes } from './temporal-dev-server.mjs';

const run = promisify(execFile);

/**
 * `temporal <args…> --address <address>`; resolves with stdout, rejects with stderr in the message.
 * @param {string} cliPath @param {string} address @param {string[]} args
 */
async function temporal(cliPath, address, args) {
  try {
    return (await run(cliPath, [...args, '--address', address], { encoding: 'utf8', timeout: 30_000 })).stdout;
  } catch (error) {
    const { stderr = '', message } = /** @type {{ stderr?: string, message: string }} */ (error);
    throw new Error(`temporal ${args.slice(0, 3).join(' ')}: ${stderr.trim() || message}`);
  }
}

/**
 * Retries `action` until it resolves or `timeoutMs` passes: right after SERVING, history and
 * matching may still be joining the membership ring.
 * @template T
 * @param {() => Promise<T>} action @param {number} timeoutMs
 * @returns {Promise<T>}
 */
async function retrying(action, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await action();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * Idempotent: a restart of the cluster finds the namespace and the attributes already there.
 * @param {{ cliPath: string, address: string, namespace: string, retention?: string, timeoutMs?: number }} options
 */
export async function prepareNamespace({ cliPath, address, namespace, retention = '72h', timeoutMs = 60_000 }) {
  const exists = await temporal(cliPath, address, ['operator', 'namespace', 'describe', '--namespace', namespace]).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await retrying(async () => {
      const create = ['operator', 'namespace', 'create', '--namespace', namespace, '--retention', retention];
      await temporal(cliPath, address, create).catch((error) => {
        if (!/already exists/i.test(String(error))) throw error;
      });
    }, timeoutMs);
  }

  const listed = await retrying(
    () => temporal(cliPath, address, ['operator', 'search-attribute', 'list', '--namespace', namespace, '-o', 'json']),
    timeoutMs,
  );
  const missing = Object.entries(projectSearchAttributes()).filter(([name]) => !listed.includes(`"${name}"`));
  for (const [name, type] of missing) {
    const create = ['operator', 'search-attribute', 'create', '--namespace', namespace, '--name', name, '--type', type];
    await retrying(() => temporal(cliPath, address, create), timeoutMs);
  }

  // The frontend learns a new namespace from its cache refresh (every 2 s): wait until it serves it.
  await retrying(
    () => temporal(cliPath, address, ['workflow', 'list', '--namespace', namespace, '--limit', '1']),
    timeoutMs,
  );
}
