import { Injectable } from '@nestjs/common';
import type { TaskListView } from '@cxzy/domain';
import { StepTaskRepository, type OpenTaskRow } from '@cxzy/persistence';
import { pathOf, type SourcedTask, type TaskCaller, type TaskSource } from './task-source.js';

/** A grading branch's steps after the tier are done on its rectification page. */
const RECTIFICATION_STEPS = new Set(['rectification-plan', 'progress-report']);

const pageOf = (row: OpenTaskRow): string => {
  const path = pathOf(row.link).replace(/\/$/, '');
  return RECTIFICATION_STEPS.has(row.stepKey) && /\/branches\/[^/]+$/.test(path) ? `${path}/rectification` : path;
};

/**
 * The open steps of the caller's organisations (step_tasks: acknowledgements, self-assessments,
 * rectification plans, pledge steps…) whose role the caller holds there — the grant, never a
 * parameter. Only 待办: who closed a step is not recorded here; what people did is in the
 * processes' own sources. Steps the approval engine runs are left to its source.
 */
@Injectable()
export class OpenStepsTaskSource implements TaskSource {
  constructor(private readonly steps: StepTaskRepository) {}

  private grants(caller: TaskCaller) {
    return caller.grants.map((g) => ({ organisationId: g.organisationId, role: g.role }));
  }

  count(caller: TaskCaller, view: TaskListView): Promise<number> {
    return view === 'todo' ? this.steps.countOpenFor(this.grants(caller)) : Promise.resolve(0);
  }

  async list(caller: TaskCaller, view: TaskListView, limit: number): Promise<SourcedTask[]> {
    if (view !== 'todo') return [];
    const rows = await this.steps.openFor(this.grants(caller), limit);
    return rows.map((row) => ({
      id: `step:${row.ownerWorkflowId}:${row.stepKey}:${row.generation}`,
      source: 'step',
      kind: 'step',
      process: row.process,
      title: null,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      step: row.step,
      stepKey: row.stepKey,
      at: row.openedAt,
      deadlineAt: row.deadlineAt,
      status: 'open',
      taskId: null,
      operations: [],
      deputyFor: null,
      assigneeRole: row.assigneeRole,
      link: pageOf(row),
    }));
  }
}
