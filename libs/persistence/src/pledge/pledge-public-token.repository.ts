import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface PublicTokenRow {
  readonly id: string;
  readonly pledgeId: string;
  readonly expiresAt: Date;
  readonly usedAt: Date | null;
}

/** 群众评议 links: issued in bulk, each used once (locked and marked in the rating's transaction). */
@Injectable()
export class PledgePublicTokenRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    tokens: readonly { id: string; pledgeId: string; expiresAt: Date }[],
    issuedBy: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO pledge_public_tokens (id, pledge_id, expires_at, issued_by)
       SELECT unnest($1::uuid[]), unnest($2::uuid[]), unnest($3::timestamptz[]), $4`,
      [tokens.map((t) => t.id), tokens.map((t) => t.pledgeId), tokens.map((t) => t.expiresAt), issuedBy],
    );
  }

  /** The token row locked until the transaction ends, or null. */
  async lock(manager: EntityManager, id: string, pledgeId: string): Promise<PublicTokenRow | null> {
    const [row] = (await manager.query(
      'SELECT id, pledge_id, expires_at, used_at FROM pledge_public_tokens WHERE id = $1 AND pledge_id = $2 FOR UPDATE',
      [id, pledgeId],
    )) as { id: string; pledge_id: string; expires_at: Date; used_at: Date | null }[];
    return row ? { id: row.id, pledgeId: row.pledge_id, expiresAt: row.expires_at, usedAt: row.used_at } : null;
  }

  async markUsed(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE pledge_public_tokens SET used_at = now() WHERE id = $1 AND used_at IS NULL', [id]);
  }

  async countUnused(pledgeId: string): Promise<number> {
    const [{ n }] = (await this.dataSource.query(
      'SELECT count(*)::int AS n FROM pledge_public_tokens WHERE pledge_id = $1 AND used_at IS NULL',
      [pledgeId],
    )) as [{ n: number }];
    return n;
  }
}
