// Shared by the approval specs only (not exported from the library).
import type { AddSignerPosition, ApprovalQuorum } from '../pipeline/pipeline-definition.types.js';
import type {
  ApprovalContext,
  ApprovalOperation,
  ApprovalOutcome,
  ApprovalProcessState,
  ApprovalStepPlan,
  DeputyRoute,
} from './approval.types.js';
import { applyApprovalOperation } from './apply-approval-operation.js';
import { startApprovalProcess } from './start-approval-process.js';
import { currentTasks } from './approval-state.js';
import { inPerson } from './deputy.js';

export const T0 = '2026-12-01T01:00:00.000Z';

export function plan(
  key: string,
  signers: readonly string[],
  quorum: ApprovalQuorum = { kind: 'all' },
  options: Partial<ApprovalStepPlan['options']> = {},
  cc: readonly string[] = [],
): ApprovalStepPlan {
  return {
    key,
    name: { zhCN: key, en: key },
    quorum,
    options: {
      addSigner: ['before', 'after', 'parallel'] as AddSignerPosition[],
      maxAddedSigners: 5,
      removeDefinitionSigners: false,
      urgeIntervalMinutes: 60,
      ...options,
    },
    signers,
    cc,
  };
}

export const ctx = (actor: string, now = T0, route: (u: string) => DeputyRoute = inPerson): ApprovalContext => ({
  actor,
  now,
  route,
});

export function start(steps: readonly ApprovalStepPlan[], route?: (u: string) => DeputyRoute): ApprovalOutcome {
  return startApprovalProcess(
    { processId: 'p1', submitter: 'sub', supervisors: ['boss'], steps },
    ctx('sub', T0, route),
  );
}

/** The id of the open task `assignee` holds in the current step. */
export function taskOf(state: ApprovalProcessState, assignee: string): string {
  const task = currentTasks(state).find((t) => t.assignee === assignee && t.status === 'pending');
  if (!task) throw new Error(`${assignee} holds no open task`);
  return task.id;
}

export const apply = (state: ApprovalProcessState, op: ApprovalOperation, actor: string, now = T0) =>
  applyApprovalOperation(state, op, ctx(actor, now));

/** Applies and returns the new state, failing the test on a refusal. */
export const ok = (state: ApprovalProcessState, op: ApprovalOperation, actor: string, now = T0) =>
  apply(state, op, actor, now).state;

export const codeOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  return 'accepted';
};

export const reason = (text: string) => ({ text, attachments: [] });
