import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 晋位升级 rounds (one per grading unit and year) and the branch projection the API reads: the
 * workflows write it through activities, so progress never needs a scan of workflow histories.
 */
export class GradingRounds1764800000000 implements MigrationInterface {
  name = 'GradingRounds1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE grading_rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        grading_unit_id uuid NOT NULL REFERENCES organisations (id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2999),
        workflow_id text NOT NULL CONSTRAINT uq_grading_rounds_workflow UNIQUE,
        state varchar(32) NOT NULL,
        definition_ids jsonb NOT NULL,
        deploy_on date NOT NULL,
        deploy_override_reason text NULL,
        launched_by text NOT NULL,
        launched_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_grading_rounds_unit_year UNIQUE (grading_unit_id, year)
      )`);
    await db.query(`
      CREATE TABLE round_branches (
        round_id uuid NOT NULL REFERENCES grading_rounds (id),
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        sector_code varchar(40) NOT NULL,
        definition_id uuid NOT NULL REFERENCES pipeline_definitions (id),
        state varchar(32) NOT NULL,
        self_assessment jsonb NULL,
        appraisal jsonb NULL,
        superior_rating jsonb NULL,
        proposed_tier varchar(16) NULL,
        final_tier varchar(16) NULL,
        reasons jsonb NOT NULL DEFAULT '[]',
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, organisation_id)
      )`);
    await db.query(`CREATE INDEX ix_round_branches_progress ON round_branches (round_id, sector_code, state)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE round_branches`);
    await db.query(`DROP TABLE grading_rounds`);
  }
}
