import { checkAnchors, parseAnchor, type AnchorFinding, type AuditChainProblem } from '@cxzy/domain';
import type { AuditAnchorStore } from './audit-anchor.store.js';
import type { AuditChainKeys } from './audit-chain-keys.js';
import type { AuditRecordRepository } from './audit-record.repository.js';

export interface AuditTrailVerdict {
  readonly chain: { checked: number; firstBroken: { seq: number; problem: AuditChainProblem } | null };
  readonly anchors: { file: string; checked: number; findings: AnchorFinding[] };
}

/** The chain recomputed with the keys, and every anchor checked against it (`npm run audit:verify`). */
export async function verifyAuditTrail(
  records: AuditRecordRepository,
  anchors: AuditAnchorStore,
  keys: AuditChainKeys,
): Promise<AuditTrailVerdict> {
  const chain = await records.verify();
  const lines = await anchors.lines();
  const seqs = lines.map(parseAnchor).flatMap((a) => (a ? [a.seq] : []));
  const hashes = await records.hashesAt([...new Set(seqs)]);
  const findings = checkAnchors(
    lines,
    anchors.database,
    (id) => keys.macWith(id),
    (seq) => hashes.get(seq),
  );
  return { chain, anchors: { file: anchors.file, checked: seqs.length, findings } };
}

export const isIntact = (verdict: AuditTrailVerdict): boolean =>
  verdict.chain.firstBroken === null && verdict.anchors.findings.length === 0;
