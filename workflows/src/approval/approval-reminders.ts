import { ParentClosePolicy, proxyActivities, startChild, type ChildWorkflowHandle } from '@temporalio/workflow';
import {
  STEP_DEADLINE_WORKFLOW_TYPE,
  stepCompletedSignal,
  stepDeadlineWorkflowId,
  type ApprovalProcessInput,
  type ReminderPlanActivities,
  type StepDeadlineWorkflow,
} from '@cxzy/contracts';
import { OWN_SERVICE_ACTIVITY } from '../activity-options.js';

const planner = proxyActivities<ReminderPlanActivities>(OWN_SERVICE_ACTIVITY);

export interface ApprovalReminders {
  /** A step (re)opened as `generation`: start its step-deadline child, if the step has a deadline. */
  opened(stepKey: string, generation: number): Promise<void>;
  /** The generation closed (completed, returned, ended): its reminders stop. */
  closed(stepKey: string, generation: number): Promise<void>;
}

/**
 * 期限提醒 for approval steps: one stepDeadlineWorkflow per step generation, as the other process
 * workflows do, so a 退回 that re-opens a step starts its reminders afresh (generation + 1) and
 * the old generation's reminders stop.
 */
export function createApprovalReminders(input: ApprovalProcessInput, ownerWorkflowId: string): ApprovalReminders {
  const children = new Map<string, ChildWorkflowHandle<StepDeadlineWorkflow>>();
  const id = (stepKey: string, generation: number) => `${stepKey}#${generation}`;
  return {
    async opened(stepKey, generation) {
      const rules = input.deadlines[stepKey];
      const target = input.reminderTarget;
      const step = input.steps.find((s) => s.key === stepKey);
      if (!rules || !target || !step) return;
      const planned = await planner.planStepReminders({
        openedAt: new Date().toISOString(),
        deadline: rules.deadline,
        roundYear: target.year,
        reminders: rules.reminders,
        escalation: rules.escalation,
      });
      const child = await startChild<StepDeadlineWorkflow>(STEP_DEADLINE_WORKFLOW_TYPE, {
        workflowId: stepDeadlineWorkflowId(ownerWorkflowId, stepKey, generation),
        parentClosePolicy: ParentClosePolicy.REQUEST_CANCEL,
        args: [
          {
            ownerWorkflowId,
            stepKey,
            generation,
            assigneeOrganisationId: target.organisationId,
            assigneeName: target.assigneeName,
            assigneeRole: rules.assigneeRole,
            process: { zhCN: input.title, en: input.title },
            stepName: step.name,
            deadlineAt: planned.deadlineAt,
            link: input.link,
            plan: planned.plan,
          },
        ],
      });
      children.set(id(stepKey, generation), child);
    },
    async closed(stepKey, generation) {
      const child = children.get(id(stepKey, generation));
      if (!child) return;
      children.delete(id(stepKey, generation));
      await child.signal(stepCompletedSignal);
    },
  };
}
