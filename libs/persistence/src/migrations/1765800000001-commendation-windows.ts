import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 学习先进 (issue 11): the 考察 and 公示 windows close by themselves — the round keeps when its
 * current window ends (vetWorkingDays / publicityWorkingDays of its definition, on the 调休 calendar).
 */
export class CommendationWindows1765800000001 implements MigrationInterface {
  name = 'CommendationWindows1765800000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE commendation_rounds ADD COLUMN window_ends_at timestamptz NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE commendation_rounds DROP COLUMN window_ends_at`);
  }
}
