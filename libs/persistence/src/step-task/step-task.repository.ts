import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface OpenStepTask {
  readonly ownerWorkflowId: string;
  readonly stepKey: string;
  readonly generation: number;
  readonly organisationId: string;
  readonly assigneeRole: string;
  readonly process: { zhCN: string; en: string };
  readonly step: { zhCN: string; en: string };
  readonly deadlineAt: string;
  readonly link: string;
}

export interface DueTask {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly assigneeRole: string;
  readonly process: { zhCN: string; en: string };
  readonly step: { zhCN: string; en: string };
  readonly deadlineAt: Date;
  readonly link: string;
}

/** An open step as its assignee sees it (the console's 待办 with deadlines). */
export interface OpenTaskRow extends DueTask {
  readonly stepKey: string;
  readonly openedAt: Date;
  readonly ownerWorkflowId: string;
  readonly generation: number;
}

interface DueTaskRow {
  organisation_id: string;
  organisation_name: string;
  assignee_role: string;
  process_zh_cn: string;
  process_en: string;
  step_zh_cn: string;
  step_en: string;
  deadline_at: Date;
  link: string;
}

/** The open-steps projection, written by the step-deadline workflow's activities (idempotent). */
@Injectable()
export class StepTaskRepository {
  constructor(private readonly dataSource: DataSource) {}

  async open(task: OpenStepTask): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO step_tasks (owner_workflow_id, step_key, generation, organisation_id, assignee_role,
                               process_zh_cn, process_en, step_zh_cn, step_en, deadline_at, link)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (owner_workflow_id, step_key, generation) DO NOTHING`,
      [
        task.ownerWorkflowId,
        task.stepKey,
        task.generation,
        task.organisationId,
        task.assigneeRole,
        task.process.zhCN,
        task.process.en,
        task.step.zhCN,
        task.step.en,
        task.deadlineAt,
        task.link,
      ],
    );
  }

  /** Closes an open task; closing twice (a retried activity) changes nothing. */
  async close(
    step: { ownerWorkflowId: string; stepKey: string; generation: number },
    status: 'completed' | 'cancelled',
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE step_tasks SET status = $4, closed_at = now()
       WHERE owner_workflow_id = $1 AND step_key = $2 AND generation = $3 AND status = 'open'`,
      [step.ownerWorkflowId, step.stepKey, step.generation, status],
    );
  }

  /** Open tasks due before `until` (overdue ones included), per organisation, a page of organisations at a time. */
  async dueByOrganisation(until: Date, afterOrganisationId: string | null, organisations: number): Promise<DueTask[]> {
    const rows: DueTaskRow[] = await this.dataSource.query(
      `WITH page AS (
         SELECT DISTINCT organisation_id FROM step_tasks
         WHERE status = 'open' AND deadline_at < $1 AND ($2::uuid IS NULL OR organisation_id > $2::uuid)
         ORDER BY organisation_id LIMIT $3)
       SELECT t.organisation_id, o.name AS organisation_name, t.assignee_role, t.process_zh_cn, t.process_en,
              t.step_zh_cn, t.step_en, t.deadline_at, t.link
       FROM step_tasks t JOIN page p ON p.organisation_id = t.organisation_id JOIN organisations o ON o.id = t.organisation_id
       WHERE t.status = 'open' AND t.deadline_at < $1
       ORDER BY t.organisation_id, t.deadline_at, t.step_key`,
      [until, afterOrganisationId, organisations],
    );
    return rows.map((r) => ({
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      assigneeRole: r.assignee_role,
      process: { zhCN: r.process_zh_cn, en: r.process_en },
      step: { zhCN: r.step_zh_cn, en: r.step_en },
      deadlineAt: r.deadline_at,
      link: r.link,
    }));
  }

  /**
   * The open steps whose assignee role the caller holds at the step's organisation (one grant =
   * one organisation and role), soonest deadline first; at most `limit`. Steps the approval engine
   * runs are left out: their tasks name the people who must act (ADR 0027).
   */
  async openFor(grants: readonly { organisationId: string; role: string }[], limit: number): Promise<OpenTaskRow[]> {
    if (grants.length === 0) return [];
    const rows: (DueTaskRow & { step_key: string; opened_at: Date; owner_workflow_id: string; generation: number })[] =
      await this.dataSource.query(
        `SELECT t.organisation_id, o.name AS organisation_name, t.assignee_role, t.process_zh_cn, t.process_en,
                t.step_zh_cn, t.step_en, t.deadline_at, t.link, t.step_key, t.opened_at, t.owner_workflow_id, t.generation
         ${OPEN_FOR_FROM}
         JOIN organisations o ON o.id = t.organisation_id
         ${OPEN_FOR_WHERE}
         ORDER BY t.deadline_at, t.opened_at, t.owner_workflow_id COLLATE "C", t.step_key COLLATE "C", t.generation
         LIMIT $3`,
        [grants.map((g) => g.organisationId), grants.map((g) => g.role), limit],
      );
    return rows.map((r) => ({
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      assigneeRole: r.assignee_role,
      process: { zhCN: r.process_zh_cn, en: r.process_en },
      step: { zhCN: r.step_zh_cn, en: r.step_en },
      deadlineAt: r.deadline_at,
      link: r.link,
      stepKey: r.step_key,
      openedAt: r.opened_at,
      ownerWorkflowId: r.owner_workflow_id,
      generation: r.generation,
    }));
  }

  async countOpenFor(grants: readonly { organisationId: string; role: string }[]): Promise<number> {
    if (grants.length === 0) return 0;
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS total ${OPEN_FOR_FROM} ${OPEN_FOR_WHERE}`, [
      grants.map((g) => g.organisationId),
      grants.map((g) => g.role),
    ])) as { total: number }[];
    return row?.total ?? 0;
  }
}

/** Open steps of the grants ($1 organisations, $2 roles), without the approval engine's steps. */
const OPEN_FOR_FROM = `FROM step_tasks t
  JOIN (SELECT DISTINCT * FROM unnest($1::uuid[], $2::text[])) AS g(organisation_id, role)
    ON g.organisation_id = t.organisation_id AND g.role = t.assignee_role`;
const OPEN_FOR_WHERE = `WHERE t.status = 'open'
    AND NOT EXISTS (SELECT 1 FROM approval_processes p JOIN approval_tasks a ON a.process_id = p.id
                    WHERE p.workflow_id = t.owner_workflow_id AND a.step_key = t.step_key)`;
