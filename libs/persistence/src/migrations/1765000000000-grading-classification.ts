import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 分类定级 of a round: member and public appraisals, the facts the vetoes read, the proposed and
 * final tiers with their reasons, objections during publicity, and the round's accepted actions
 * (their idempotency keys survive the workflow's continue-as-new).
 */
export class GradingClassification1765000000000 implements MigrationInterface {
  name = 'GradingClassification1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE grading_rounds
        ADD COLUMN publicity_ends_at timestamptz NULL,
        ADD COLUMN approved_by text NULL,
        ADD COLUMN quota_groups jsonb NULL`);
    await db.query(`
      ALTER TABLE round_branches
        ADD COLUMN public_base int NOT NULL DEFAULT 0 CHECK (public_base >= 0),
        ADD COLUMN facts jsonb NULL,
        ADD COLUMN score numeric(5, 2) NULL,
        ADD COLUMN rank int NULL,
        ADD COLUMN score_tier varchar(16) NULL,
        ADD COLUMN explanation jsonb NULL,
        ADD COLUMN tier_signalled_at timestamptz NULL`);
    await db.query(`
      CREATE TABLE grading_appraisals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        rater_kind varchar(8) NOT NULL CHECK (rater_kind IN ('member', 'public')),
        -- the member's username, or the spent rating token's id: one appraisal each
        rater_ref text NOT NULL,
        scores jsonb NOT NULL,
        total numeric(5, 2) NOT NULL CHECK (total BETWEEN 0 AND 100),
        satisfied boolean NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (round_id, organisation_id) REFERENCES round_branches (round_id, organisation_id),
        CONSTRAINT uq_grading_appraisals_rater UNIQUE (round_id, organisation_id, rater_kind, rater_ref)
      )`);
    await db.query(`
      CREATE TABLE grading_objections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        filed_via varchar(16) NOT NULL CHECK (filed_via IN ('branch-secretary', 'member', 'public')),
        filed_by text NOT NULL,
        real_name text NOT NULL,
        contact text NOT NULL,
        reason text NOT NULL,
        filed_on date NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'upheld', 'rejected')),
        decided_by text NULL,
        decided_on date NULL,
        note text NULL,
        regrade jsonb NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (round_id, organisation_id) REFERENCES round_branches (round_id, organisation_id)
      )`);
    await db.query(`CREATE INDEX ix_grading_objections_round ON grading_objections (round_id, status)`);
    await db.query(`
      CREATE TABLE grading_round_actions (
        round_id uuid NOT NULL REFERENCES grading_rounds (id),
        idempotency_key text NOT NULL,
        action varchar(40) NOT NULL,
        result jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, idempotency_key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE grading_round_actions`);
    await db.query(`DROP TABLE grading_objections`);
    await db.query(`DROP TABLE grading_appraisals`);
    await db.query(`
      ALTER TABLE round_branches DROP COLUMN public_base, DROP COLUMN facts, DROP COLUMN score, DROP COLUMN rank,
        DROP COLUMN score_tier, DROP COLUMN explanation, DROP COLUMN tier_signalled_at`);
    await db.query(
      `ALTER TABLE grading_rounds DROP COLUMN publicity_ends_at, DROP COLUMN approved_by, DROP COLUMN quota_groups`,
    );
  }
}
