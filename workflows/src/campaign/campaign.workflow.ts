import {
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  startChild,
  type ChildWorkflowHandle,
} from '@temporalio/workflow';
import {
  CAMPAIGN_PROCESS_NAME,
  FOLLOW_UP_STEP_NAME,
  STEP_DEADLINE_WORKFLOW_TYPE,
  campaignFollowUpClosedSignal,
  campaignFollowUpOpenedSignal,
  campaignStatusQuery,
  campaignWorkflowId,
  rankCampaignUpdate,
  stepCompletedSignal,
  stepDeadlineWorkflowId,
  type CampaignActivities,
  type CampaignStatus,
  type CampaignWorkflowInput,
  type FollowUpOpened,
  type ReminderPlanActivities,
  type StepDeadlineWorkflow,
} from '@cxzy/contracts';
import { OWN_SERVICE_ACTIVITY } from '../activity-options.js';
import { refuseOnDomainError } from '../grading/refusal.js';
import { checkUpdateIdentity } from '../identity-check.js';

const campaigns = proxyActivities<CampaignActivities>(OWN_SERVICE_ACTIVITY);
const planner = proxyActivities<ReminderPlanActivities>(OWN_SERVICE_ACTIVITY);

/**
 * 三亮三比三评 for one window unit: each 整改存在问题 follow-up gets a step-deadline child (reminders
 * and escalation up the leading line) that stops when the unit closes it; the ranking step stores
 * the ranked result. The workflow ends once ranked and every follow-up is closed.
 */
export async function campaignWorkflow(input: CampaignWorkflowInput): Promise<CampaignStatus> {
  // The id the campaign was started with (not workflowInfo()): replays run under other ids.
  const workflowId = campaignWorkflowId(input.campaignId);
  let state: CampaignStatus['state'] = 'open';
  const pendingOpen: FollowUpOpened[] = [];
  const seen = new Set<string>();
  const children = new Map<string, ChildWorkflowHandle<StepDeadlineWorkflow> | null>();
  const closedEarly = new Set<string>();
  let ranking: Promise<{ units: number; members: number }> | null = null;

  const status = (): CampaignStatus => ({ state, openFollowUps: [...children.keys()] });
  setHandler(campaignStatusQuery, status);
  setHandler(campaignFollowUpOpenedSignal, (opened) => {
    if (seen.has(opened.followUpId)) return;
    seen.add(opened.followUpId);
    children.set(opened.followUpId, null);
    pendingOpen.push(opened);
  });
  setHandler(campaignFollowUpClosedSignal, ({ followUpId }) => {
    if (!children.has(followUpId)) return;
    const child = children.get(followUpId);
    children.delete(followUpId);
    if (child) void child.signal(stepCompletedSignal);
    else closedEarly.add(followUpId);
  });
  setHandler(
    rankCampaignUpdate,
    async (request) => {
      // A repeated ranking request while one runs gets the same answer; afterwards it re-ranks (late ratings).
      ranking ??= campaigns.rankCampaign({ campaignId: input.campaignId, actor: request.actor }).finally(() => {
        ranking = null;
      });
      const result = await ranking;
      state = 'ranked';
      return result;
    },
    {
      // ADR 0009: who ranks is the actor the API verified (administrator or supervisor) and signed.
      validator: (request) =>
        refuseOnDomainError(() =>
          checkUpdateIdentity(
            input.identityKeys,
            {
              idempotencyKey: request.idempotencyKey ?? '',
              ...(request.identity ? { identity: request.identity } : {}),
            },
            { workflowId, updateName: rankCampaignUpdate.name, roles: ['administrator', 'supervisor'] },
            { username: request.actor.actorId, role: request.actor.actorRole, organisationId: request.actor.actorOrg },
          ),
        ),
    },
  );

  for (;;) {
    await condition(() => pendingOpen.length > 0 || (state === 'ranked' && children.size === 0));
    const opened = pendingOpen.shift();
    if (!opened) break;
    await startReminders(opened);
  }
  await condition(allHandlersFinished);
  return status();

  async function startReminders(opened: FollowUpOpened): Promise<void> {
    const stepKey = `follow-up-${opened.followUpId}`;
    const planned = await planner.planStepReminders({
      openedAt: new Date().toISOString(),
      deadline: { kind: 'calendar-days', days: 1 },
      deadlineAt: opened.deadlineAt,
      roundYear: input.year,
      reminders: input.followUpReminders,
      escalation: input.followUpEscalation,
    });
    if (closedEarly.delete(opened.followUpId)) return;
    const child = await startChild<StepDeadlineWorkflow>(STEP_DEADLINE_WORKFLOW_TYPE, {
      workflowId: stepDeadlineWorkflowId(workflowId, stepKey, 0),
      parentClosePolicy: ParentClosePolicy.REQUEST_CANCEL,
      args: [
        {
          ownerWorkflowId: workflowId,
          stepKey,
          generation: 0,
          assigneeOrganisationId: input.organisationId,
          assigneeName: { zhCN: input.unitName, en: input.unitName },
          assigneeRole: 'branch-secretary',
          process: CAMPAIGN_PROCESS_NAME,
          stepName: FOLLOW_UP_STEP_NAME,
          deadlineAt: planned.deadlineAt,
          link: input.link,
          plan: planned.plan,
        },
      ],
    });
    if (children.has(opened.followUpId)) children.set(opened.followUpId, child);
    else await child.signal(stepCompletedSignal);
  }
}
