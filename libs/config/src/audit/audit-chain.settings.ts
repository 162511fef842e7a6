import { z } from 'zod';

/**
 * The audit chain's key and anchors (ADR 0018, docs/security.md "Audit trail"). The key lives outside
 * the database: whoever can write audit_records cannot re-chain it. No default in code: every process
 * that writes the trail (API, worker, `admin:create`) refuses to start without it, and `audit:verify`
 * needs it to check the records MAC'd with it.
 */
export const auditChainFields = {
  /** HMAC-SHA256 key of the audit chain, ≥ 32 characters (e.g. `openssl rand -base64 48`). */
  AUDIT_MAC_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** The key's id, stored with every record it MACs, so older keys can still be told apart. */
  AUDIT_MAC_KEY_ID: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,32}$/, 'must be 1–32 letters, digits, _ . -')
    .default('k1'),
  /** Keys rotated out, still needed to verify the records they MAC'd: "keyId=key,keyId=key". */
  AUDIT_MAC_PREVIOUS_KEYS: z
    .string()
    .regex(/^([A-Za-z0-9_.-]{1,32}=[^,]{32,}(,[A-Za-z0-9_.-]{1,32}=[^,]{32,})*)?$/, 'must be "keyId=key,…" (keys ≥ 32)')
    .default(''),
  /**
   * Where the worker appends the chain's MAC'd head (one JSON line per anchor, a file per database);
   * relative paths are from the working directory. Keep it where the database's OS user cannot write.
   */
  AUDIT_ANCHOR_DIR: z.string().min(1).default('tmp/audit-anchors'),
  /** How often the worker anchors the head (seconds); 0 = never (then only `audit:verify --anchor`). */
  AUDIT_ANCHOR_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
};

/** The keys by id: the current one and those rotated out. */
export function auditMacKeys(config: {
  AUDIT_MAC_KEY?: string | undefined;
  AUDIT_MAC_KEY_ID: string;
  AUDIT_MAC_PREVIOUS_KEYS: string;
}): { current?: { id: string; key: string }; all: ReadonlyMap<string, string> } {
  const all = new Map<string, string>();
  for (const pair of config.AUDIT_MAC_PREVIOUS_KEYS ? config.AUDIT_MAC_PREVIOUS_KEYS.split(',') : []) {
    const at = pair.indexOf('=');
    all.set(pair.slice(0, at), pair.slice(at + 1));
  }
  if (!config.AUDIT_MAC_KEY) return { all };
  all.set(config.AUDIT_MAC_KEY_ID, config.AUDIT_MAC_KEY);
  return { current: { id: config.AUDIT_MAC_KEY_ID, key: config.AUDIT_MAC_KEY }, all };
}
