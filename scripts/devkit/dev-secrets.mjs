// @ts-check
// The secrets the API and worker need (ADR 0017: none has a default), for the dev-machine scripts
// that start them (start:cluster, the benchmark): taken from the environment when set there, else
// random — kept in `file` (mode 0600) when one is given, so a restart keeps the Update identity key
// that running workflows were started with.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const generators = {
  AUTH_TOKEN_SECRET: () => randomBytes(32).toString('base64url'),
  UPDATE_IDENTITY_PRIVATE_KEY: () => randomBytes(32).toString('hex'),
  PUBLIC_LINK_SECRET: () => randomBytes(32).toString('base64url'),
};

/**
 * @param {string} [file] where to keep generated secrets (JSON), or none: new ones each run
 * @returns {Record<keyof typeof generators, string>}
 */
export function devSecrets(file) {
  /** @type {Record<string, string>} */
  const kept = file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const secrets = Object.fromEntries(
    Object.entries(generators).map(([name, generate]) => [name, process.env[name] || kept[name] || generate()]),
  );
  if (file && Object.keys(generators).some((name) => !process.env[name] && kept[name] !== secrets[name])) {
    mkdirSync(dirname(file), { recursive: true });
    const toKeep = Object.fromEntries(Object.keys(generators).map((name) => [name, kept[name] ?? secrets[name]]));
    writeFileSync(file, JSON.stringify(toKeep, null, 2), { mode: 0o600 });
  }
  return /** @type {Record<keyof typeof generators, string>} */ (secrets);
}
