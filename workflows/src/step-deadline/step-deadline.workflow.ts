import { CancellationScope, condition, isCancellation, proxyActivities, setHandler } from '@temporalio/workflow';
import { buildNotificationKey, renderNotification, type PlannedSend } from '@cxzy/domain';
import {
  stepCompletedSignal,
  stepDeadlineStatusQuery,
  type NotificationRecipient,
  type OrganisationActivities,
  type StepDeadlineInput,
  type StepDeadlineStatus,
  type StepTaskActivities,
} from '@cxzy/contracts';
import { deliverNotification } from '../notification/deliver-notification.js';
import { OWN_SERVICE_ACTIVITY } from '../activity-options.js';

const tasks = proxyActivities<StepTaskActivities>(OWN_SERVICE_ACTIVITY);

const organisations = proxyActivities<OrganisationActivities>(OWN_SERVICE_ACTIVITY);

/**
 * 期限提醒与逐级催办: the step is on the open-steps list (待办) until it completes; meanwhile sleep
 * until each planned send, remind the assignee, then escalate up the leading line, copying the
 * other line. Completion stops everything at once; the owner cancelling the step closes it too.
 */
export async function stepDeadlineWorkflow(input: StepDeadlineInput): Promise<StepDeadlineStatus> {
  let completed = false;
  const sent: string[] = [];
  setHandler(stepCompletedSignal, () => {
    completed = true;
  });
  setHandler(stepDeadlineStatusQuery, () => ({ sent: [...sent], completed }));
  const step = { ownerWorkflowId: input.ownerWorkflowId, stepKey: input.stepKey, generation: input.generation };

  await tasks.openStepTask({
    ...step,
    organisationId: input.assigneeOrganisationId,
    assigneeRole: input.assigneeRole,
    process: input.process,
    step: input.stepName,
    deadlineAt: input.deadlineAt,
    link: input.link,
  });
  try {
    for (const send of input.plan) {
      const wait = Date.parse(send.at) - Date.now();
      if (wait > 0 && (await condition(() => completed, wait))) break;
      if (completed) break;
      await sendOne(input, send);
      sent.push(send.reason);
    }
    // After the last escalation the step stays on the list until its owner completes it.
    await condition(() => completed);
    await tasks.closeStepTask({ ...step, status: 'completed' });
  } catch (error) {
    if (isCancellation(error)) {
      await CancellationScope.nonCancellable(() => tasks.closeStepTask({ ...step, status: 'cancelled' }));
    }
    throw error;
  }
  return { sent, completed };
}

async function sendOne(input: StepDeadlineInput, send: PlannedSend): Promise<void> {
  const recipients = await organisations.resolveStepRecipients({
    organisationId: input.assigneeOrganisationId,
    level: send.level,
    assigneeRole: input.assigneeRole,
    copyOtherLine: send.copyOtherLine,
    copySuperior: send.copySuperior,
  });
  const params = {
    process: input.process,
    step: input.stepName,
    deadline: input.deadlineAt,
    link: input.link,
    assignee: input.assigneeName,
  };
  const deliver = (recipient: NotificationRecipient, role: 'to' | 'copy') => {
    const rendered = renderNotification(role === 'to' ? send.template : 'step-escalated-copy', params);
    return deliverNotification({
      idempotencyKey: buildNotificationKey({
        workflowId: input.ownerWorkflowId,
        step: input.stepKey,
        reason: send.reason,
        level: `${role}:${recipient.userId}`,
        occurrence: input.generation,
      }),
      recipient: recipient.userId,
      title: rendered.title,
      body: rendered.body,
      link: rendered.link,
    });
  };
  const toMemberOnly =
    input.directRecipient !== undefined && send.level === 'self' && send.template !== 'step-escalated';
  const to = toMemberOnly
    ? [{ userId: input.directRecipient as string, organisationId: input.assigneeOrganisationId }]
    : recipients.to;
  await Promise.all([...to.map((r) => deliver(r, 'to')), ...recipients.copy.map((r) => deliver(r, 'copy'))]);
}
