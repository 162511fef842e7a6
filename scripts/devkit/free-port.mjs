// @ts-check
import { createServer } from 'node:net';

/**
 * Listens on `port` (0: the kernel picks one) on loopback and releases it.
 * @param {number} port
 * @returns {Promise<number | null>} the port, or null when it is taken
 */
function probe(port) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error) =>
      /** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE' ? resolve(null) : reject(error),
    );
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(bound));
    });
  });
}

/** Asks the kernel for a free loopback port. */
export async function freePort() {
  return /** @type {number} */ (await probe(0));
}

/**
 * A free loopback port in [min, max], tried at random (so two callers rarely meet). For ports that
 * must stay below the kernel's ephemeral range, e.g. Temporal's membership ports, which its SQL
 * schema stores as SMALLINT (≤ 32767).
 * @param {number} min @param {number} max @param {Set<number>} [avoid]
 */
export async function freePortInRange(min, max, avoid = new Set()) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const candidate = min + Math.floor(Math.random() * (max - min + 1));
    if (avoid.has(candidate)) continue;
    const port = await probe(candidate);
    if (port) return port;
  }
  throw new Error(`no free port found in ${min}-${max}`);
}
