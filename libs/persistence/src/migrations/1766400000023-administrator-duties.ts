import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 三员分立 (ADR 0023): the security and audit administrators become roles a user may hold, and the
 * database itself refuses a user holding two of the three administrator duties (the API refuses it
 * first, with a message; this catches any other writer). Saving a user replaces its roles in one
 * transaction that first locks the user's row (the upsert), so two saves of one user never pass the
 * trigger side by side.
 */
export class AdministratorDuties1766400000023 implements MigrationInterface {
  name = 'AdministratorDuties1766400000023';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE user_roles DROP CONSTRAINT user_roles_role_check`);
    await db.query(`
      ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_check CHECK (role IN (
        'administrator', 'supervisor', 'branch-secretary', 'member', 'security-administrator', 'audit-administrator'))`);
    await db.query(`
      CREATE FUNCTION user_roles_duties_separated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.role IN ('administrator', 'security-administrator', 'audit-administrator') AND EXISTS (
          SELECT 1 FROM user_roles r
          WHERE r.user_id = NEW.user_id AND r.role <> NEW.role
            AND r.role IN ('administrator', 'security-administrator', 'audit-administrator')
        ) THEN
          RAISE EXCEPTION 'separation of duties: user % would hold two administrator duties', NEW.user_id
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER user_roles_duties_separated BEFORE INSERT OR UPDATE ON user_roles
      FOR EACH ROW EXECUTE FUNCTION user_roles_duties_separated()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER user_roles_duties_separated ON user_roles`);
    await db.query(`DROP FUNCTION user_roles_duties_separated()`);
    await db.query(`DELETE FROM user_roles WHERE role IN ('security-administrator', 'audit-administrator')`);
    await db.query(`ALTER TABLE user_roles DROP CONSTRAINT user_roles_role_check`);
    await db.query(`
      ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_check
      CHECK (role IN ('administrator', 'supervisor', 'branch-secretary', 'member'))`);
  }
}
