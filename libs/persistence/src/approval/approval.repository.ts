import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ApprovalCopy, ApprovalHistoryEntry, ApprovalProcessStatus, ApprovalTask } from '@cxzy/domain';
import { returnedRows } from '../auth/returned-rows.util.js';
import type { Page, PageRequest } from '../page.js';

export interface NewApprovalProcess {
  readonly id: string;
  readonly workflowId: string;
  readonly title: string;
  readonly processKind: string;
  readonly definitionId: string | null;
  readonly definitionVersion: number | null;
  readonly submitter: string;
  readonly link: string;
}

export interface ApprovalProjectionChange {
  readonly processId: string;
  readonly version: number;
  readonly status: ApprovalProcessStatus;
  readonly currentStep: string;
  readonly tasks: readonly (ApprovalTask & { readonly actionable: boolean })[];
  readonly entries: readonly ApprovalHistoryEntry[];
  readonly copies: readonly ApprovalCopy[];
}

/** One row of a task list (待办 / 已办), with its process. */
export interface ApprovalTaskRow {
  readonly taskId: string;
  readonly processId: string;
  readonly workflowId: string;
  readonly title: string;
  readonly stepKey: string;
  readonly generation: number;
  readonly assignee: string;
  readonly deputyFor: string | null;
  readonly delegate: string | null;
  readonly status: string;
  readonly actionable: boolean;
  readonly urgeCount: number;
  readonly processStatus: string;
  readonly link: string;
}

export interface ApprovalProcessRow {
  readonly processId: string;
  readonly workflowId: string;
  readonly title: string;
  readonly processKind: string;
  readonly submitter: string;
  readonly status: string;
  readonly currentStep: string;
  readonly link: string;
  readonly createdAt: Date;
}

const TASK_COLUMNS = `t.id AS "taskId", t.process_id AS "processId", p.workflow_id AS "workflowId", p.title,
  t.step_key AS "stepKey", t.generation, t.assignee, t.deputy_for AS "deputyFor", t.delegate, t.status,
  t.actionable, t.urge_count AS "urgeCount", p.status AS "processStatus", p.link`;

const PROCESS_COLUMNS = `p.id AS "processId", p.workflow_id AS "workflowId", p.title, p.process_kind AS "processKind",
  p.submitter, p.status, p.current_step AS "currentStep", p.link, p.created_at AS "createdAt"`;

