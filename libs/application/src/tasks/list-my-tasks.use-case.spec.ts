import { WorkingDayCalendar, type TaskListView } from '@cxzy/domain';
import type { PeerEvaluationRequestRepository } from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';
import type { LoadWorkingDayCalendarUseCase } from '../calendar/load-working-day-calendar.use-case.js';
import type { ApprovalEngineTaskSource } from './approval-engine.task-source.js';
import type { GradingDecisionsTaskSource } from './grading-decisions.task-source.js';
import { ListMyTasksUseCase } from './list-my-tasks.use-case.js';
import type { OpenStepsTaskSource } from './open-steps.task-source.js';
import type { PeerEvaluationsTaskSource } from './peer-evaluations.task-source.js';
import type { SourcedTask, TaskCaller, TaskSource } from './task-source.js';

// Monday 2030-06-03, 10:00 in Beijing; no holidays on the calendar.
const NOW = new Date('2030-06-03T02:00:00Z');
const item = (id: string, at: string, deadlineAt: string | null): SourcedTask => ({
  id,
  source: 'step',
  kind: 'step',
  process: { zhCN: '流程', en: 'process' },
  title: null,
  organisationId: null,
  organisationName: null,
  step: { zhCN: '环节', en: 'step' },
  stepKey: 'step',
  at: new Date(at),
  deadlineAt: deadlineAt === null ? null : new Date(deadlineAt),
  status: null,
  taskId: null,
  operations: [],
  deputyFor: null,
  assigneeRole: null,
  link: '/x',
});

/** A source with fixed items per view; it remembers who asked. */
const source = (items: Partial<Record<TaskListView, SourcedTask[]>>) => {
  const callers: TaskCaller[] = [];
  const fake: TaskSource = {
    count: async (caller, view) => (callers.push(caller), items[view]?.length ?? 0),
    list: async (_caller, view, limit) => (items[view] ?? []).slice(0, limit),
  };
  return { fake, callers };
};

const context: RequestContext = {
  requestId: null,
  actorId: 'wang',
  actorRole: null,
  actorOrg: null,
  userId: 'user-1',
  grants: [{ role: 'supervisor', organisationId: 'org-1' }],
};

function useCase(sources: TaskSource[]) {
  const [a, b, c, d] = sources;
  const peers = { openFor: async () => [] } as unknown as PeerEvaluationRequestRepository;
  const calendars = { execute: async () => new WorkingDayCalendar([]) } as unknown as LoadWorkingDayCalendarUseCase;
  return new ListMyTasksUseCase(
    a as unknown as ApprovalEngineTaskSource,
    b as unknown as GradingDecisionsTaskSource,
    c as unknown as OpenStepsTaskSource,
    d as unknown as PeerEvaluationsTaskSource,
    peers,
    calendars,
  );
}

describe('ListMyTasksUseCase — one list composed of the processes’ sources', () => {
  it('counts every view over all sources and merges one page of the view asked, soonest deadline first', async () => {
    const approvals = source({
      todo: [item('a1', '2030-06-01T00:00:00Z', '2030-06-10T10:00:00Z')],
      done: [item('a2', '2030-05-01T00:00:00Z', null)],
    });
    const grading = source({ todo: [item('g1', '2030-05-20T00:00:00Z', null)] });
    const steps = source({ todo: [item('s1', '2030-05-30T00:00:00Z', '2030-05-31T10:00:00Z')] });
    const peers = source({});
    const answer = await useCase([approvals.fake, grading.fake, steps.fake, peers.fake]).execute(
      context,
      { view: 'todo', limit: 10, offset: 0 },
      NOW,
    );
    expect(answer.counts).toEqual({ todo: 3, done: 1, cc: 0, started: 0 });
    expect(answer.items.map((i) => i.id)).toEqual(['s1', 'a1', 'g1']);
    // Working days on the calendar: overdue by one (Friday 31 May), five ahead (Monday 10 June), none.
    expect(answer.items.map((i) => [i.workingDaysLeft, i.overdue])).toEqual([
      [-1, true],
      [5, false],
      [null, false],
    ]);
  });

  it('pages across sources and asks each with the caller from the token only', async () => {
    const approvals = source({
      done: [item('a1', '2030-06-02T00:00:00Z', null), item('a2', '2030-05-02T00:00:00Z', null)],
    });
    const grading = source({ done: [item('g1', '2030-05-20T00:00:00Z', null)] });
    const answer = await useCase([approvals.fake, grading.fake, source({}).fake, source({}).fake]).execute(
      context,
      { view: 'done', limit: 1, offset: 1 },
      NOW,
    );
    expect(answer.items.map((i) => i.id)).toEqual(['g1']);
    expect(answer.counts.done).toBe(3);
    expect(approvals.callers[0]).toEqual({
      username: 'wang',
      userId: 'user-1',
      grants: [{ role: 'supervisor', organisationId: 'org-1' }],
    });
  });
});
