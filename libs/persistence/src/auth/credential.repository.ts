import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returnedRows } from './returned-rows.util.js';

export interface StoredCredential {
  readonly userId: string;
  readonly username: string;
  readonly passwordHash: string;
}

/** Password hashes (bcrypt). Failed logins are counted per login name (`LoginFailureRepository`). */
@Injectable()
export class CredentialRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findByUsername(username: string): Promise<StoredCredential | null> {
    const [row] = (await this.dataSource.query(
      `SELECT u.id AS user_id, u.username, c.password_hash
       FROM users u JOIN user_credentials c ON c.user_id = u.id WHERE u.username = $1`,
      [username],
    )) as { user_id: string; username: string; password_hash: string }[];
    return row ? { userId: row.user_id, username: row.username, passwordHash: row.password_hash } : null;
  }

  /** Sets the password; false when the user does not exist. */
  async setPassword(username: string, passwordHash: string): Promise<boolean> {
    const rows = returnedRows(
      await this.dataSource.query(
        `INSERT INTO user_credentials (user_id, password_hash)
       SELECT id, $2 FROM users WHERE username = $1
       ON CONFLICT (user_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, password_changed_at = now()
       RETURNING user_id`,
        [username, passwordHash],
      ),
    );
    return rows.length > 0;
  }
}
