import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returnedRows } from './returned-rows.util.js';

/**
 * Failed logins counted per login name — whether or not a user has it, so an unknown name is
 * answered and locked exactly like an account (issue #22, ADR 0020). A name's count starts again
 * after `forgetAfterMinutes` without a failure; those rows (and no locked one) are pruned.
 */
@Injectable()
export class LoginFailureRepository {
  constructor(private readonly dataSource: DataSource) {}

  async lockedUntil(loginName: string): Promise<Date | null> {
    const [row] = (await this.dataSource.query(`SELECT locked_until FROM login_failures WHERE login_name = $1`, [
      loginName,
    ])) as { locked_until: Date | null }[];
    return row?.locked_until ?? null;
  }

  /** Counts a failure atomically (concurrent wrong guesses all count); returns the count in a row. */
  async recordFailure(loginName: string, forgetAfterMinutes: number): Promise<number> {
    await this.dataSource.query(
      `DELETE FROM login_failures
       WHERE last_failed_at < now() - make_interval(mins => $1) AND (locked_until IS NULL OR locked_until < now())`,
      [forgetAfterMinutes],
    );
    const [row] = returnedRows<{ failed_attempts: number }>(
      await this.dataSource.query(
        `INSERT INTO login_failures (login_name, failed_attempts) VALUES ($1, 1)
         ON CONFLICT (login_name) DO UPDATE SET failed_attempts = login_failures.failed_attempts + 1, last_failed_at = now()
         RETURNING failed_attempts`,
        [loginName],
      ),
    );
    return row?.failed_attempts ?? 0;
  }

  async lock(loginName: string, until: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE login_failures SET locked_until = $2, failed_attempts = 0 WHERE login_name = $1`,
      [loginName, until],
    );
  }

  /** A successful login, or a password set: the name starts again with no failure and no lock. */
  async clear(loginName: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failures WHERE login_name = $1`, [loginName]);
  }
}
