import type { ApprovalContext, ApprovalProcessState } from './approval.types.js';
import { addTask, currentPlan, currentTasks, record } from './approval-state.js';
import { quorumOutcome } from './quorum.js';

/**
 * Opens step `index` as a new generation: one task per definition signer (依次审批: each waits for
 * the one before), and the step's copies. A re-opened step starts afresh from its definition
 * signers; whatever was added or decided in an earlier generation stays in the history only.
 */
export function openStep(state: ApprovalProcessState, index: number, context: ApprovalContext): void {
  const plan = state.steps[index];
  if (!plan) throw new Error(`no step ${index}`);
  state.currentStep = index;
  const previous = state.generations[plan.key];
  state.generations[plan.key] = previous === undefined ? 0 : previous + 1;
  let before: string | null = null;
  for (const signer of plan.signers) {
    const waitsFor: string[] = plan.quorum.kind === 'sequential' && before !== null ? [before] : [];
    before = addTask(state, context, plan.key, signer, waitsFor, null).id;
  }
  record(state, 'system', context.now, 'step-opened', { stepKey: plan.key });
  for (const userId of plan.cc) {
    if (!state.copies.some((c) => c.userId === userId && c.stepKey === plan.key))
      state.copies.push({ userId, stepKey: plan.key, by: 'system', at: context.now });
  }
}

/**
 * After every change: if the open step's quorum is met, its remaining tasks are cancelled and the
 * next step opens (or the process is approved); if it can no longer be met, the process is
 * rejected. Exactly when the rule is met — never earlier, never later.
 */
export function settle(state: ApprovalProcessState, context: ApprovalContext): void {
  while (state.status === 'running') {
    const plan = currentPlan(state);
    const tasks = currentTasks(state);
    const outcome = quorumOutcome(plan.quorum, tasks);
    if (outcome === 'open') return;
    for (const task of tasks) if (task.status === 'pending') task.status = 'cancelled';
    record(state, 'system', context.now, outcome === 'met' ? 'step-completed' : 'step-failed');
    if (outcome === 'failed') {
      state.status = 'rejected';
      return;
    }
    if (state.currentStep + 1 >= state.steps.length) {
      state.status = 'approved';
      return;
    }
    openStep(state, state.currentStep + 1, context);
  }
}
