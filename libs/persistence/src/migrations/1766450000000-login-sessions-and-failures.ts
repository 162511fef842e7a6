import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #22 (ADR 0020). `login_sessions`: one row per login; its refresh tokens rotate inside it and
 * its access tokens name it (`sid`), so logging out or a refresh-token reuse ends the access tokens
 * too. `login_failures`: failed logins counted per login name, known or not, so an unknown name is
 * locked exactly like an account (the counters leave `user_credentials`).
 */
export class LoginSessionsAndFailures1766450000000 implements MigrationInterface {
  name = 'LoginSessionsAndFailures1766450000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE login_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        started_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz NULL,
        end_reason text NULL CHECK (end_reason IN ('logout', 'refresh-reuse', 'revoked-before-sessions')),
        CHECK ((ended_at IS NULL) = (end_reason IS NULL))
      )`);
    await db.query(`CREATE INDEX ix_login_sessions_user ON login_sessions (user_id) WHERE ended_at IS NULL`);
    // Each refresh token issued before sessions existed becomes a session of its own.
    await db.query(`
      INSERT INTO login_sessions (id, user_id, started_at, ended_at, end_reason)
      SELECT id, user_id, issued_at, revoked_at, CASE WHEN revoked_at IS NULL THEN NULL ELSE 'revoked-before-sessions' END
      FROM refresh_tokens`);
    await db.query(
      `ALTER TABLE refresh_tokens ADD COLUMN session_id uuid NULL REFERENCES login_sessions (id) ON DELETE CASCADE`,
    );
    await db.query(`UPDATE refresh_tokens SET session_id = id`);
    await db.query(`ALTER TABLE refresh_tokens ALTER COLUMN session_id SET NOT NULL`);
    await db.query(`CREATE INDEX ix_refresh_tokens_session ON refresh_tokens (session_id) WHERE revoked_at IS NULL`);

    await db.query(`
      CREATE TABLE login_failures (
        login_name text PRIMARY KEY,
        failed_attempts int NOT NULL,
        last_failed_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz NULL
      )`);
    await db.query(`CREATE INDEX ix_login_failures_last ON login_failures (last_failed_at)`);
    await db.query(`
      INSERT INTO login_failures (login_name, failed_attempts, locked_until)
      SELECT u.username, c.failed_attempts, c.locked_until
      FROM user_credentials c JOIN users u ON u.id = c.user_id
      WHERE c.failed_attempts > 0 OR c.locked_until > now()`);
    await db.query(`ALTER TABLE user_credentials DROP COLUMN failed_attempts, DROP COLUMN locked_until`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE user_credentials ADD COLUMN failed_attempts int NOT NULL DEFAULT 0,
        ADD COLUMN locked_until timestamptz NULL`);
    await db.query(`
      UPDATE user_credentials c SET failed_attempts = f.failed_attempts, locked_until = f.locked_until
      FROM login_failures f JOIN users u ON u.username = f.login_name WHERE u.id = c.user_id`);
    await db.query(`DROP TABLE login_failures`);
    await db.query(`ALTER TABLE refresh_tokens DROP COLUMN session_id`);
    await db.query(`DROP TABLE login_sessions`);
  }
}
