import type {
  ApprovalAction,
  ApprovalComment,
  ApprovalContext,
  ApprovalProcessState,
  ApprovalStepPlan,
  ApprovalTask,
} from './approval.types.js';
import { approvalErrors } from './approval.errors.js';

/** The state is plain JSON: operations work on a copy and hand it back only when everything passed. */
export const copyState = (state: ApprovalProcessState): ApprovalProcessState =>
  JSON.parse(JSON.stringify(state)) as ApprovalProcessState;

export const currentPlan = (state: ApprovalProcessState): ApprovalStepPlan => {
  const plan = state.steps[state.currentStep];
  if (!plan) throw new Error(`no step ${state.currentStep}`);
  return plan;
};

/** The tasks of the step now open, in its current generation. */
export function currentTasks(state: ApprovalProcessState): ApprovalTask[] {
  const plan = currentPlan(state);
  const generation = state.generations[plan.key] ?? 0;
  return state.tasks.filter((t) => t.stepKey === plan.key && t.generation === generation);
}

export function findTask(state: ApprovalProcessState, taskId: string): ApprovalTask {
  const task = state.tasks.find((t) => t.id === taskId);
  if (!task) throw approvalErrors.taskNotFound(taskId);
  return task;
}

export function requireRunning(state: ApprovalProcessState): void {
  if (state.status !== 'running') throw approvalErrors.processNotRunning(state.status);
}

const inCurrentStep = (state: ApprovalProcessState, task: ApprovalTask): boolean =>
  currentTasks(state).some((t) => t.id === task.id);

/** Pending, in the open step, and every task it waits for decided. */
export function isActionable(state: ApprovalProcessState, task: ApprovalTask): boolean {
  if (state.status !== 'running' || task.status !== 'pending' || !inCurrentStep(state, task)) return false;
  return task.waitsFor.every((id) => state.tasks.find((t) => t.id === id)?.status !== 'pending');
}

/** A pending task of the open step (it may still wait for others). */
export function requireOpen(state: ApprovalProcessState, taskId: string): ApprovalTask {
  requireRunning(state);
  const task = findTask(state, taskId);
  if (task.status !== 'pending' || !inCurrentStep(state, task)) throw approvalErrors.taskNotOpen(taskId);
  return task;
}

/**
 * A task its holder may hand to `to` (转办 or 委派): open, held by the actor, not already out on 委派,
 * and `to` is someone else than the holder (or the person the holder stands in for).
 */
export function requireHandOver(state: ApprovalProcessState, taskId: string, actor: string, to: string): ApprovalTask {
  const task = requireOpen(state, taskId);
  if (task.assignee !== actor) throw approvalErrors.notAssignee(taskId);
  if (task.delegate !== null) throw approvalErrors.delegationPending(taskId);
  if (to === actor || to === task.deputyFor) throw approvalErrors.selfTarget('to');
  return task;
}

/** A task the actor may decide on now: actionable, held by the actor, not out on 委派. */
export function requireHeldActionable(state: ApprovalProcessState, taskId: string, actor: string): ApprovalTask {
  const task = requireOpen(state, taskId);
  if (task.assignee !== actor) throw approvalErrors.notAssignee(taskId);
  if (task.delegate !== null) throw approvalErrors.delegationPending(taskId);
  if (!isActionable(state, task)) throw approvalErrors.taskWaiting(taskId);
  return task;
}

/** Anyone who ever held a task in this process, or the submitter. */
export const isParticipant = (state: ApprovalProcessState, userId: string): boolean =>
  userId === state.submitter || state.tasks.some((t) => t.assignee === userId || t.delegate === userId);

export interface HistoryDetails {
  readonly stepKey?: string;
  readonly generation?: number;
  readonly taskId?: string | null;
  readonly target?: string | null;
  readonly comment?: ApprovalComment | null;
  readonly onBehalfOf?: string | null;
}

export function record(
  state: ApprovalProcessState,
  actor: string,
  at: string,
  action: ApprovalAction,
  details: HistoryDetails = {},
): void {
  const plan = state.steps[state.currentStep];
  const stepKey = details.stepKey ?? plan?.key ?? '';
  state.history.push({
    seq: state.history.length + 1,
    at,
    actor,
    onBehalfOf: details.onBehalfOf ?? null,
    action,
    stepKey,
    generation: details.generation ?? state.generations[stepKey] ?? 0,
    taskId: details.taskId ?? null,
    target: details.target ?? null,
    comment: details.comment ?? null,
  });
}

/** A new pending task for `signer`, routed to their deputy when they are away. */
export function addTask(
  state: ApprovalProcessState,
  context: ApprovalContext,
  stepKey: string,
  signer: string,
  waitsFor: string[],
  addedBy: string | null,
): ApprovalTask {
  const generation = state.generations[stepKey] ?? 0;
  const route = context.route(signer);
  const task: ApprovalTask = {
    id: `${state.processId}.${state.nextTaskNumber}`,
    stepKey,
    generation,
    assignee: route.assignee,
    deputyFor: route.deputyFor,
    delegate: null,
    waitsFor,
    addedBy,
    status: 'pending',
    decidedAt: null,
    urgeCount: 0,
    lastUrgedAt: null,
  };
  state.nextTaskNumber += 1;
  state.tasks.push(task);
  return task;
}

/** Whom the actor stands in for on this task (代理), for the history and the audit. */
export const onBehalfOf = (task: ApprovalTask, actor: string): string | null =>
  task.assignee === actor ? task.deputyFor : null;

/** The person a signer slot is "for" (the away signer when a deputy holds it). */
export const signerOf = (task: ApprovalTask): string => task.deputyFor ?? task.assignee;

/** Whether `userId` already signs the open step (in person or through a deputy). */
export const signsCurrentStep = (state: ApprovalProcessState, userId: string): boolean =>
  currentTasks(state).some(
    (t) =>
      (t.status === 'pending' || t.status === 'approved' || t.status === 'rejected') &&
      (t.assignee === userId || t.deputyFor === userId),
  );
