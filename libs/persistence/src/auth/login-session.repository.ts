import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Why a login session ended (the `end_reason` check constraint lists the same). */
export type SessionEndReason = 'logout' | 'refresh-reuse';

/**
 * 登录会话: one row per login. Its refresh tokens rotate inside it and its access tokens name it,
 * so ending it ends them all (ADR 0020).
 */
@Injectable()
export class LoginSessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async open(userId: string): Promise<string> {
    const [row] = (await this.dataSource.query(`INSERT INTO login_sessions (user_id) VALUES ($1) RETURNING id`, [
      userId,
    ])) as { id: string }[];
    return row!.id;
  }

  /** Whether `sessionId` is a session of `userId` that has not ended: one lookup by primary key. */
  async isLive(sessionId: string, userId: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM login_sessions WHERE id = $1 AND user_id = $2 AND ended_at IS NULL`,
      [sessionId, userId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Ends the session and revokes its refresh tokens, in one statement. */
  async end(sessionId: string, reason: SessionEndReason): Promise<void> {
    await this.dataSource.query(
      `WITH ended AS (
         UPDATE login_sessions SET ended_at = now(), end_reason = $2 WHERE id = $1 AND ended_at IS NULL RETURNING id
       )
       UPDATE refresh_tokens SET revoked_at = now() WHERE session_id = $1 AND revoked_at IS NULL`,
      [sessionId, reason],
    );
  }

  /** Ends every session of the user and revokes all their refresh tokens, in one statement. */
  async endAllOf(userId: string, reason: SessionEndReason): Promise<void> {
    await this.dataSource.query(
      `WITH ended AS (
         UPDATE login_sessions SET ended_at = now(), end_reason = $2 WHERE user_id = $1 AND ended_at IS NULL RETURNING id
       )
       UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId, reason],
    );
  }
}
