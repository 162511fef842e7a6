import { allHandlersFinished, condition, executeChild, proxyActivities, setHandler } from '@temporalio/workflow';
import {
  APPROVAL_PROCESS_WORKFLOW_TYPE,
  advanceCommendationUpdate,
  approvalWorkflowId,
  commendationStatusQuery,
  commendationWorkflowId,
  toUpdateRejection,
  type ApprovalProcessInput,
  type ApprovalProcessWorkflow,
  type CommendationActivities,
  type CommendationStatus,
  type CommendationWorkflowInput,
} from '@cxzy/contracts';
import { OWN_SERVICE_ACTIVITY } from '../activity-options.js';
import { refuseOnDomainError } from '../grading/refusal.js';
import { checkUpdateIdentity, identityMismatch } from '../identity-check.js';

const commendations = proxyActivities<CommendationActivities>(OWN_SERVICE_ACTIVITY);

/**
 * 学习先进: the phases move by Update (推荐 closes → 考察 closes → 公示 ends), each one activity that
 * checks the phase, writes the rows and the audit record; the decision is a child
 * approvalProcessWorkflow (a supervisor at the grading unit, through the approval engine with its
 * operations and reminders); its outcome commends or rejects the publicised nominations.
 */
export async function commendationWorkflow(input: CommendationWorkflowInput): Promise<CommendationStatus> {
  let status: CommendationStatus = { phase: 'nominate', approvalProcessId: null };
  let approval: ApprovalProcessInput | null = null;
  let busy = false;
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
        status = { phase: result.phase, approvalProcessId: result.approval?.processId ?? status.approvalProcessId };
        approval ??= result.approval;
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

  await condition(() => approval !== null || status.phase === 'commended' || status.phase === 'rejected');
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
