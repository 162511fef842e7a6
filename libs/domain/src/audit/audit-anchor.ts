/**
 * 审计链锚定 — the chain's head written, now and then, where the database cannot reach (ADR 0018).
 * Each anchor is MAC'd with the chain's key, so it cannot be forged either. A trail re-chained after
 * an anchor was taken (by someone who holds the key, or from the first keyed record on with plain
 * SHA-256), or cut short below it, no longer matches it.
 */
export interface AuditAnchor {
  readonly database: string;
  readonly seq: number;
  readonly hash: string;
  readonly anchoredAt: string; // ISO 8601
  readonly keyId: string;
  readonly mac: string;
}

/** What an anchor's MAC covers. */
export const anchorMacInput = (a: Omit<AuditAnchor, 'mac' | 'keyId'>): string =>
  `cxzy-audit-anchor\n${a.database}\n${a.seq}\n${a.hash}\n${a.anchoredAt}`;

export type AnchorProblem =
  | 'malformed' // not an anchor line
  | 'other-database' // taken on another database: the file was mixed up
  | 'unknown-key' // MAC'd under a key this verifier does not hold
  | 'forged' // its MAC does not match: written by someone without the key
  | 'record-missing' // the anchored record is gone: the trail was cut short
  | 'hash-differs'; // the anchored record's hash changed: the trail was rewritten and re-chained

export interface AnchorFinding {
  readonly line: number;
  readonly seq: number | null;
  readonly problem: AnchorProblem;
}

/** Parses one line of an anchor file; null when it is not a well-formed anchor. */
export function parseAnchor(line: string): AuditAnchor | null {
  try {
    const a = JSON.parse(line) as Partial<AuditAnchor>;
    const ok =
      typeof a.database === 'string' &&
      Number.isSafeInteger(a.seq) &&
      typeof a.hash === 'string' &&
      typeof a.anchoredAt === 'string' &&
      typeof a.keyId === 'string' &&
      typeof a.mac === 'string';
    return ok ? (a as AuditAnchor) : null;
  } catch {
    return null;
  }
}

/**
 * Every anchor line that does not hold: its own MAC (under its key), then the trail's record at its
 * seq. `hashAt` gives the trail's hash at a seq (undefined: no such record).
 */
export function checkAnchors(
  lines: readonly string[],
  database: string,
  macWith: (keyId: string) => ((input: string) => string) | undefined,
  hashAt: (seq: number) => string | undefined,
): AnchorFinding[] {
  const findings: AnchorFinding[] = [];
  lines.forEach((text, index) => {
    if (text.trim() === '') return;
    const line = index + 1;
    const anchor = parseAnchor(text);
    if (!anchor) return findings.push({ line, seq: null, problem: 'malformed' });
    const finding = (problem: AnchorProblem) => findings.push({ line, seq: anchor.seq, problem });
    if (anchor.database !== database) return finding('other-database');
    const mac = macWith(anchor.keyId);
    if (!mac) return finding('unknown-key');
    if (mac(anchorMacInput(anchor)) !== anchor.mac) return finding('forged');
    const hash = hashAt(anchor.seq);
    if (hash === undefined) return finding('record-missing');
    if (hash !== anchor.hash) return finding('hash-differs');
    return undefined;
  });
  return findings;
}
