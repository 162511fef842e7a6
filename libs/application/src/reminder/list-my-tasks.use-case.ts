import { Injectable } from '@nestjs/common';
import { workingDaysLeft } from '@cxzy/domain';
import {
  PeerEvaluationRequestRepository,
  StepTaskRepository,
  type OpenPeerEvaluationRequest,
  type OpenTaskRow,
} from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';
import { LoadWorkingDayCalendarUseCase } from '../calendar/load-working-day-calendar.use-case.js';

/** One open step of the caller's, with its deadline counted in working days on the 调休 calendar. */
export interface MyTask extends OpenTaskRow {
  /** Working days from today (Beijing) to the deadline's day; negative when overdue by that many. */
  readonly workingDaysLeft: number;
  readonly overdue: boolean;
}

/** A peer evaluation the caller's member was asked for and has not given, with where to give it. */
export interface MyPeerEvaluation extends OpenPeerEvaluationRequest {
  readonly link: string;
}

/**
 * 我的待办: the open steps (step_tasks) whose assignee role the caller holds at the step's
 * organisation — the grant, never a parameter — soonest deadline first; and the peer evaluations
 * the branch asked the caller's member for (ADR 0016), oldest request first.
 */
@Injectable()
export class ListMyTasksUseCase {
  constructor(
    private readonly tasks: StepTaskRepository,
    private readonly calendars: LoadWorkingDayCalendarUseCase,
    private readonly peerRequests: PeerEvaluationRequestRepository,
  ) {}

  async execute(
    context: RequestContext,
    limit: number,
    now = new Date(),
  ): Promise<{ items: MyTask[]; peerEvaluations: MyPeerEvaluation[] }> {
    const grants = (context.grants ?? []).map((g) => ({ organisationId: g.organisationId, role: g.role }));
    const rows = await this.tasks.openFor(grants, limit);
    const peerEvaluations = context.userId
      ? (await this.peerRequests.openFor(context.userId, limit)).map((r) => ({
          ...r,
          link: `/pledges/${r.pledgeId}`,
        }))
      : [];
    if (rows.length === 0) return { items: [], peerEvaluations };
    const calendar = await this.calendars.execute();
    return {
      items: rows.map((row) => {
        const left = workingDaysLeft(row.deadlineAt, now, calendar);
        return { ...row, workingDaysLeft: left.workingDays, overdue: left.overdue };
      }),
      peerEvaluations,
    };
  }
}
