import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE), hash-chained. */
export class AuditTrail1764600000000 implements MigrationInterface {
  name = 'AuditTrail1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_records (
        seq bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        request_id text NULL,
        actor_id text NOT NULL,
        actor_role text NULL,
        actor_org text NULL,
        action text NOT NULL,
        object_type text NOT NULL,
        object_id text NOT NULL,
        before jsonb NULL,
        after jsonb NULL,
        result varchar(16) NOT NULL CHECK (result IN ('success', 'refused')),
        reason text NULL,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL UNIQUE
      )`);
    await db.query(`CREATE INDEX ix_audit_records_object ON audit_records (object_type, object_id, seq)`);
    await db.query(`CREATE INDEX ix_audit_records_actor ON audit_records (actor_id, seq)`);
    await db.query(`CREATE INDEX ix_audit_records_occurred ON audit_records (occurred_at)`);
    await db.query(`
      CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_records is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER tr_audit_records_append_only BEFORE UPDATE OR DELETE ON audit_records
      FOR EACH ROW EXECUTE FUNCTION refuse_audit_change()`);
    await db.query(`
      CREATE TRIGGER tr_audit_records_no_truncate BEFORE TRUNCATE ON audit_records
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_records`);
    await db.query(`DROP FUNCTION refuse_audit_change()`);
  }
}
