import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One approval-engine item of a person's task list: a task (待办, 已办) or a process (抄送我, 我发起的). */
export interface ApprovalTaskListRow {
  readonly id: string;
  readonly taskId: string | null;
  readonly processId: string;
  readonly processKind: string;
  readonly title: string;
  readonly stepKey: string;
  readonly stepZhCN: string;
  readonly stepEn: string;
  readonly assignee: string | null;
  readonly deputyFor: string | null;
  readonly delegate: string | null;
  readonly actionable: boolean;
  readonly status: string;
  readonly link: string;
  readonly at: Date;
  readonly deadlineAt: Date | null;
  readonly organisationId: string | null;
  readonly organisationName: string | null;
  readonly addSignerAllowed: boolean;
  readonly returnable: boolean;
}

export type ApprovalTaskListView = 'todo' | 'done' | 'cc' | 'started';

/** The actions that make a task 已办 for whoever sent them (comments, copies and urges do not). */
const ACTED = `('approve', 'reject', 'transfer', 'delegate', 'resolve-delegation', 'add-signer', 'remove-signer', 'return')`;

/**
 * Per view: the rows (FROM, WHERE; `$1` = the username), the step each row names, when it came
 * (`at`) and the task, if the row is one. Process-level rows (抄送我, 我发起的) name no task.
 */
const VIEWS: Record<ApprovalTaskListView, { from: string; where: string; step: string; at: string; task: boolean }> = {
  todo: {
    from: 'approval_tasks t JOIN approval_processes p ON p.id = t.process_id',
    where: 't.actionable AND ((t.assignee = $1 AND t.delegate IS NULL) OR t.delegate = $1)',
    step: 't.step_key',
    at: 't.updated_at',
    task: true,
  },
  done: {
    from: `approval_tasks t JOIN approval_processes p ON p.id = t.process_id
           JOIN (SELECT h.task_id, max(h.at) AS acted_at FROM approval_history h
                 WHERE h.actor = $1 AND h.task_id IS NOT NULL AND h.action IN ${ACTED} GROUP BY h.task_id) d
             ON d.task_id = t.id`,
    where: 'true',
    step: 't.step_key',
    at: 'd.acted_at',
    task: true,
  },
  cc: {
    from: 'approval_copies c JOIN approval_processes p ON p.id = c.process_id',
    where: 'c.user_id = $1',
    step: 'c.step_key',
    at: 'c.at',
    task: false,
  },
  started: {
    from: 'approval_processes p',
    where: 'p.submitter = $1',
    step: 'p.current_step',
    at: 'p.created_at',
    task: false,
  },
};

/** The step's deadline and organisation (step_tasks, the open generation first), the pledge, the definition's step. */
const joins = (step: string) => `
  LEFT JOIN LATERAL (SELECT st.status, st.deadline_at, st.organisation_id, st.step_zh_cn, st.step_en FROM step_tasks st
                     WHERE st.owner_workflow_id = p.workflow_id AND st.step_key = ${step}
                     ORDER BY (st.status = 'open') DESC, st.generation DESC LIMIT 1) s ON true
  LEFT JOIN pledges pl ON pl.id = p.id
  LEFT JOIN organisations o ON o.id = coalesce(s.organisation_id, pl.organisation_id)
  LEFT JOIN LATERAL (SELECT d_step AS step FROM pipeline_definitions d, jsonb_array_elements(d.body -> 'steps') d_step
                     WHERE d.id = p.definition_id AND d_step ->> 'key' = ${step} LIMIT 1) ds ON true`;

/**
 * 待办 / 已办 / 抄送我 / 我发起的 of the embedded approval engine (ADR 0010, 0014), read from its
 * projection, with what the projection lacks: the step's open deadline and organisation from the
 * step-deadline projection (step_tasks) or the pledge, the step's name and 加签 option from the
 * pinned definition.
 */
@Injectable()
export class ApprovalTaskListRepository {
  constructor(private readonly dataSource: DataSource) {}

  async count(username: string, view: ApprovalTaskListView): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM ${VIEWS[view].from} WHERE ${VIEWS[view].where}`,
      [username],
    )) as { total: number }[];
    return row?.total ?? 0;
  }

  /** The first `limit` rows in the list's order (待办 soonest deadline first, the others newest first). */
  async list(username: string, view: ApprovalTaskListView, limit: number): Promise<ApprovalTaskListRow[]> {
    const v = VIEWS[view];
    const id = v.task ? `'approval:' || t.id` : `'approval-${view}:' || p.id || ':' || ${v.step}`;
    const order = view === 'todo' ? `"deadlineAt" ASC NULLS LAST, at ASC, id COLLATE "C"` : `at DESC, id COLLATE "C"`;
    const rows: (ApprovalTaskListRow & { deputy_for: string | null })[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT ${id} AS id, ${v.task ? 't.id' : 'NULL'} AS "taskId", p.id AS "processId",
                p.process_kind AS "processKind", p.title, ${v.step} AS "stepKey",
                coalesce(s.step_zh_cn, ds.step -> 'name' ->> 'zhCN', ${v.step}) AS "stepZhCN",
                coalesce(s.step_en, ds.step -> 'name' ->> 'en', ${v.step}) AS "stepEn",
                ${v.task ? 't.assignee, t.deputy_for, t.delegate, t.actionable, t.status' : `NULL AS assignee, NULL AS deputy_for, NULL AS delegate, false AS actionable, p.status`},
                p.link, ${v.at} AS at,
                CASE WHEN s.status = 'open' THEN s.deadline_at END AS "deadlineAt",
                o.id AS "organisationId", o.name AS "organisationName",
                coalesce(jsonb_array_length(ds.step -> 'approval' -> 'addSigner'), 0) > 0 AS "addSignerAllowed",
                (p.process_kind = 'pledge' OR EXISTS (SELECT 1 FROM approval_tasks e
                   WHERE e.process_id = p.id AND e.step_key <> ${v.step})) AS returnable
         FROM ${v.from} ${joins(v.step)} WHERE ${v.where}
       ) rows
       ORDER BY ${order} LIMIT $2`,
      [username, limit],
    );
    return rows.map(({ deputy_for, ...row }) => ({ ...row, deputyFor: deputy_for }));
  }
}
