import { Injectable } from '@nestjs/common';
import { PLEDGE_PROCESS_NAME, type TaskListView } from '@cxzy/domain';
import { PeerEvaluationRequestRepository } from '@cxzy/persistence';
import type { SourcedTask, TaskCaller, TaskSource } from './task-source.js';

/**
 * 邀请我互评 (ADR 0016): the peer evaluations the branch asked of the caller's member and not yet
 * given; 待办 only. The member is the one linked to the caller's user.
 */
@Injectable()
export class PeerEvaluationsTaskSource implements TaskSource {
  constructor(private readonly requests: PeerEvaluationRequestRepository) {}

  count(caller: TaskCaller, view: TaskListView): Promise<number> {
    return view === 'todo' && caller.userId ? this.requests.countOpenFor(caller.userId) : Promise.resolve(0);
  }

  async list(caller: TaskCaller, view: TaskListView, limit: number): Promise<SourcedTask[]> {
    if (view !== 'todo' || !caller.userId) return [];
    const rows = await this.requests.openFor(caller.userId, limit);
    return rows.map((row) => ({
      id: `peer-evaluation:${row.pledgeId}:${row.memberId}`,
      source: 'peer-evaluation',
      kind: 'peer-evaluation',
      process: PLEDGE_PROCESS_NAME,
      title: row.pledgerNames.join('、'),
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      step: { zhCN: '党员互评', en: 'peer evaluation' },
      stepKey: 'peer-evaluation',
      at: row.requestedAt,
      deadlineAt: null,
      status: null,
      taskId: null,
      operations: [],
      deputyFor: null,
      assigneeRole: 'member',
      link: `/pledges/${row.pledgeId}`,
    }));
  }
}
