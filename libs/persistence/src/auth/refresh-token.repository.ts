import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returnedRows } from './returned-rows.util.js';

export interface StoredRefreshToken {
  readonly id: string;
  readonly userId: string;
  /** The login session it belongs to (ADR 0020): rotation keeps it, logout ends it. */
  readonly sessionId: string;
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
  /** The token that replaced it when it was rotated; null while live, or when revoked by a logout. */
  readonly replacedBy: string | null;
}

/** Refresh tokens are stored as SHA-256 hashes only: a database leak does not leak sessions. */
@Injectable()
export class RefreshTokenRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(userId: string, sessionId: string, tokenHash: string, expiresAt: Date): Promise<string> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO refresh_tokens (user_id, session_id, token_hash, expires_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [userId, sessionId, tokenHash, expiresAt],
    )) as { id: string }[];
    return row!.id;
  }

  async findByHash(tokenHash: string): Promise<StoredRefreshToken | null> {
    const [row] = (await this.dataSource.query(
      `SELECT id, user_id, session_id, expires_at, revoked_at, replaced_by FROM refresh_tokens WHERE token_hash = $1`,
      [tokenHash],
    )) as {
      id: string;
      user_id: string;
      session_id: string;
      expires_at: Date;
      revoked_at: Date | null;
      replaced_by: string | null;
    }[];
    return row
      ? {
          id: row.id,
          userId: row.user_id,
          sessionId: row.session_id,
          expiresAt: row.expires_at,
          revokedAt: row.revoked_at,
          replacedBy: row.replaced_by,
        }
      : null;
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
}
