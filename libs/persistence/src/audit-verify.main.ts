// `npm run audit:verify [-- --anchor]`: recomputes the whole audit chain with AUDIT_MAC_KEY (and the
// keys in AUDIT_MAC_PREVIOUS_KEYS), then checks every anchor in AUDIT_ANCHOR_DIR against it (ADR 0018).
// Exits 1 naming the first broken link and every anchor that does not hold. `--anchor` first appends
// the current head as an anchor (what the worker does every AUDIT_ANCHOR_INTERVAL_SECONDS).
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@cxzy/config';
import { AuditAnchorStore, databaseNameOf } from './audit/audit-anchor.store.js';
import { AuditChainKeys } from './audit/audit-chain-keys.js';
import { AuditRecordRepository } from './audit/audit-record.repository.js';
import { isIntact, verifyAuditTrail } from './audit/audit-trail-verification.js';
import { dataSourceOptions } from './data-source-options.js';

const { values } = parseArgs({ options: { anchor: { type: 'boolean', default: false } } });
const config = loadAppConfig();
const keys = AuditChainKeys.fromConfig(config);
const dataSource = new DataSource(dataSourceOptions(config.DATABASE_URL, 'cxzy-audit-verify', 2));
await dataSource.initialize();
try {
  const records = new AuditRecordRepository(dataSource, keys);
  const anchors = new AuditAnchorStore(config.AUDIT_ANCHOR_DIR, databaseNameOf(config.DATABASE_URL), keys);
  if (values.anchor) {
    const head = await records.head();
    if (head) console.log(`[audit] 已锚定 / anchored seq ${(await anchors.append(head)).seq} in ${anchors.file}`);
  }
  const verdict = await verifyAuditTrail(records, anchors, keys);
  const { chain } = verdict;
  if (chain.firstBroken) {
    console.error(
      `[audit] 审计链断裂 / chain broken at seq ${chain.firstBroken.seq} (${chain.firstBroken.problem}); ${chain.checked} records before it are intact`,
    );
  } else {
    console.log(`[audit] 审计链完整 / chain intact: ${chain.checked} records`);
  }
  for (const f of verdict.anchors.findings)
    console.error(
      `[audit] 锚点不符 / anchor mismatch: ${verdict.anchors.file} line ${f.line}${f.seq === null ? '' : ` (seq ${f.seq})`}: ${f.problem}`,
    );
  if (verdict.anchors.checked === 0)
    console.warn(`[audit] 无锚点 / no anchors in ${verdict.anchors.file}: the chain was checked against the key only`);
  else if (verdict.anchors.findings.length === 0)
    console.log(`[audit] 锚点一致 / ${verdict.anchors.checked} anchors match (${verdict.anchors.file})`);
  if (!isIntact(verdict)) process.exitCode = 1;
} finally {
  await dataSource.destroy();
}
