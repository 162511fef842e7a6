import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 待办 — every step with a deadline while it is open: what digests, dashboards and the console read. */
export class StepTasks1764650000000 implements MigrationInterface {
  name = 'StepTasks1764650000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE step_tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_workflow_id text NOT NULL,
        step_key text NOT NULL,
        generation int NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        assignee_role varchar(24) NOT NULL,
        process_zh_cn text NOT NULL,
        process_en text NOT NULL,
        step_zh_cn text NOT NULL,
        step_en text NOT NULL,
        deadline_at timestamptz NOT NULL,
        link text NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'completed', 'cancelled')),
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz NULL,
        CONSTRAINT uq_step_tasks_step UNIQUE (owner_workflow_id, step_key, generation)
      )`);
    await db.query(`CREATE INDEX ix_step_tasks_open_deadline ON step_tasks (deadline_at) WHERE status = 'open'`);
    await db.query(`CREATE INDEX ix_step_tasks_organisation ON step_tasks (organisation_id, status)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE step_tasks`);
  }
}
