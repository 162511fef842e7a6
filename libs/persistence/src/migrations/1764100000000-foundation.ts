import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Foundation: the connectivity check and the in-app inbox. */
export class Foundation1764100000000 implements MigrationInterface {
  name = 'Foundation1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE smoke_checks (
        id uuid PRIMARY KEY,
        message text NOT NULL,
        requested_by text NOT NULL,
        status varchar(16) NOT NULL CHECK (status IN ('recorded', 'completed')),
        notice_id uuid NULL,
        recorded_at timestamptz NOT NULL,
        completed_at timestamptz NULL
      )`);
    await db.query(`
      CREATE TABLE inbox_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL,
        recipient text NOT NULL,
        title_zh_cn text NOT NULL,
        title_en text NOT NULL,
        body_zh_cn text NOT NULL,
        body_en text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz NULL,
        CONSTRAINT uq_inbox_notices_idempotency_key UNIQUE (idempotency_key)
      )`);
    await db.query(`CREATE INDEX ix_inbox_notices_recipient_created ON inbox_notices (recipient, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE inbox_notices`);
    await db.query(`DROP TABLE smoke_checks`);
  }
}
