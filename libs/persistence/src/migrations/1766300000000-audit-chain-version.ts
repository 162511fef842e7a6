import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which algorithm and key made each audit record's hash (ADR 0018): 'sha256' for the records made
 * before the chain was keyed (they keep verifying as they are), 'hmac-sha256:<key id>' from now on.
 * Adding the column rewrites no row (a constant default), so the append-only triggers are not involved.
 */
export class AuditChainVersion1766300000000 implements MigrationInterface {
  name = 'AuditChainVersion1766300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_records ADD COLUMN chain_version text NOT NULL DEFAULT 'sha256'`);
    // New records say how they were chained: no default to fall back on.
    await db.query(`ALTER TABLE audit_records ALTER COLUMN chain_version DROP DEFAULT`);
    await db.query(`
      ALTER TABLE audit_records ADD CONSTRAINT ck_audit_records_chain_version
      CHECK (chain_version = 'sha256' OR chain_version ~ '^hmac-sha256:[A-Za-z0-9_.-]{1,32}$')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_records DROP COLUMN chain_version`);
  }
}
