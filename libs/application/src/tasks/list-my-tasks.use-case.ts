import { Injectable } from '@nestjs/common';
import { mergeTaskPages, TASK_LIST_VIEWS, workingDaysLeft, type TaskListView } from '@cxzy/domain';
import type { OpenPeerEvaluationRequest } from '@cxzy/persistence';
import { PeerEvaluationRequestRepository } from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';
import { LoadWorkingDayCalendarUseCase } from '../calendar/load-working-day-calendar.use-case.js';
import { ApprovalEngineTaskSource } from './approval-engine.task-source.js';
import { GradingDecisionsTaskSource } from './grading-decisions.task-source.js';
import { OpenStepsTaskSource } from './open-steps.task-source.js';
import { PeerEvaluationsTaskSource } from './peer-evaluations.task-source.js';
import type { TaskCaller, TaskListItem, TaskSource } from './task-source.js';

/** A page of one view: at most `limit` items from `offset` (both bounded at the edge). */
export interface MyTasksQuery {
  readonly view: TaskListView;
  readonly limit: number;
  readonly offset: number;
}

/** A peer evaluation the caller's member was asked for, as GET /my-tasks answered before ADR 0027. */
export interface MyPeerEvaluation extends OpenPeerEvaluationRequest {
  readonly link: string;
}

export interface MyTasks {
  readonly view: TaskListView;
  readonly counts: Readonly<Record<TaskListView, number>>;
  readonly items: readonly TaskListItem[];
  /** 邀请我互评, kept for callers of the earlier answer (also among the 待办 items). */
  readonly peerEvaluations: readonly MyPeerEvaluation[];
}

/**
 * 我的待办 — one list across processes (ADR 0027): the read model composes one task source per
 * process (the approval engine, grading decisions, open steps, peer evaluations), counts every
 * view and merges one page of the asked view in its order. Who the caller is and what they may
 * see come from the access token only: the username, the user and the role grants.
 */
@Injectable()
export class ListMyTasksUseCase {
  private readonly sources: readonly TaskSource[];

  constructor(
    approvals: ApprovalEngineTaskSource,
    grading: GradingDecisionsTaskSource,
    steps: OpenStepsTaskSource,
    peers: PeerEvaluationsTaskSource,
    private readonly peerRequests: PeerEvaluationRequestRepository,
    private readonly calendars: LoadWorkingDayCalendarUseCase,
  ) {
    this.sources = [approvals, grading, steps, peers];
  }

  async execute(context: RequestContext, query: MyTasksQuery, now = new Date()): Promise<MyTasks> {
    const caller: TaskCaller = {
      username: context.actorId,
      userId: context.userId ?? null,
      grants: context.grants ?? [],
    };
    const head = query.offset + query.limit;
    const [counts, lists, peerEvaluations] = await Promise.all([
      Promise.all(
        TASK_LIST_VIEWS.map(async (view) => {
          const perSource = await Promise.all(this.sources.map((source) => source.count(caller, view)));
          return [view, perSource.reduce((a, b) => a + b, 0)] as const;
        }),
      ),
      Promise.all(this.sources.map((source) => source.list(caller, query.view, head))),
      query.view === 'todo' && caller.userId ? this.peerRequests.openFor(caller.userId, query.limit) : [],
    ]);
    const page = mergeTaskPages(query.view, lists, query.offset, query.limit);
    const calendar = page.some((item) => item.deadlineAt) ? await this.calendars.execute() : null;
    return {
      view: query.view,
      counts: Object.fromEntries(counts) as Record<TaskListView, number>,
      items: page.map((item) => {
        if (!item.deadlineAt || !calendar) return { ...item, workingDaysLeft: null, overdue: false };
        const left = workingDaysLeft(new Date(item.deadlineAt), now, calendar);
        return { ...item, workingDaysLeft: left.workingDays, overdue: left.overdue };
      }),
      peerEvaluations: peerEvaluations.map((r) => ({ ...r, link: `/pledges/${r.pledgeId}` })),
    };
  }
}
