import {
  buildNotificationKey,
  copiedNotice,
  finishedNotice,
  taskAssignedNotice,
  urgedNotice,
  type ApprovalEffect,
  type ApprovalNotice,
  type ApprovalProcessState,
  type LocalizedText,
} from '@cxzy/domain';
import type { ApprovalProcessInput } from '@cxzy/contracts';
import { deliverNotification } from '../notification/deliver-notification.js';
import type { ApprovalReminders } from './approval-reminders.js';

/**
 * Turns the model's effects into the outside world: reminders stop for closed step generations
 * and start for opened ones (in that order, so a return never leaves two running for a step),
 * then inbox notices go out through the shared notification path, keyed so a replay or a retry
 * never sends one twice.
 */
export async function performApprovalEffects(
  input: ApprovalProcessInput,
  workflowId: string,
  state: ApprovalProcessState,
  effects: readonly ApprovalEffect[],
  reminders: ApprovalReminders,
): Promise<void> {
  for (const effect of effects)
    if (effect.kind === 'step-closed') await reminders.closed(effect.stepKey, effect.generation);
  for (const effect of effects)
    if (effect.kind === 'step-opened') await reminders.opened(effect.stepKey, effect.generation);

  const stepName = (stepKey: string): LocalizedText =>
    state.steps.find((s) => s.key === stepKey)?.name ?? { zhCN: stepKey, en: stepKey };
  const taskStep = (taskId: string) => state.tasks.find((t) => t.id === taskId);
  const version = state.history.length;
  const notify = (recipient: string, step: string, reason: string, notice: ApprovalNotice) =>
    deliverNotification({
      idempotencyKey: buildNotificationKey({ workflowId, step, reason, level: recipient, occurrence: version }),
      recipient,
      title: notice.title,
      body: notice.body,
      link: input.link,
    });

  const sends: Promise<unknown>[] = [];
  for (const effect of effects) {
    if (effect.kind === 'task-assigned') {
      const task = taskStep(effect.taskId);
      if (task)
        sends.push(
          notify(
            effect.userId,
            task.id,
            'assigned',
            taskAssignedNotice(input.title, stepName(task.stepKey), effect.deputyFor),
          ),
        );
    } else if (effect.kind === 'copied') {
      for (const userId of effect.userIds)
        sends.push(notify(userId, effect.stepKey, 'copied', copiedNotice(input.title, stepName(effect.stepKey))));
    } else if (effect.kind === 'urged') {
      const task = taskStep(effect.taskId);
      if (task)
        for (const userId of effect.userIds)
          sends.push(
            notify(userId, task.id, 'urged', urgedNotice(input.title, stepName(task.stepKey), task.urgeCount)),
          );
    } else if (effect.kind === 'finished') {
      sends.push(notify(state.submitter, 'process', effect.status, finishedNotice(input.title, effect.status)));
    }
  }
  await Promise.all(sends);
}
