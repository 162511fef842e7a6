import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Passwords (bcrypt) with lockout counters, rotating refresh tokens, the public's single-use rating tokens. */
export class Authentication1764900000000 implements MigrationInterface {
  name = 'Authentication1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE user_credentials (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        password_hash text NOT NULL,
        failed_attempts int NOT NULL DEFAULT 0,
        locked_until timestamptz NULL,
        password_changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz NULL,
        replaced_by uuid NULL
      )`);
    await db.query(`CREATE INDEX ix_refresh_tokens_user ON refresh_tokens (user_id) WHERE revoked_at IS NULL`);
    await db.query(`
      CREATE TABLE rating_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_ref text NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz NULL
      )`);
    await db.query(`CREATE INDEX ix_rating_tokens_evaluation ON rating_tokens (evaluation_ref)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rating_tokens`);
    await db.query(`DROP TABLE refresh_tokens`);
    await db.query(`DROP TABLE user_credentials`);
  }
}
