import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The application role's rights (docs/security.md, "Database roles"), as one function the migration
 * runner calls after every run with the configured role's name — so tables added by later migrations
 * are granted too, and the rights are always exactly these:
 * - rows of every table: SELECT, INSERT, UPDATE, DELETE — never TRUNCATE, REFERENCES or TRIGGER;
 * - audit_records: SELECT and INSERT only (the triggers stay, but only the owner could switch them off);
 * - migrations: SELECT only (the API and worker check that the schema is current, and change nothing);
 * - sequences: USAGE and SELECT; the schema: USAGE, never CREATE (no DDL: not being the owner of any
 *   table, the role can neither ALTER nor DROP one, nor disable its triggers).
 */
export class ApplicationRoleGrants1766200000000 implements MigrationInterface {
  name = 'ApplicationRoleGrants1766200000000';

  async up(db: QueryRunner): Promise<void> {
    // PostgreSQL 15 already withholds CREATE on public from PUBLIC; a cluster upgraded from 14 may not.
    await db.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await db.query(`
      CREATE FUNCTION grant_application_role(app_role name) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', app_role);
        EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %I', app_role);
        EXECUTE format('REVOKE CREATE ON SCHEMA public FROM %I', app_role);
        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app_role);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app_role);
        EXECUTE format('REVOKE UPDATE, DELETE ON audit_records FROM %I', app_role);
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON migrations FROM %I', app_role);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app_role);
      END $$`);
    await db.query(`REVOKE ALL ON FUNCTION grant_application_role(name) FROM PUBLIC`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The role keeps the rights it was given; revoke them, or drop the role, by hand if wanted.
    await db.query(`DROP FUNCTION grant_application_role(name)`);
  }
}
