import {
  allHandlersFinished,
  condition,
  executeChild,
  patched,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import {
  APPROVAL_PROCESS_WORKFLOW_TYPE,
  COMMENDATION_WINDOW_ACTOR,
  advanceCommendationUpdate,
  approvalWorkflowId,
  commendationStatusQuery,
  commendationWorkflowId,
  toUpdateRejection,
  type ApprovalProcessInput,
  type ApprovalProcessWorkflow,
  type AdvanceCommendationResult,
  type CommendationAdvanceTo,
  type CommendationActivities,
  type CommendationStatus,
  type CommendationWorkflowInput,
} from '@cxzy/contracts';
import { OWN_SERVICE_ACTIVITY } from '../activity-options.js';
import { refuseOnDomainError } from '../grading/refusal.js';
import { checkUpdateIdentity, identityMismatch } from '../identity-check.js';

const commendations = proxyActivities<CommendationActivities>(OWN_SERVICE_ACTIVITY);

/** From this change on, the 考察 and 公示 windows close by themselves (docs/workflow-versioning.md). */
export const COMMENDATION_WINDOWS_PATCH = 'commendation-phase-windows';
const CLOSES_INTO: Partial<Record<CommendationStatus['phase'], CommendationAdvanceTo>> = {
  vet: 'publicise',
  publicise: 'decide',
};

/**
 * 学习先进: the phases move by Update (推荐 closes → 考察 closes → 公示 ends), each one activity that
 * checks the phase, writes the rows and the audit record; the decision is a child
 * approvalProcessWorkflow (a supervisor at the grading unit, through the approval engine with its
 * operations and reminders); its outcome commends or rejects the publicised nominations.
 * The 考察 and 公示 windows are durable timers: when one runs out before the administrator closes
 * it, the workflow moves the round on itself (公示 only once every objection is resolved; until
 * then it waits for the administrator).
 */
export async function commendationWorkflow(input: CommendationWorkflowInput): Promise<CommendationStatus> {
  let status: CommendationStatus = { phase: 'nominate', approvalProcessId: null };
  let approval: ApprovalProcessInput | null = null;
  let busy = false;
  /** When the current window closes by itself (null: no window open, or it is the administrator's now). */
  let windowEndsAt: string | null = null;
  const timedWindows = patched(COMMENDATION_WINDOWS_PATCH);
  const moved = (result: AdvanceCommendationResult) => {
    status = { phase: result.phase, approvalProcessId: result.approval?.processId ?? status.approvalProcessId };
    approval ??= result.approval;
    windowEndsAt = result.windowEndsAt ?? null;
  };
  const ended = () => approval !== null || status.phase === 'commended' || status.phase === 'rejected';
  setHandler(commendationStatusQuery, () => status);
  setHandler(
    advanceCommendationUpdate,
    async (request) => {
      busy = true;
      try {
        const result = await commendations.advanceCommendation({
          roundId: input.roundId,
          actor: request.actor,
          to: request.to,
        });
        moved(result);
        return result;
      } finally {
        busy = false;
      }
    },
    // One phase move at a time, and none once the decision is under way.
    {
      validator: (request) => {
        // ADR 0009: the administrator of the round's grading unit, as the API verified and signed.
        refuseOnDomainError(() =>
          checkUpdateIdentity(
            input.identityKeys,
            {
              idempotencyKey: request.idempotencyKey ?? '',
              ...(request.identity ? { identity: request.identity } : {}),
            },
            // The id the round was started with (not workflowInfo()): replays run under other ids.
            {
              workflowId: commendationWorkflowId(input.roundId),
              updateName: advanceCommendationUpdate.name,
              roles: ['administrator'],
            },
            { username: request.actor.actorId, role: request.actor.actorRole, organisationId: request.actor.actorOrg },
          ),
        );
        if (input.identityKeys && input.gradingUnitId && request.actor.actorOrg !== input.gradingUnitId)
          throw toUpdateRejection(identityMismatch('actorOrg'));
        if (busy || approval) throw new Error('the round is moving to its next phase or is being decided');
      },
    },
  );

  while (timedWindows && !ended()) {
    await condition(() => windowEndsAt !== null || ended());
    if (ended()) break;
    const phase = status.phase;
    const closesAt = Date.parse(windowEndsAt!);
    const closedByHand = await condition(() => status.phase !== phase || ended(), Math.max(closesAt - Date.now(), 1));
    if (closedByHand) continue;
    await condition(() => !busy);
    const to = CLOSES_INTO[status.phase];
    if (status.phase !== phase || !to) continue;
    busy = true;
    try {
      moved(await commendations.advanceCommendation({ roundId: input.roundId, actor: COMMENDATION_WINDOW_ACTOR, to }));
    } catch {
      // Refused (objections of the 公示 still open): the administrator closes the window once they are resolved.
      windowEndsAt = null;
    } finally {
      busy = false;
    }
  }
  await condition(ended);
  if (approval) {
    const decision = approval as ApprovalProcessInput;
    const outcome = await executeChild<ApprovalProcessWorkflow>(APPROVAL_PROCESS_WORKFLOW_TYPE, {
      workflowId: approvalWorkflowId(decision.processId),
      args: [decision],
    });
    const last = [...outcome.history].reverse().find((entry) => entry.actor !== 'system');
    status = await commendations.concludeCommendation({
      roundId: input.roundId,
      approved: outcome.status === 'approved',
      decidedBy: last
        ? { requestId: null, actorId: last.actor, actorRole: 'supervisor', actorOrg: null }
        : decision.submittedBy,
    });
  }
  await condition(allHandlersFinished);
  return status;
}
