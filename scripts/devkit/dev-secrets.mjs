// @ts-check
// Command 1's secrets: random values made once per machine and kept outside git (machineDevSecretsFile),
// so a restart keeps workflows' signed identities, the audit chain's key and users' log-ins valid. No secret has a default in code (docs/security.md, "Secrets"); production sets its own.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** @typedef {{ AUTH_TOKEN_SECRET: string, UPDATE_IDENTITY_PRIVATE_KEY: string, PUBLIC_LINK_SECRET: string, AUDIT_MAC_KEY: string, DEMO_PASSWORD: string }} DevSecrets */

/**
 * Where command 1 keeps them: one file per machine (like the database \`cxzy\` they go with), outside
 * any clone, so a second clone on the same machine logs in as the first one's demo people.
 */
export const machineDevSecretsFile = () =>
  process.env.CXZY_DEV_SECRETS_FILE ??
  join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'cxzy', 'dev-secrets.json');

/** Fresh random secrets (also what the tests give their stack). @returns {DevSecrets} */
export function generateDevSecrets() {
  return {
    AUTH_TOKEN_SECRET: randomBytes(48).toString('base64url'),
    // Any 32 random bytes are an Ed25519 private key.
    UPDATE_IDENTITY_PRIVATE_KEY: randomBytes(32).toString('hex'),
    PUBLIC_LINK_SECRET: randomBytes(48).toString('base64url'),
    // The audit chain's HMAC key (ADR 0018): kept per machine so the trail verifies across restarts.
    AUDIT_MAC_KEY: randomBytes(48).toString('base64url'),
    DEMO_PASSWORD: `Demo-${randomBytes(9).toString('base64url')}`,
  };
}

/**
 * The machine's development secrets from `file`, made (mode 600) when missing; a key the file lacks
 * (an older file) is added.
 * @param {string} file @returns {DevSecrets}
 */
export function loadOrCreateDevSecrets(file) {
  const stored = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const secrets = { ...generateDevSecrets(), ...stored };
  if (Object.keys(secrets).some((key) => !(key in stored))) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}
