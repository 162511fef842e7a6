import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returnedRows } from './returned-rows.util.js';

export interface StoredCredential {
  readonly userId: string;
  readonly username: string;
  readonly passwordHash: string;
  readonly lockedUntil: Date | null;
}

@Injectable()
export class CredentialRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findByUsername(username: string): Promise<StoredCredential | null> {
    const [row] = (await this.dataSource.query(
      `SELECT u.id AS user_id, u.username, c.password_hash, c.locked_until
       FROM users u JOIN user_credentials c ON c.user_id = u.id WHERE u.username = $1`,
      [username],
    )) as { user_id: string; username: string; password_hash: string; locked_until: Date | null }[];
    return row
      ? { userId: row.user_id, username: row.username, passwordHash: row.password_hash, lockedUntil: row.locked_until }
      : null;
  }

  /** Sets the password and clears any lockout; false when the user does not exist. */
  async setPassword(username: string, passwordHash: string): Promise<boolean> {
    const rows = returnedRows(
      await this.dataSource.query(
        `INSERT INTO user_credentials (user_id, password_hash)
       SELECT id, $2 FROM users WHERE username = $1
       ON CONFLICT (user_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, failed_attempts = 0,
         locked_until = NULL, password_changed_at = now()
       RETURNING user_id`,
        [username, passwordHash],
      ),
    );
    return rows.length > 0;
  }

  /** Counts a failure atomically (concurrent wrong guesses all count); returns the count in a row. */
  async recordFailure(userId: string): Promise<number> {
    const [row] = returnedRows<{ failed_attempts: number }>(
      await this.dataSource.query(
        `UPDATE user_credentials SET failed_attempts = failed_attempts + 1 WHERE user_id = $1 RETURNING failed_attempts`,
        [userId],
      ),
    );
    return row?.failed_attempts ?? 0;
  }

  async lock(userId: string, until: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE user_credentials SET locked_until = $2, failed_attempts = 0 WHERE user_id = $1`,
      [userId, until],
    );
  }

  async recordSuccess(userId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE user_credentials SET failed_attempts = 0, locked_until = NULL WHERE user_id = $1`,
      [userId],
    );
  }
}
