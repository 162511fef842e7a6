import {
  ParentClosePolicy,
  getExternalWorkflowHandle,
  patched,
  proxyActivities,
  startChild,
  type ChildWorkflowHandle,
} from '@temporalio/workflow';
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

/**
 * Reminders started since continue-as-new exists outlive the run that started them (the server
 * applies the parent-close policy when a run continues as new); the engine stops them itself
 * whenever their step generation closes. Older histories replay with the policy they recorded.
 */
export const REMINDERS_OUTLIVE_RUN_PATCH = 'approval-reminders-outlive-run';

export interface ApprovalReminders {
  /** A step (re)opened as `generation`: start its step-deadline child, if the step has a deadline. */
  opened(stepKey: string, generation: number): Promise<void>;
  /** The generation closed (completed, returned, ended): its reminders stop. */
  closed(stepKey: string, generation: number): Promise<void>;
  /** The generations whose reminders run (handed over on continue-as-new). */
  running(): { stepKey: string; generation: number }[];
}

/**
 * 期限提醒 for approval steps: one stepDeadlineWorkflow per step generation, as the other process
 * workflows do, so a 退回 that re-opens a step starts its reminders afresh (generation + 1) and
 * the old generation's reminders stop.
 */
export function createApprovalReminders(input: ApprovalProcessInput, ownerWorkflowId: string): ApprovalReminders {
  // By step generation. A run continued as new gets the running ones from the previous run and
  // signals those by workflow id (an external handle: they are not its children).
  const children = new Map<
    string,
    { stepKey: string; generation: number; child: ChildWorkflowHandle<StepDeadlineWorkflow> | null }
  >();
  const id = (stepKey: string, generation: number) => `${stepKey}#${generation}`;
  for (const r of input.carried?.reminders ?? [])
    children.set(id(r.stepKey, r.generation), { stepKey: r.stepKey, generation: r.generation, child: null });
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
        parentClosePolicy: patched(REMINDERS_OUTLIVE_RUN_PATCH)
          ? ParentClosePolicy.ABANDON
          : ParentClosePolicy.REQUEST_CANCEL,
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
      children.set(id(stepKey, generation), { stepKey, generation, child });
    },
    async closed(stepKey, generation) {
      const entry = children.get(id(stepKey, generation));
      if (!entry) return;
      children.delete(id(stepKey, generation));
      if (entry.child) await entry.child.signal(stepCompletedSignal);
      else
        await getExternalWorkflowHandle(stepDeadlineWorkflowId(ownerWorkflowId, stepKey, generation)).signal(
          stepCompletedSignal,
        );
    },
    running: () => [...children.values()].map(({ stepKey, generation }) => ({ stepKey, generation })),
  };
}
