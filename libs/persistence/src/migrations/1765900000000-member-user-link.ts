import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members linked to users (issue 8, docs/security.md): a member acts only on their own pledges and
 * evaluations, so the member registry says which user each member is. At most one member per user
 * and one user per member; set by an administrator of the member's grading unit (audited).
 */
export class MemberUserLink1765900000000 implements MigrationInterface {
  name = 'MemberUserLink1765900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE members ADD COLUMN user_id uuid NULL CONSTRAINT uq_members_user UNIQUE REFERENCES users (id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE members DROP COLUMN user_id`);
  }
}
