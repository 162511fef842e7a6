import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 审批 — the projection of approval processes the approval engine writes (processes, one row per
 * task, the history, the copies) and the 代理 ranges it reads when it assigns a task. The
 * workflow holds the truth; these tables are what lists (待办 / 已办 / 抄送我 / 我发起的) read.
 */
export class Approvals1765300000000 implements MigrationInterface {
  name = 'Approvals1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE approval_processes (
        id uuid PRIMARY KEY,
        workflow_id text NOT NULL UNIQUE,
        title text NOT NULL,
        process_kind text NOT NULL,
        definition_id uuid NULL,
        definition_version int NULL,
        submitter text NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'running'
          CHECK (status IN ('running', 'approved', 'rejected', 'withdrawn')),
        current_step text NOT NULL DEFAULT '',
        version int NOT NULL DEFAULT 0,
        link text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_approval_processes_submitter ON approval_processes (submitter, created_at DESC)`);
    await db.query(`
      CREATE TABLE approval_tasks (
        id text PRIMARY KEY,
        process_id uuid NOT NULL REFERENCES approval_processes (id),
        step_key text NOT NULL,
        generation int NOT NULL,
        assignee text NOT NULL,
        deputy_for text NULL,
        delegate text NULL,
        added_by text NULL,
        waits_for jsonb NOT NULL DEFAULT '[]',
        status varchar(16) NOT NULL
          CHECK (status IN ('pending', 'approved', 'rejected', 'removed', 'cancelled', 'discarded')),
        actionable boolean NOT NULL,
        decided_at timestamptz NULL,
        urge_count int NOT NULL DEFAULT 0,
        last_urged_at timestamptz NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_approval_tasks_todo ON approval_tasks (assignee) WHERE actionable`);
    await db.query(`CREATE INDEX ix_approval_tasks_delegated ON approval_tasks (delegate) WHERE actionable`);
    await db.query(`CREATE INDEX ix_approval_tasks_process ON approval_tasks (process_id)`);
    await db.query(`
      CREATE TABLE approval_history (
        process_id uuid NOT NULL REFERENCES approval_processes (id),
        seq int NOT NULL,
        at timestamptz NOT NULL,
        actor text NOT NULL,
        on_behalf_of text NULL,
        action varchar(24) NOT NULL,
        step_key text NOT NULL,
        generation int NOT NULL,
        task_id text NULL,
        target text NULL,
        comment jsonb NULL,
        PRIMARY KEY (process_id, seq)
      )`);
    await db.query(`CREATE INDEX ix_approval_history_actor ON approval_history (actor, at DESC)`);
    await db.query(`
      CREATE TABLE approval_copies (
        process_id uuid NOT NULL REFERENCES approval_processes (id),
        user_id text NOT NULL,
        step_key text NOT NULL,
        copied_by text NOT NULL,
        at timestamptz NOT NULL,
        PRIMARY KEY (process_id, user_id, step_key)
      )`);
    await db.query(`CREATE INDEX ix_approval_copies_user ON approval_copies (user_id, at DESC)`);
    await db.query(`
      CREATE TABLE approval_deputies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id text NOT NULL,
        deputy_id text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        CHECK (deputy_id <> user_id)
      )`);
    await db.query(`CREATE INDEX ix_approval_deputies_user ON approval_deputies (user_id, starts_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE approval_deputies`);
    await db.query(`DROP TABLE approval_copies`);
    await db.query(`DROP TABLE approval_history`);
    await db.query(`DROP TABLE approval_tasks`);
    await db.query(`DROP TABLE approval_processes`);
  }
}
