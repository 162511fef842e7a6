import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 党员承诺践诺 (issue 6): the pledge projection the pledge workflow writes, the 承诺台账 ledger (lines
 * immutable: a trigger refuses UPDATE, DELETE and TRUNCATE; an amendment is a new version line),
 * progress reports, evaluations and the public board.
 */
export class Pledges1764700000000 implements MigrationInterface {
  name = 'Pledges1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE pledges (
        id uuid PRIMARY KEY,
        workflow_id text NOT NULL CONSTRAINT uq_pledges_workflow UNIQUE,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
        kind varchar(16) NOT NULL CHECK (kind IN ('annual', 'instant')),
        form varchar(16) NOT NULL CHECK (form IN ('individual', 'collective', 'with-public')),
        pledger_kind varchar(16) NOT NULL CHECK (pledger_kind IN ('member', 'branch')),
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        member_id uuid NULL REFERENCES members (id),
        member_ids uuid[] NOT NULL DEFAULT '{}',
        items jsonb NOT NULL,
        trigger jsonb NULL,
        leads text[] NOT NULL DEFAULT '{}',
        due_date date NULL,
        definition_id uuid NOT NULL REFERENCES pipeline_definitions (id),
        definition_version integer NOT NULL,
        state varchar(16) NOT NULL
          CHECK (state IN ('proposed', 'returned', 'approved', 'fulfilling', 'evaluating', 'evaluated', 'closed')),
        -- Transitions applied so far: an activity retried after its commit finds seq already there.
        seq integer NOT NULL DEFAULT 0,
        return_reason text NULL,
        result jsonb NULL,
        feedback text NULL,
        proposed_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_pledges_member CHECK ((pledger_kind = 'member') = (member_id IS NOT NULL)),
        CONSTRAINT ck_pledges_trigger CHECK ((kind = 'instant') = (trigger IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX ix_pledges_organisation ON pledges (organisation_id, year, state)`);
    await db.query(`CREATE INDEX ix_pledges_member ON pledges (member_id, year)`);
    await db.query(`CREATE INDEX ix_pledges_member_ids ON pledges USING gin (member_ids)`);

    // 党组织承诺与党员承诺结合: a branch pledge links member pledges.
    await db.query(`
      CREATE TABLE pledge_links (
        branch_pledge_id uuid NOT NULL REFERENCES pledges (id),
        member_pledge_id uuid NOT NULL REFERENCES pledges (id),
        PRIMARY KEY (branch_pledge_id, member_pledge_id),
        CONSTRAINT ck_pledge_links_distinct CHECK (branch_pledge_id <> member_pledge_id)
      )`);

    await db.query(`
      CREATE TABLE pledge_ledger_lines (
        id bigserial PRIMARY KEY,
        pledge_id uuid NOT NULL REFERENCES pledges (id),
        version integer NOT NULL CHECK (version >= 1),
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        year integer NOT NULL,
        kind varchar(16) NOT NULL,
        form varchar(16) NOT NULL,
        pledger_kind varchar(16) NOT NULL,
        pledger_names text[] NOT NULL,
        items jsonb NOT NULL,
        trigger_reference text NULL,
        due_date date NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        amendment_reason text NULL,
        CONSTRAINT uq_pledge_ledger_version UNIQUE (pledge_id, version),
        CONSTRAINT ck_pledge_ledger_amendment CHECK ((version = 1) = (amendment_reason IS NULL))
      )`);
    await db.query(`CREATE INDEX ix_pledge_ledger_organisation ON pledge_ledger_lines (organisation_id, year, id)`);
    await db.query(`
      CREATE FUNCTION refuse_pledge_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'pledge_ledger_lines are immutable: an amendment is a new version (% refused)', TG_OP
          USING ERRCODE = 'CX409';
      END $$`);
    await db.query(`
      CREATE TRIGGER tr_pledge_ledger_immutable BEFORE UPDATE OR DELETE ON pledge_ledger_lines
      FOR EACH ROW EXECUTE FUNCTION refuse_pledge_ledger_change()`);
    await db.query(`
      CREATE TRIGGER tr_pledge_ledger_no_truncate BEFORE TRUNCATE ON pledge_ledger_lines
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_pledge_ledger_change()`);

    await db.query(`
      CREATE TABLE pledge_progress_reports (
        pledge_id uuid NOT NULL REFERENCES pledges (id),
        seq integer NOT NULL,
        reported_by text NOT NULL,
        note text NOT NULL,
        evidence text[] NOT NULL DEFAULT '{}',
        percent smallint NOT NULL CHECK (percent BETWEEN 0 AND 100),
        reported_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (pledge_id, seq)
      )`);

    await db.query(`
      CREATE TABLE pledge_evaluations (
        pledge_id uuid NOT NULL REFERENCES pledges (id),
        source varchar(16) NOT NULL CHECK (source IN ('self', 'peer', 'public', 'leader')),
        evaluator_id text NOT NULL,
        score numeric(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
        comment text NULL,
        achievements text NULL,
        problems_and_direction text NULL,
        evaluated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (pledge_id, source, evaluator_id),
        CONSTRAINT ck_pledge_evaluations_leader CHECK (
          source <> 'leader' OR (achievements IS NOT NULL AND problems_and_direction IS NOT NULL))
      )`);

    // 公开承诺: what a public page or an e-display reads. Names and organisation only (SPEC §6 rule 21).
    await db.query(`
      CREATE TABLE pledge_board_entries (
        pledge_id uuid PRIMARY KEY REFERENCES pledges (id),
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        organisation_name text NOT NULL,
        pledger_names text[] NOT NULL,
        year integer NOT NULL,
        kind varchar(16) NOT NULL,
        items text[] NOT NULL,
        scope varchar(16) NOT NULL CHECK (scope IN ('party', 'public')),
        approved_by text NOT NULL,
        published_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        CONSTRAINT ck_pledge_board_expiry CHECK (expires_at > published_at)
      )`);
    await db.query(`CREATE INDEX ix_pledge_board_organisation ON pledge_board_entries (organisation_id, published_at)`);

    // 群众评议: one row per signed link; a link rates one pledge once (used_at set in the rating's transaction).
    await db.query(`
      CREATE TABLE pledge_public_tokens (
        id uuid PRIMARY KEY,
        pledge_id uuid NOT NULL REFERENCES pledges (id),
        expires_at timestamptz NOT NULL,
        issued_by text NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz NULL
      )`);
    await db.query(`CREATE INDEX ix_pledge_public_tokens_pledge ON pledge_public_tokens (pledge_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE pledge_public_tokens`);
    await db.query(`DROP TABLE pledge_board_entries`);
    await db.query(`DROP TABLE pledge_evaluations`);
    await db.query(`DROP TABLE pledge_progress_reports`);
    await db.query(`DROP TABLE pledge_ledger_lines`);
    await db.query(`DROP FUNCTION refuse_pledge_ledger_change()`);
    await db.query(`DROP TABLE pledge_links`);
    await db.query(`DROP TABLE pledges`);
  }
}
