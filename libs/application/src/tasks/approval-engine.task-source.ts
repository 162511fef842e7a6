import { Injectable } from '@nestjs/common';
import { approvalTaskOperations, PLEDGE_PROCESS_NAME, type LocalizedText, type TaskListView } from '@cxzy/domain';
import { ApprovalTaskListRepository, type ApprovalTaskListRow } from '@cxzy/persistence';
import { pathOf, type SourcedTask, type TaskCaller, type TaskSource } from './task-source.js';

const PROCESS_NAMES: Record<string, LocalizedText> = {
  pledge: PLEDGE_PROCESS_NAME,
  commendation: { zhCN: '学习先进争当先进', en: 'learning from the advanced' },
};

const KIND: Record<TaskListView, string> = {
  todo: 'approval-task',
  done: 'approval-task',
  cc: 'approval-copy',
  started: 'approval-started',
};

/** A pledge is decided on its page (审核); every other approval on the console's 审批 page. */
const pageOf = (row: ApprovalTaskListRow): string => {
  const path = pathOf(row.link);
  return /^\/pledges\/[^/]+\/?$/.test(path) ? path : '/approvals';
};

/**
 * The embedded approval engine's 待办 / 已办 / 抄送我 / 我发起的 (ADR 0010, 0014): tasks held in
 * person or as deputy (代理) or out on 委派 to the caller, tasks they acted on, copies to them and
 * approvals they started — by the username the token names. When the engine moves to its own
 * service, this source is the one to swap.
 */
@Injectable()
export class ApprovalEngineTaskSource implements TaskSource {
  constructor(private readonly approvals: ApprovalTaskListRepository) {}

  count(caller: TaskCaller, view: TaskListView): Promise<number> {
    return this.approvals.count(caller.username, view);
  }

  async list(caller: TaskCaller, view: TaskListView, limit: number): Promise<SourcedTask[]> {
    const rows = await this.approvals.list(caller.username, view, limit);
    return rows.map((row) => ({
      id: row.id,
      source: 'approval',
      kind: KIND[view],
      process: PROCESS_NAMES[row.processKind] ?? { zhCN: row.title, en: row.title },
      title: row.title,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      step: { zhCN: row.stepZhCN, en: row.stepEn },
      stepKey: row.stepKey,
      at: row.at,
      deadlineAt: view === 'todo' ? row.deadlineAt : null,
      status: row.status,
      taskId: row.taskId,
      operations:
        view === 'todo' && row.assignee !== null
          ? approvalTaskOperations(
              {
                assignee: row.assignee,
                delegate: row.delegate,
                actionable: row.actionable,
                addSignerAllowed: row.addSignerAllowed,
                returnable: row.returnable,
              },
              caller.username,
            )
          : [],
      deputyFor: row.deputyFor,
      assigneeRole: null,
      link: pageOf(row),
    }));
  }
}
