/**
 * 审计记录 — who did what to which object, from which state to which, when, and with what result.
 * Records are chained: each carries the hash of the previous one, so an edit or a deletion in
 * the middle of the trail is detected by `verifyAuditChain`.
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
  readonly prevHash: string;
  readonly hash: string;
}

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

export type Sha256Hex = (input: string) => string;

/** First record whose link or content does not match, or null when the chain is intact. */
export function verifyAuditChain(
  records: Iterable<ChainedAuditRecord>,
  sha256Hex: Sha256Hex,
  previousHash: string = AUDIT_GENESIS_HASH,
): { seq: number; problem: 'link' | 'content' } | null {
  let expectedPrev = previousHash;
  for (const record of records) {
    if (record.prevHash !== expectedPrev) return { seq: record.seq, problem: 'link' };
    const { seq: _seq, prevHash, hash, ...entry } = record;
    if (sha256Hex(auditHashInput(prevHash, entry)) !== hash) return { seq: record.seq, problem: 'content' };
    expectedPrev = hash;
  }
  return null;
}
