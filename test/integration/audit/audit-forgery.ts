import { spawnSync } from 'node:child_process';
import { AUDIT_GENESIS_HASH, chainInput, UNKEYED_CHAIN, type AuditEntry, type ChainedAuditRecord } from '@cxzy/domain';
import { sha256Hex } from '@cxzy/persistence';
import type { TestDatabase } from '../../support/test-database.js';

const repoRoot = new URL('../../../', import.meta.url);

/** The trail as the owner reads it, oldest first, shaped as the chain code sees it. */
export async function trailOf(db: TestDatabase): Promise<ChainedAuditRecord[]> {
  const rows = await db.query<Record<string, unknown>>('SELECT * FROM audit_records ORDER BY seq');
  return rows.map((r) => ({
    seq: Number(r['seq']),
    occurredAt: (r['occurred_at'] as Date).toISOString(),
    requestId: r['request_id'] as string | null,
    actorId: r['actor_id'] as string,
    actorRole: r['actor_role'] as string | null,
    actorOrg: r['actor_org'] as string | null,
    action: r['action'] as string,
    objectType: r['object_type'] as string,
    objectId: r['object_id'] as string,
    before: r['before'] ?? null,
    after: r['after'] ?? null,
    result: r['result'] as AuditEntry['result'],
    reason: r['reason'] as string | null,
    chainVersion: r['chain_version'] as string,
    prevHash: r['prev_hash'] as string,
    hash: r['hash'] as string,
  }));
}

const entryOf = ({ seq: _s, chainVersion: _v, prevHash: _p, hash: _h, ...entry }: ChainedAuditRecord): AuditEntry =>
  entry;

/** Inserts records as they were made before the key: plain SHA-256, labelled so (as the owner). */
export async function insertUnkeyed(db: TestDatabase, entries: AuditEntry[]): Promise<void> {
  let prevHash = AUDIT_GENESIS_HASH;
  for (const entry of entries) {
    const hash = sha256Hex(chainInput(UNKEYED_CHAIN, prevHash, entry));
    await db.query(
      `INSERT INTO audit_records (occurred_at, request_id, actor_id, actor_role, actor_org, action, object_type,
         object_id, before, after, result, reason, chain_version, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        entry.occurredAt,
        entry.requestId,
        entry.actorId,
        entry.actorRole,
        entry.actorOrg,
        entry.action,
        entry.objectType,
        entry.objectId,
        JSON.stringify(entry.before),
        JSON.stringify(entry.after),
        entry.result,
        entry.reason,
        UNKEYED_CHAIN,
        prevHash,
        hash,
      ],
    );
    prevHash = hash;
  }
}

/**
 * What a database superuser without the key can do: switch the trigger off, edit the record at
 * `seq`, and chain it and everything after it again with plain SHA-256 — keeping each record's
 * label, or relabelling them as records from before the key.
 */
export async function editAndRechain(
  db: TestDatabase,
  seq: number,
  edit: Partial<AuditEntry>,
  label: 'keep' | 'unkeyed',
): Promise<void> {
  const trail = await trailOf(db);
  const from = trail.findIndex((r) => r.seq === seq);
  let prevHash = from === 0 ? AUDIT_GENESIS_HASH : trail[from - 1]!.hash;
  await db.query('ALTER TABLE audit_records DISABLE TRIGGER tr_audit_records_append_only');
  try {
    for (const record of trail.slice(from)) {
      const entry = record.seq === seq ? { ...entryOf(record), ...edit } : entryOf(record);
      const chainVersion = label === 'keep' ? record.chainVersion : UNKEYED_CHAIN;
      const hash = sha256Hex(chainInput(chainVersion, prevHash, entry));
      await db.query(
        `UPDATE audit_records SET actor_id = $2, chain_version = $3, prev_hash = $4, hash = $5 WHERE seq = $1`,
        [record.seq, entry.actorId, chainVersion, prevHash, hash],
      );
      prevHash = hash;
    }
  } finally {
    await db.query('ALTER TABLE audit_records ENABLE TRIGGER tr_audit_records_append_only');
  }
}

/** Puts rows back as they were (the owner, trigger off): each test starts from the intact trail. */
export async function restore(db: TestDatabase, rows: ChainedAuditRecord[]): Promise<void> {
  await db.query('ALTER TABLE audit_records DISABLE TRIGGER tr_audit_records_append_only');
  try {
    for (const r of rows)
      await db.query(
        `UPDATE audit_records SET actor_id = $2, chain_version = $3, prev_hash = $4, hash = $5 WHERE seq = $1`,
        [r.seq, r.actorId, r.chainVersion, r.prevHash, r.hash],
      );
  } finally {
    await db.query('ALTER TABLE audit_records ENABLE TRIGGER tr_audit_records_append_only');
  }
}

/** `npm run audit:verify` itself, as a child process. */
export function runAuditVerify(env: Record<string, string>, args: string[] = []) {
  return spawnSync(
    process.execPath,
    ['--import', './scripts/devkit/ts-runtime/register.mjs', 'libs/persistence/src/audit-verify.main.ts', ...args],
    { cwd: repoRoot, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 },
  );
}
