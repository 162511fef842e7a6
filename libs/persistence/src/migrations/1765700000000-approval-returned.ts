import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 退回发起人: an approval embedded in a process with an origin step (a pledge's 提出承诺) may be
 * returned to its submitter until the owner re-submits it — status 'returned' (ADR 0014).
 */
export class ApprovalReturned1765700000000 implements MigrationInterface {
  name = 'ApprovalReturned1765700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE approval_processes DROP CONSTRAINT approval_processes_status_check`);
    await db.query(`ALTER TABLE approval_processes ADD CONSTRAINT approval_processes_status_check
      CHECK (status IN ('running', 'approved', 'rejected', 'withdrawn', 'returned'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE approval_processes DROP CONSTRAINT approval_processes_status_check`);
    await db.query(`ALTER TABLE approval_processes ADD CONSTRAINT approval_processes_status_check
      CHECK (status IN ('running', 'approved', 'rejected', 'withdrawn'))`);
  }
}
