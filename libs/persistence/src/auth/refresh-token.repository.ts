import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returnedRows } from './returned-rows.util.js';

export interface StoredRefreshToken {
  readonly id: string;
  readonly userId: string;
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
}

/** Refresh tokens are stored as SHA-256 hashes only: a database leak does not leak sessions. */
@Injectable()
export class RefreshTokenRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(userId: string, tokenHash: string, expiresAt: Date): Promise<string> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO refresh_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, $3) RETURNING id`,
      [userId, tokenHash, expiresAt],
    )) as { id: string }[];
    return row!.id;
  }

  async findByHash(tokenHash: string): Promise<StoredRefreshToken | null> {
    const [row] = (await this.dataSource.query(
      `SELECT id, user_id, expires_at, revoked_at FROM refresh_tokens WHERE token_hash = $1`,
      [tokenHash],
    )) as { id: string; user_id: string; expires_at: Date; revoked_at: Date | null }[];
    return row ? { id: row.id, userId: row.user_id, expiresAt: row.expires_at, revokedAt: row.revoked_at } : null;
  }

  /** Revokes `id` if still live; false when it was already revoked (a concurrent refresh won). */
  async revoke(id: string, replacedBy: string | null = null): Promise<boolean> {
    const rows = returnedRows(
      await this.dataSource.query(
        `UPDATE refresh_tokens SET revoked_at = now(), replaced_by = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
        [id, replacedBy],
      ),
    );
    return rows.length > 0;
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }
}
