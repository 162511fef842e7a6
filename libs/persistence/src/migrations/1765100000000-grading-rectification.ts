import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 整改提高 and 考核验收: the branch projection keeps the plan's requirements, the plan, its review
 * and the progress reports; the acceptance of each branch is its own row, keyed by unit, year and
 * branch, because the NEXT round reads it (SPEC §6 rule 13): its launch stores a summary of the
 * previous year's acceptance on the round, and its branch views join the previous year's row.
 */
export class GradingRectification1765100000000 implements MigrationInterface {
  name = 'GradingRectification1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE round_branches
        ADD COLUMN plan_requirements jsonb NULL,
        ADD COLUMN rectification_plan jsonb NULL,
        ADD COLUMN plan_review jsonb NULL,
        ADD COLUMN progress_reports jsonb NOT NULL DEFAULT '[]'`);
    await db.query(`ALTER TABLE grading_rounds ADD COLUMN previous_round jsonb NULL`);
    await db.query(`
      CREATE TABLE grading_acceptances (
        round_id uuid NOT NULL REFERENCES grading_rounds (id),
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        grading_unit_id uuid NOT NULL REFERENCES organisations (id),
        round_year int NOT NULL,
        tier varchar(16) NULL,
        passed boolean NOT NULL,
        checks jsonb NOT NULL,
        indicator_comments jsonb NOT NULL,
        accepted_by text NOT NULL,
        accepted_on date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, organisation_id),
        CONSTRAINT uq_grading_acceptances_unit_year_branch UNIQUE (grading_unit_id, round_year, organisation_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE grading_acceptances`);
    await db.query(`ALTER TABLE grading_rounds DROP COLUMN previous_round`);
    await db.query(`
      ALTER TABLE round_branches
        DROP COLUMN plan_requirements, DROP COLUMN rectification_plan, DROP COLUMN plan_review,
        DROP COLUMN progress_reports`);
  }
}
