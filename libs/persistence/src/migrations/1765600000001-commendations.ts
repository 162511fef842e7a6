import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 学习先进 commendation rounds (issue 11): a round per grading unit, its nominations (with cited
 * evidence and their state), the vetting opinions of members and the public, and the approval
 * process that decided it.
 */
export class Commendations1765600000001 implements MigrationInterface {
  name = 'Commendations1765600000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE commendation_rounds (
        id uuid PRIMARY KEY,
        workflow_id text NOT NULL CONSTRAINT uq_commendation_rounds_workflow UNIQUE,
        grading_unit_id uuid NOT NULL REFERENCES organisations (id),
        title text NOT NULL,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
        definition_id uuid NOT NULL REFERENCES pipeline_definitions (id),
        definition_version integer NOT NULL,
        rules jsonb NOT NULL,
        phase varchar(16) NOT NULL CHECK (phase IN ('nominate', 'vet', 'publicise', 'decide', 'commended', 'rejected')),
        approval_process_id uuid NULL,
        launched_by text NOT NULL,
        launched_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE commendation_nominations (
        id uuid PRIMARY KEY,
        round_id uuid NOT NULL REFERENCES commendation_rounds (id),
        nominee_kind varchar(16) NOT NULL CHECK (nominee_kind IN ('organisation', 'member')),
        nominee_id uuid NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        reason text NOT NULL,
        evidence jsonb NOT NULL,
        state varchar(16) NOT NULL CHECK (state IN ('nominated', 'vetted', 'not-vetted', 'publicised', 'withdrawn',
          'approved', 'rejected', 'commended')),
        support_percent numeric(5, 2) NULL,
        nominated_by text NOT NULL,
        nominated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_commendation_nominee UNIQUE (round_id, nominee_kind, nominee_id)
      )`);
    await db.query(`
      CREATE TABLE commendation_opinions (
        id uuid PRIMARY KEY,
        nomination_id uuid NOT NULL REFERENCES commendation_nominations (id),
        source varchar(8) NOT NULL CHECK (source IN ('member', 'public')),
        stance varchar(8) NOT NULL CHECK (stance IN ('support', 'oppose', 'abstain')),
        comment text NULL,
        given_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_commendation_opinions ON commendation_opinions (nomination_id)`);
    await db.query(`
      CREATE TABLE commendation_objections (
        id uuid PRIMARY KEY,
        nomination_id uuid NOT NULL REFERENCES commendation_nominations (id),
        reason text NOT NULL,
        status varchar(8) NOT NULL CHECK (status IN ('open', 'upheld', 'rejected')),
        filed_at timestamptz NOT NULL DEFAULT now(),
        resolved_by text NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'commendation_objections',
      'commendation_opinions',
      'commendation_nominations',
      'commendation_rounds',
    ])
      await db.query(`DROP TABLE ${table}`);
  }
}