/** The approval projection, written by the approval engine's activity (idempotent on the version). */
@Injectable()
export class ApprovalRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** False when the process is recorded already (a retried activity). */
  async insertProcess(manager: EntityManager, process: NewApprovalProcess): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO approval_processes (id, workflow_id, title, process_kind, definition_id, definition_version, submitter, link)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        process.id,
        process.workflowId,
        process.title,
        process.processKind,
        process.definitionId,
        process.definitionVersion,
        process.submitter,
        process.link,
      ],
    );
    return rows.length > 0;
  }

  /**
   * Applies one change of the engine: the process row moves to `version` only from an earlier one,
   * so a retry finds nothing to do (false) and writes nothing twice.
   */
  async applyChange(manager: EntityManager, change: ApprovalProjectionChange): Promise<boolean> {
    const moved = returnedRows<{ id: string }>(
      await manager.query(
        `UPDATE approval_processes SET version = $2, status = $3, current_step = $4, updated_at = now()
         WHERE id = $1 AND version < $2 RETURNING id`,
        [change.processId, change.version, change.status, change.currentStep],
      ),
    );
    if (moved.length === 0) return false;
    for (const t of change.tasks) {
      await manager.query(
        `INSERT INTO approval_tasks (id, process_id, step_key, generation, assignee, deputy_for, delegate, added_by,
                                     waits_for, status, actionable, decided_at, urge_count, last_urged_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (id) DO UPDATE SET assignee = EXCLUDED.assignee, deputy_for = EXCLUDED.deputy_for,
           delegate = EXCLUDED.delegate, waits_for = EXCLUDED.waits_for, status = EXCLUDED.status,
           actionable = EXCLUDED.actionable, decided_at = EXCLUDED.decided_at, urge_count = EXCLUDED.urge_count,
           last_urged_at = EXCLUDED.last_urged_at, updated_at = now()`,
        [
          t.id,
          change.processId,
          t.stepKey,
          t.generation,
          t.assignee,
          t.deputyFor,
          t.delegate,
          t.addedBy,
          JSON.stringify(t.waitsFor),
          t.status,
          t.actionable,
          t.decidedAt,
          t.urgeCount,
          t.lastUrgedAt,
        ],
      );
    }
    for (const h of change.entries) {
      await manager.query(
        `INSERT INTO approval_history (process_id, seq, at, actor, on_behalf_of, action, step_key, generation, task_id, target, comment)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
        [
          change.processId,
          h.seq,
          h.at,
          h.actor,
          h.onBehalfOf,
          h.action,
          h.stepKey,
          h.generation,
          h.taskId,
          h.target,
          h.comment === null ? null : JSON.stringify(h.comment),
        ],
      );
    }
    for (const c of change.copies) {
      await manager.query(
        `INSERT INTO approval_copies (process_id, user_id, step_key, copied_by, at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [change.processId, c.userId, c.stepKey, c.by, c.at],
      );
    }
    return true;
  }

  async findTask(taskId: string): Promise<ApprovalTaskRow | null> {
    const rows: ApprovalTaskRow[] = await this.dataSource.query(
      `SELECT ${TASK_COLUMNS} FROM approval_tasks t JOIN approval_processes p ON p.id = t.process_id WHERE t.id = $1`,
      [taskId],
    );
    return rows[0] ?? null;
  }

  async findProcess(processId: string): Promise<ApprovalProcessRow | null> {
    const rows: ApprovalProcessRow[] = await this.dataSource.query(
      `SELECT ${PROCESS_COLUMNS} FROM approval_processes p WHERE p.id = $1`,
      [processId],
    );
    return rows[0] ?? null;
  }

  /**
   * Whether the user takes part in the approval: its submitter, a holder, deputy or delegate of one
   * of its tasks, a person copied, or anyone named in its history (supervisors who urged, adders).
   */
  async involves(processId: string, userId: string): Promise<boolean> {
    const rows: { involved: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM approval_processes WHERE id = $1 AND submitter = $2)
           OR EXISTS (SELECT 1 FROM approval_tasks WHERE process_id = $1
                        AND $2 IN (assignee, deputy_for, delegate))
           OR EXISTS (SELECT 1 FROM approval_copies WHERE process_id = $1 AND user_id = $2)
           OR EXISTS (SELECT 1 FROM approval_history WHERE process_id = $1 AND actor = $2) AS involved`,
      [processId, userId],
    );
    return rows[0]?.involved === true;
  }

  /** 待办: tasks someone must act on now — held in person or as deputy, or out on 委派 to them. */
  todo(userId: string, page: PageRequest): Promise<Page<ApprovalTaskRow>> {
    return this.taskPage(
      `t.actionable AND ((t.assignee = $1 AND t.delegate IS NULL) OR t.delegate = $1)`,
      userId,
      page,
    );
  }

  /** 已办: tasks the user decided or otherwise acted on. */
  done(userId: string, page: PageRequest): Promise<Page<ApprovalTaskRow>> {
    return this.taskPage(
      `t.id IN (SELECT h.task_id FROM approval_history h WHERE h.actor = $1 AND h.task_id IS NOT NULL
                AND h.action IN ('approve', 'reject', 'transfer', 'delegate', 'resolve-delegation', 'add-signer',
                                 'remove-signer', 'return'))`,
      userId,
      page,
    );
  }

  private async taskPage(where: string, userId: string, page: PageRequest): Promise<Page<ApprovalTaskRow>> {
    const offset = (page.page - 1) * page.pageSize;
    const items: ApprovalTaskRow[] = await this.dataSource.query(
      `SELECT ${TASK_COLUMNS} FROM approval_tasks t JOIN approval_processes p ON p.id = t.process_id
       WHERE ${where} ORDER BY t.updated_at DESC, t.id LIMIT $2 OFFSET $3`,
      [userId, page.pageSize, offset],
    );
    const [count] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM approval_tasks t WHERE ${where}`, [
      userId,
    ])) as { total: number }[];
    return { items, total: count?.total ?? 0 };
  }

  /** 抄送我. */
  async copiedTo(userId: string, page: PageRequest): Promise<Page<ApprovalProcessRow & { stepKey: string }>> {
    const items: (ApprovalProcessRow & { stepKey: string })[] = await this.dataSource.query(
      `SELECT ${PROCESS_COLUMNS}, c.step_key AS "stepKey" FROM approval_copies c
       JOIN approval_processes p ON p.id = c.process_id WHERE c.user_id = $1
       ORDER BY c.at DESC, p.id LIMIT $2 OFFSET $3`,
      [userId, page.pageSize, (page.page - 1) * page.pageSize],
    );
    const [count] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM approval_copies WHERE user_id = $1`,
      [userId],
    )) as { total: number }[];
    return { items, total: count?.total ?? 0 };
  }

  /** 我发起的. */
  async startedBy(userId: string, page: PageRequest): Promise<Page<ApprovalProcessRow>> {
    const items: ApprovalProcessRow[] = await this.dataSource.query(
      `SELECT ${PROCESS_COLUMNS} FROM approval_processes p WHERE p.submitter = $1
       ORDER BY p.created_at DESC, p.id LIMIT $2 OFFSET $3`,
      [userId, page.pageSize, (page.page - 1) * page.pageSize],
    );
    const [count] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM approval_processes WHERE submitter = $1`,
      [userId],
    )) as { total: number }[];
    return { items, total: count?.total ?? 0 };
  }

  async history(processId: string): Promise<ApprovalHistoryEntry[]> {
    return this.dataSource.query(
      `SELECT seq, at, actor, on_behalf_of AS "onBehalfOf", action, step_key AS "stepKey", generation,
              task_id AS "taskId", target, comment
       FROM approval_history WHERE process_id = $1 ORDER BY seq`,
      [processId],
    );
  }
}
