/**
 * 审计记录 — who did what to which object, from which state to which, when, and with what result.
 * Records are chained: each carries the hash of the previous one, so an edit or a deletion in
 * the middle of the trail is detected by `verifyAuditChain`. Since ADR 0018 the link is a keyed MAC
 * (HMAC-SHA256, key outside the database), so whoever can write the table cannot re-chain it; the
 * records made before that keep their plain SHA-256 and still verify.
 */
export type AuditResult = 'success' | 'refused';

export interface AuditEntry {
  readonly occurredAt: string; // ISO 8601, millisecond precision
  readonly requestId: string | null;
  readonly actorId: string;
  readonly actorRole: string | null;
  readonly actorOrg: string | null;
  readonly action: string; // e.g. 'grading-round.launch'
  readonly objectType: string;
  readonly objectId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly result: AuditResult;
  readonly reason: string | null;
}

export interface ChainedAuditRecord extends AuditEntry {
  readonly seq: number;
  /** How `hash` was made: UNKEYED_CHAIN, or keyedChainVersion(keyId). */
  readonly chainVersion: string;
  readonly prevHash: string;
  readonly hash: string;
}

/** The records made before the chain was keyed: plain SHA-256 of auditHashInput. */
export const UNKEYED_CHAIN = 'sha256';
/** A record MAC'd with HMAC-SHA256 under the key `keyId` (AUDIT_MAC_KEY_ID). */
export const keyedChainVersion = (keyId: string): string => `hmac-sha256:${keyId}`;

/** The hash of the record before the first one. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so the same record always hashes the same (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** What is hashed: the previous hash and every field of the entry. */
export function auditHashInput(prevHash: string, entry: AuditEntry): string {
  return `${prevHash}\n${canonicalJson(entry)}`;
}

/**
 * What a record's hash is computed over. A keyed record also covers its chain version, so relabelling
 * it (to another key, or back to unkeyed) breaks its MAC; an unkeyed record keeps its old input.
 */
export function chainInput(chainVersion: string, prevHash: string, entry: AuditEntry): string {
  const input = auditHashInput(prevHash, entry);
  return chainVersion === UNKEYED_CHAIN ? input : `${chainVersion}\n${input}`;
}

export type Sha256Hex = (input: string) => string;
/** The digest of a chain version (plain SHA-256, or the HMAC under that key), or undefined for an unknown key. */
export type ChainDigests = (chainVersion: string) => ((input: string) => string) | undefined;

export type AuditChainProblem =
  | 'link' // prevHash is not the previous record's hash: a record was removed or inserted
  | 'content' // the hash does not match the record: edited, or re-chained without the key
  | 'unknown-key' // MAC'd under a key this verifier does not hold (AUDIT_MAC_PREVIOUS_KEYS)
  | 'unkeyed-after-keyed'; // a plain SHA-256 record after a keyed one: a downgraded, re-chained tail

/** Where a walk over the trail stands between two batches. */
export interface ChainPosition {
  readonly previousHash: string;
  /** A keyed record was seen: from there on, every record must be keyed. */
  readonly keyed: boolean;
}

export const CHAIN_START: ChainPosition = { previousHash: AUDIT_GENESIS_HASH, keyed: false };

/** First record whose link or content does not match, or null when the chain is intact. */
export function verifyAuditChain(
  records: Iterable<ChainedAuditRecord>,
  digests: ChainDigests,
  from: ChainPosition = CHAIN_START,
): { seq: number; problem: AuditChainProblem } | null {
  let expectedPrev = from.previousHash;
  let keyed = from.keyed;
  for (const record of records) {
    if (record.prevHash !== expectedPrev) return { seq: record.seq, problem: 'link' };
    const { seq: _seq, chainVersion, prevHash, hash, ...entry } = record;
    const isKeyed = chainVersion !== UNKEYED_CHAIN;
    if (keyed && !isKeyed) return { seq: record.seq, problem: 'unkeyed-after-keyed' };
    const digest = digests(chainVersion);
    if (!digest) return { seq: record.seq, problem: 'unknown-key' };
    if (digest(chainInput(chainVersion, prevHash, entry)) !== hash) return { seq: record.seq, problem: 'content' };
    expectedPrev = hash;
    keyed ||= isKeyed;
  }
  return null;
}
