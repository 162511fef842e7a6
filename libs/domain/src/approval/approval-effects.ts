import type { ApprovalEffect, ApprovalProcessState } from './approval.types.js';
import { isActionable } from './approval-state.js';

/** Who must act on a task now: the delegate while it is out on 委派, else its holder. */
const actorOf = (task: { assignee: string; delegate: string | null }): string => task.delegate ?? task.assignee;

/**
 * What changed for the outside world, by comparing before and after: tasks that became someone's
 * to act on (new, 转办, 委派, returned, or no longer waiting), steps closed and opened (reminders
 * stop and start), copies made, and the end of the process.
 */
export function deriveEffects(before: ApprovalProcessState, after: ApprovalProcessState): ApprovalEffect[] {
  const effects: ApprovalEffect[] = [];
  // '' when no step is open (not started yet, or ended).
  const openKey = (s: ApprovalProcessState): string => {
    if (s.status !== 'running' || s.history.length === 0) return '';
    const key = s.steps[s.currentStep]?.key ?? '';
    return `${key}#${s.generations[key] ?? 0}`;
  };
  const beforeKey = openKey(before);
  const afterKey = openKey(after);
  if (beforeKey !== afterKey) {
    if (beforeKey) {
      const key = before.steps[before.currentStep]?.key ?? '';
      effects.push({ kind: 'step-closed', stepKey: key, generation: before.generations[key] ?? 0 });
    }
    if (afterKey) {
      const key = after.steps[after.currentStep]?.key ?? '';
      effects.push({ kind: 'step-opened', stepKey: key, generation: after.generations[key] ?? 0 });
    }
  }
  for (const task of after.tasks) {
    if (!isActionable(after, task)) continue;
    const earlier = before.tasks.find((t) => t.id === task.id);
    const wasSame = earlier && isActionable(before, earlier) && actorOf(earlier) === actorOf(task);
    if (!wasSame)
      effects.push({
        kind: 'task-assigned',
        taskId: task.id,
        userId: actorOf(task),
        deputyFor: task.delegate === null ? task.deputyFor : null,
      });
  }
  const copied = new Map<string, string[]>();
  for (const copy of after.copies.slice(before.copies.length))
    copied.set(copy.stepKey, [...(copied.get(copy.stepKey) ?? []), copy.userId]);
  for (const [stepKey, userIds] of copied) effects.push({ kind: 'copied', stepKey, userIds });
  if (before.status === 'running' && after.status !== 'running')
    effects.push({ kind: 'finished', status: after.status });
  return effects;
}
