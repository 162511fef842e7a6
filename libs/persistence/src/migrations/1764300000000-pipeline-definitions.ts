import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 流程定义 and the working-day calendar. A published definition is immutable: the repository only
 * ever updates drafts, and a trigger refuses any change to a non-draft row's content, identity or
 * history, so not even a hand-written UPDATE can alter what running processes started with.
 * sector_code is plain text on purpose: sectors are data that lands with the organisations schema.
 */
export class PipelineDefinitions1764300000000 implements MigrationInterface {
  name = 'PipelineDefinitions1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE pipeline_definitions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_kind text NOT NULL CHECK (process_kind ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
        sector_code text NOT NULL CHECK (sector_code ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
        version integer NOT NULL CHECK (version >= 1),
        status varchar(16) NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
        body jsonb NOT NULL CHECK (jsonb_typeof(body) = 'object'),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        published_at timestamptz NULL,
        published_by text NULL,
        retired_at timestamptz NULL,
        retired_by text NULL,
        CONSTRAINT uq_pipeline_definitions_version UNIQUE (process_kind, sector_code, version),
        CONSTRAINT ck_pipeline_definitions_published CHECK ((status = 'draft') = (published_at IS NULL)),
        CONSTRAINT ck_pipeline_definitions_retired CHECK ((status = 'retired') = (retired_at IS NOT NULL))
      )`);
    // At most one current (published) version and one open draft per process kind and sector.
    await db.query(`
      CREATE UNIQUE INDEX uq_pipeline_definitions_one_published
        ON pipeline_definitions (process_kind, sector_code) WHERE status = 'published'`);
    await db.query(`
      CREATE UNIQUE INDEX uq_pipeline_definitions_one_draft
        ON pipeline_definitions (process_kind, sector_code) WHERE status = 'draft'`);
    await db.query(`CREATE INDEX ix_pipeline_definitions_status ON pipeline_definitions (status)`);

    await db.query(`
      CREATE FUNCTION pipeline_definitions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status <> 'draft' THEN
            RAISE EXCEPTION 'pipeline definition % (v%) is %: only a draft may be deleted', OLD.id, OLD.version, OLD.status
              USING ERRCODE = 'CX409';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.status <> 'draft' AND (
             NEW.body IS DISTINCT FROM OLD.body
          OR NEW.process_kind IS DISTINCT FROM OLD.process_kind
          OR NEW.sector_code IS DISTINCT FROM OLD.sector_code
          OR NEW.version IS DISTINCT FROM OLD.version
          OR NEW.created_at IS DISTINCT FROM OLD.created_at
          OR NEW.created_by IS DISTINCT FROM OLD.created_by
          OR NEW.published_at IS DISTINCT FROM OLD.published_at
          OR NEW.published_by IS DISTINCT FROM OLD.published_by) THEN
          RAISE EXCEPTION 'pipeline definition % (v%) is % and immutable', OLD.id, OLD.version, OLD.status
            USING ERRCODE = 'CX409';
        END IF;
        IF NOT (NEW.status = OLD.status AND OLD.status <> 'retired'
             OR OLD.status = 'draft' AND NEW.status = 'published'
             OR OLD.status = 'published' AND NEW.status = 'retired') THEN
          RAISE EXCEPTION 'pipeline definition % cannot go from % to %', OLD.id, OLD.status, NEW.status
            USING ERRCODE = 'CX409';
        END IF;
        RETURN NEW;
      END
      $$`);
    await db.query(`
      CREATE TRIGGER trg_pipeline_definitions_guard
        BEFORE UPDATE OR DELETE ON pipeline_definitions
        FOR EACH ROW EXECUTE FUNCTION pipeline_definitions_guard()`);

    // 工作日历: only the exceptions to "Monday–Friday work"; a weekday make-up day would be meaningless.
    await db.query(`
      CREATE TABLE calendar_days (
        date date PRIMARY KEY,
        kind varchar(16) NOT NULL CHECK (kind IN ('holiday', 'make-up-workday')),
        name_zh_cn text NOT NULL CHECK (length(btrim(name_zh_cn)) > 0),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by text NOT NULL,
        CONSTRAINT ck_calendar_days_make_up_on_weekend
          CHECK (kind <> 'make-up-workday' OR extract(isodow FROM date) IN (6, 7))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE calendar_days`);
    await db.query(`DROP TABLE pipeline_definitions`);
    await db.query(`DROP FUNCTION pipeline_definitions_guard()`);
  }
}
