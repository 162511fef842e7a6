import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notification channels: preferences, per-channel delivery records (and dead letters), live inbox. */
export class NotificationChannels1764500000000 implements MigrationInterface {
  name = 'NotificationChannels1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE inbox_notices ADD COLUMN link text NULL`);
    await db.query(
      `CREATE INDEX ix_inbox_notices_unread ON inbox_notices (recipient, created_at) WHERE read_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE notification_preferences (
        recipient text PRIMARY KEY,
        email text NULL,
        email_enabled boolean NOT NULL DEFAULT false,
        webhook_target text NULL,
        webhook_enabled boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_notification_preferences_email CHECK (NOT email_enabled OR email IS NOT NULL),
        CONSTRAINT ck_notification_preferences_webhook CHECK (NOT webhook_enabled OR webhook_target IS NOT NULL)
      )`);
    await db.query(`
      CREATE TABLE notification_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL,
        channel varchar(16) NOT NULL CHECK (channel IN ('email', 'webhook')),
        recipient text NOT NULL,
        status varchar(16) NOT NULL CHECK (status IN ('sending', 'sent', 'dead-lettered')),
        payload jsonb NOT NULL,
        last_error text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz NULL,
        dead_lettered_at timestamptz NULL,
        CONSTRAINT uq_notification_deliveries_key_channel UNIQUE (idempotency_key, channel)
      )`);
    await db.query(
      `CREATE INDEX ix_notification_deliveries_dead ON notification_deliveries (dead_lettered_at) WHERE status = 'dead-lettered'`,
    );
    // Every inbox insert, from any process, wakes the API processes that stream to that user (SSE).
    await db.query(`
      CREATE FUNCTION notify_inbox_notice() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('inbox_notice', json_build_object('id', NEW.id, 'recipient', NEW.recipient)::text);
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER tr_inbox_notices_notify AFTER INSERT ON inbox_notices
      FOR EACH ROW EXECUTE FUNCTION notify_inbox_notice()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER tr_inbox_notices_notify ON inbox_notices`);
    await db.query(`DROP FUNCTION notify_inbox_notice()`);
    await db.query(`DROP TABLE notification_deliveries`);
    await db.query(`DROP TABLE notification_preferences`);
    await db.query(`DROP INDEX ix_inbox_notices_unread`);
    await db.query(`ALTER TABLE inbox_notices DROP COLUMN link`);
  }
}
