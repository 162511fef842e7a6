import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 佐证材料 of a branch's self-assessment (issue 10): files uploaded by the branch's secretary for a
 * round, stored in PostgreSQL (bytea, ≤ 10 MB each, checked by kind before storing), optionally
 * for one item of the indicator sheet; the self-assessment refers to them by id. Kept for the
 * record: no UPDATE or DELETE (the audit names each upload).
 */
export class SelfAssessmentEvidence1766100000000 implements MigrationInterface {
  name = 'SelfAssessmentEvidence1766100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE self_assessment_evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        item_key varchar(100) NULL,
        file_name varchar(255) NOT NULL,
        content_type varchar(120) NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
        content bytea NOT NULL,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (round_id, organisation_id) REFERENCES round_branches (round_id, organisation_id)
      )`);
    await db.query(
      `CREATE INDEX ix_self_assessment_evidence_branch ON self_assessment_evidence (round_id, organisation_id, uploaded_at)`,
    );
    await db.query(`
      CREATE FUNCTION self_assessment_evidence_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'self_assessment_evidence is append-only (% refused)', TG_OP USING ERRCODE = 'CX409';
      END $$`);
    await db.query(`
      CREATE TRIGGER tr_self_assessment_evidence_immutable BEFORE UPDATE OR DELETE ON self_assessment_evidence
      FOR EACH ROW EXECUTE FUNCTION self_assessment_evidence_immutable()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE self_assessment_evidence`);
    await db.query(`DROP FUNCTION self_assessment_evidence_immutable()`);
  }
}
