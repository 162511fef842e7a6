import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { anchorMacInput, type AuditAnchor } from '@cxzy/domain';
import type { AuditChainKeys } from './audit-chain-keys.js';

/** The database a DATABASE_URL names: anchors are kept per database (test clones share a server). */
export const databaseNameOf = (databaseUrl: string): string =>
  decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || 'postgres';

/**
 * The anchor file of one database (ADR 0018): one JSON line per anchor, only ever appended (O_APPEND,
 * mode 600), in AUDIT_ANCHOR_DIR — outside the database, so the database roles cannot rewrite it.
 */
export class AuditAnchorStore {
  readonly file: string;

  constructor(
    directory: string,
    readonly database: string,
    private readonly keys: AuditChainKeys,
  ) {
    this.file = join(resolve(directory), `${database.replace(/[^A-Za-z0-9_.-]/g, '_')}.audit-anchors.jsonl`);
  }

  /** Appends the MAC'd head; returns the anchor written. */
  async append(head: { seq: number; hash: string }, at: Date = new Date()): Promise<AuditAnchor> {
    const unsigned = { database: this.database, seq: head.seq, hash: head.hash, anchoredAt: at.toISOString() };
    const anchor: AuditAnchor = {
      ...unsigned,
      keyId: this.keys.currentKeyId,
      mac: this.keys.mac(anchorMacInput(unsigned)),
    };
    await mkdir(resolve(this.file, '..'), { recursive: true, mode: 0o700 });
    // One write of one short line with O_APPEND: concurrent workers' lines do not interleave.
    await appendFile(this.file, `${JSON.stringify(anchor)}\n`, { flag: 'a', mode: 0o600 });
    return anchor;
  }

  /** The file's lines; none when there is no file yet. */
  async lines(): Promise<string[]> {
    try {
      return (await readFile(this.file, 'utf8')).split('\n');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }
}
