import {
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  patched,
  proxyActivities,
  setHandler,
  startChild,
  type ChildWorkflowHandle,
} from '@temporalio/workflow';
import {
  PLEDGE_PROCESS_NAME,
  PLEDGE_ROLES,
  STEP_OF_STATE,
  assertPeerEvaluationRequested,
  buildNotificationKey,
  checkEvaluation,
  checkReturnReason,
  computeEvaluationResult,
  evaluationWeightsFrom,
  memberRecipient,
  nextPledgeState,
  pledgeFeedbackNotice,
  reviewEndReason,
  type EvaluationResult,
  type PledgeAction,
  type PledgeEvaluation,
  type PledgeItem,
  type PledgeState,
  type ReviewWarning,
  type SignedUpdateIdentity,
} from '@cxzy/domain';
import {
  STEP_DEADLINE_WORKFLOW_TYPE,
  amendPledgeUpdate,
  concludePledgeEvaluationUpdate,
  evaluatePledgeUpdate,
  feedBackPledgeUpdate,
  pledgeStatusQuery,
  pledgeWorkflowId,
  publicisePledgeUpdate,
  reportPledgeProgressUpdate,
  revisePledgeUpdate,
  reviewPledgeUpdate,
  stepCompletedSignal,
  stepDeadlineWorkflowId,
  toUpdateRejection,
  type ApprovalActor,
  type ApprovalStatus,
  type PledgeActivities,
  type PledgeActor,
  type PledgeStatus,
  type PledgeTransitionRecord,
  type PledgeUpdateResult,
  type PledgeWorkflowInput,
  type ReviewPledgeInput,
  type StepDeadlineWorkflow,
} from '@cxzy/contracts';
import { embedApprovalEngine, type ApprovalEngine } from '../approval/approval-engine.js';
import { checkUpdateIdentity } from '../identity-check.js';
import { deliverNotification } from '../notification/deliver-notification.js';
import { acceptPeerEvaluationRequests } from './peer-evaluation-requests.js';
import { PLEDGE_REVIEW_APPROVAL_PATCH, pledgeReviewApproval, reviewOperation } from './pledge-review-approval.js';

const pledges = proxyActivities<PledgeActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', nonRetryableErrorTypes: ['DomainError'] },
});

/** 群众评议 through a single-use link: the API signs the public rater's identity with this role. */
const PUBLIC_RATER = ['public'] as const;

/** Steps the member acts on: their own reminders go to the member's inbox, escalations prompt the branch. */
const MEMBER_STEPS = new Set(['propose', 'fulfil']);

/**
 * 党员承诺践诺: 提出 → 审核 (入承诺台账) → 公开 → 履行 → 评议 → 反馈. The workflow holds the state;
 * each accepted Update writes the projection and its audit record through one activity; each
 * step with a deadline gets a reminder child that stops when the step is done. The 审核 is an
 * approval step run by the embedded approval engine (quorum, 转办, 委派, 加签, 退回, 撤回, 催办, 抄送,
 * 代理; ADR 0014): when the approval ends, the pledge is approved into the ledger or returned for
 * revision, and a revision re-submits it.
 */
export async function pledgeWorkflow(input: PledgeWorkflowInput): Promise<PledgeStatus> {
  const { pledgeId, proposal, definition } = input;
  // The id the pledge was started with (not workflowInfo()): replays of recorded histories run under other ids.
  const workflowId = pledgeWorkflowId(pledgeId);
  let state: PledgeState = 'proposed';
  let seq = 0;
  let items: readonly PledgeItem[] = proposal.items;
  let returnReason: string | null = null;
  const evaluations: PledgeEvaluation[] = [];
  let result: EvaluationResult | null = null;
  let feedbackDelivered = false;
  let recorded = false;
  let openStep: {
    key: string;
    deadlineAt: string | null;
    child: ChildWorkflowHandle<StepDeadlineWorkflow> | null;
  } | null = null;
  const generations = new Map<string, number>();
  const byKey = new Map<string, Promise<PledgeUpdateResult>>();
  // 审核 through the approval engine, for pledges proposed since it does (their input has the review plan).
  const reviewApproval = pledgeReviewApproval(input);
  const approval: ApprovalEngine | null =
    reviewApproval && patched(PLEDGE_REVIEW_APPROVAL_PATCH)
      ? embedApprovalEngine(reviewApproval, workflowId, { onEnded: reviewEnded })
      : null;
  let reviewed: PledgeUpdateResult | null = null;

  setHandler(pledgeStatusQuery, () => ({
    pledgeId,
    state,
    seq,
    items,
    returnReason,
    evaluations: [...evaluations],
    result,
    feedbackDelivered,
    openStep: openStep ? { key: openStep.key, deadlineAt: openStep.deadlineAt } : null,
  }));

  /** Closes the reminders of the step that was open and opens the next step's, if it has a deadline. */
  async function moveSteps(next: PledgeState): Promise<void> {
    const stepKey = STEP_OF_STATE[next];
    if (openStep?.key === stepKey) return;
    const closing = openStep;
    openStep = null;
    if (closing?.child) await closing.child.signal(stepCompletedSignal);
    if (!stepKey) return;
    const step = definition.body.steps.find((s) => s.key === stepKey);
    openStep = { key: stepKey, deadlineAt: null, child: null };
    if (!step?.deadline || !input.reminders) return;
    const planned = await pledges.planPledgeStep({
      step,
      openedAt: new Date().toISOString(),
      year: proposal.year,
      dueDate: stepKey === 'fulfil' ? proposal.dueDate : null,
    });
    if (!planned || openStep?.key !== stepKey) return;
    const generation = generations.get(stepKey) ?? 0;
    generations.set(stepKey, generation + 1);
    const memberStep = MEMBER_STEPS.has(stepKey) && proposal.pledgerKind === 'member';
    const child = await startChild<StepDeadlineWorkflow>(STEP_DEADLINE_WORKFLOW_TYPE, {
      workflowId: stepDeadlineWorkflowId(workflowId, stepKey, generation),
      parentClosePolicy: ParentClosePolicy.REQUEST_CANCEL,
      args: [
        {
          ownerWorkflowId: workflowId,
          stepKey,
          generation,
          assigneeOrganisationId: proposal.organisationId,
          assigneeName: { zhCN: input.reminders.pledgerName, en: input.reminders.pledgerName },
          // The branch reviews, publicises, evaluates, feeds back, and is prompted when a member is late.
          assigneeRole: 'branch-secretary',
          ...(memberStep && input.reminders.memberRecipient
            ? { directRecipient: input.reminders.memberRecipient }
            : {}),
          process: PLEDGE_PROCESS_NAME,
          stepName: step.name,
          deadlineAt: planned.deadlineAt,
          link: input.link,
          plan: planned.plan,
        },
      ],
    });
    openStep = { key: stepKey, deadlineAt: planned.deadlineAt, child };
  }

  type Payload = Omit<PledgeTransitionRecord, 'pledgeId' | 'seq' | 'action' | 'from' | 'to' | 'actor' | 'reason'> & {
    readonly reason?: string | null;
    readonly warnings?: readonly ReviewWarning[];
  };

  /**
   * Runs one accepted Update once per idempotency key. `prepare` checks what the state alone cannot
   * and may throw: nothing has changed then. Otherwise the state moves at once (the next Update is
   * judged against it), the projection and audit are written, the steps' reminders move, then `then` runs.
   */
  function transition(
    key: string,
    action: PledgeAction,
    actor: PledgeActor,
    prepare: () => Payload = () => ({}),
    then: () => Promise<void> = async () => undefined,
  ) {
    const existing = byKey.get(key);
    if (existing) return existing;
    const run = async (): Promise<PledgeUpdateResult> => {
      await condition(() => recorded);
      const from = state;
      const to = nextPledgeState(from, action);
      const { warnings, reason, ...payload } = prepare();
      state = to;
      seq += 1;
      const mySeq = seq;
      const { ledgerVersion } = await pledges.recordPledgeTransition({
        pledgeId,
        seq: mySeq,
        action,
        from,
        to,
        actor,
        reason: reason ?? null,
        ...payload,
      });
      await moveSteps(to);
      await then();
      return { pledgeId, state: to, seq: mySeq, warnings: warnings ?? [], ledgerVersion, result };
    };
    // A handler must fail with an ApplicationFailure (anything else would fail the workflow task).
    const promise = run().catch((error: unknown) => {
      throw toUpdateRejection(error);
    });
    byKey.set(key, promise);
    return promise;
  }

  /**
   * Validators: first the signed identity (ADR 0009: for this Update, in a role the step allows,
   * naming the payload's actor); then a repeated key is accepted (it returns the first result);
   * anything else must fit the state.
   */
  const validate = (
    u: { readonly idempotencyKey: string; readonly actor: PledgeActor; readonly identity?: SignedUpdateIdentity },
    update: { readonly name: string },
    step: keyof typeof PLEDGE_ROLES | 'publicEvaluate',
    check: () => void,
  ) => {
    try {
      checkUpdateIdentity(
        input.identityKeys,
        u,
        { workflowId, updateName: update.name, roles: step === 'publicEvaluate' ? PUBLIC_RATER : PLEDGE_ROLES[step] },
        { username: u.actor.actorId, role: u.actor.actorRole, organisationId: u.actor.actorOrg },
      );
      if (byKey.has(u.idempotencyKey)) return;
      check();
    } catch (error) {
      throw toUpdateRejection(error);
    }
  };

  /** The approval ended (inside the operation that ended it): into the ledger, or back for revision. */
  async function reviewEnded(outcome: ApprovalStatus, actor: ApprovalActor): Promise<void> {
    const approved = outcome.status === 'approved';
    reviewed = await transition(
      `review-approval:${outcome.history.length}`,
      approved ? 'approve' : 'return',
      actor,
      () => {
        returnReason = approved ? null : reviewEndReason(outcome.history, outcome.status);
        return { reason: returnReason };
      },
    );
  }

  /** A 审核 Update when the approval engine runs the review: the reviewer's operation on their task. */
  function reviewThroughApproval(engine: ApprovalEngine, u: ReviewPledgeInput): Promise<PledgeUpdateResult> {
    const existing = byKey.get(u.idempotencyKey);
    if (existing) return existing;
    const promise = (async (): Promise<PledgeUpdateResult> => {
      const outcome = await engine.operate({
        idempotencyKey: `pledge-review:${u.idempotencyKey}`,
        actor: u.actor,
        operation: reviewOperation(engine, u),
      });
      const ledgerVersion = outcome.status === 'approved' ? (reviewed?.ledgerVersion ?? null) : null;
      return { pledgeId, state, seq, warnings: u.warnings, ledgerVersion, result };
    })().catch((error: unknown) => {
      throw toUpdateRejection(error);
    });
    byKey.set(u.idempotencyKey, promise);
    return promise;
  }

  setHandler(
    reviewPledgeUpdate,
    (u) =>
      approval
        ? reviewThroughApproval(approval, u)
        : transition(u.idempotencyKey, u.decision === 'approve' ? 'approve' : 'return', u.actor, () => {
            returnReason = u.decision === 'return' ? checkReturnReason(u.reason) : null;
            return { reason: returnReason, warnings: u.warnings };
          }),
    {
      validator: (u) =>
        validate(u, reviewPledgeUpdate, 'review', () => {
          nextPledgeState(state, u.decision === 'approve' ? 'approve' : 'return');
          if (u.decision === 'return') checkReturnReason(u.reason);
          if (approval)
            approval.check({
              idempotencyKey: `pledge-review:${u.idempotencyKey}`,
              actor: u.actor,
              operation: reviewOperation(approval, u),
            });
        }),
    },
  );

  setHandler(
    revisePledgeUpdate,
    (u) =>
      transition(
        u.idempotencyKey,
        'revise',
        u.actor,
        () => {
          items = u.items;
          return { items: u.items };
        },
        // 重新提交: the review opens afresh (every signer again, nothing of the last round counts).
        async () => approval?.resubmit(u.actor),
      ),
    { validator: (u) => validate(u, revisePledgeUpdate, 'revise', () => nextPledgeState(state, 'revise')) },
  );

  setHandler(
    amendPledgeUpdate,
    (u) =>
      transition(u.idempotencyKey, 'amend', u.actor, () => {
        items = u.items;
        return { items: u.items, reason: u.reason };
      }),
    { validator: (u) => validate(u, amendPledgeUpdate, 'amend', () => nextPledgeState(state, 'amend')) },
  );

  setHandler(
    publicisePledgeUpdate,
    (u) =>
      transition(u.idempotencyKey, 'publicise', u.actor, () => ({
        reason: u.announcedAt,
        publicity: { scope: u.scope, expiresAt: u.expiresAt, at: new Date().toISOString() },
      })),
    { validator: (u) => validate(u, publicisePledgeUpdate, 'publicise', () => nextPledgeState(state, 'publicise')) },
  );

  setHandler(
    reportPledgeProgressUpdate,
    (u) =>
      transition(u.idempotencyKey, u.completed ? 'complete-fulfilment' : 'report-progress', u.actor, () => ({
        progress: { note: u.note, evidence: u.evidence, percent: u.completed ? 100 : u.percent },
      })),
    {
      validator: (u) =>
        validate(u, reportPledgeProgressUpdate, 'reportProgress', () =>
          nextPledgeState(state, u.completed ? 'complete-fulfilment' : 'report-progress'),
        ),
    },
  );

  // 邀请互评: a peer evaluation only from a member the branch asked (ADR 0016).
  const peers = acceptPeerEvaluationRequests({
    pledgeId,
    pledgeMemberIds: proposal.memberIds,
    state: () => state,
    recorded: () => recorded,
    validate,
    record: (record) => pledges.recordPeerEvaluationRequest(record),
  });
  const evaluationContext = () => ({
    pledgeMemberIds: proposal.memberIds,
    branchMemberIds: null,
    existing: evaluations,
  });
  setHandler(
    evaluatePledgeUpdate,
    (u) =>
      transition(u.idempotencyKey, 'evaluate', u.actor, () => {
        const [problem] = checkEvaluation(u.evaluation, evaluationContext());
        if (problem) throw problem;
        evaluations.push(u.evaluation);
        return { evaluation: u.evaluation };
      }),
    {
      validator: (u) =>
        validate(u, evaluatePledgeUpdate, u.evaluation?.source === 'public' ? 'publicEvaluate' : 'evaluate', () => {
          nextPledgeState(state, 'evaluate');
          const [problem] = checkEvaluation(u.evaluation, evaluationContext());
          if (problem) throw problem;
          assertPeerEvaluationRequested(u.evaluation, u.actor?.actorRole, peers.asked);
        }),
    },
  );

  const weights = evaluationWeightsFrom(definition.body.appraisalWeights);
  setHandler(
    concludePledgeEvaluationUpdate,
    (u) =>
      transition(u.idempotencyKey, 'conclude-evaluation', u.actor, () => {
        result = computeEvaluationResult(evaluations, weights);
        return { result };
      }),
    {
      validator: (u) =>
        validate(u, concludePledgeEvaluationUpdate, 'conclude', () => {
          nextPledgeState(state, 'conclude-evaluation');
          computeEvaluationResult(evaluations, weights);
        }),
    },
  );

  setHandler(
    feedBackPledgeUpdate,
    async (u) => {
      // 评议结束须在结果反馈到党员之后: deliver first, then close.
      if (!byKey.has(u.idempotencyKey)) await deliverFeedback(u.message);
      return transition(u.idempotencyKey, 'feed-back', u.actor, () => ({ feedback: u.message }));
    },
    { validator: (u) => validate(u, feedBackPledgeUpdate, 'feedBack', () => nextPledgeState(state, 'feed-back')) },
  );

  async function deliverFeedback(message: string): Promise<void> {
    const notice = pledgeFeedbackNotice(result, message);
    await Promise.all(
      proposal.memberIds.map((memberId) =>
        deliverNotification({
          idempotencyKey: buildNotificationKey({ workflowId, step: 'feedback', reason: 'result', level: memberId }),
          recipient: memberRecipient(memberId),
          title: notice.title,
          body: notice.body,
          link: input.link,
        }),
      ),
    );
    feedbackDelivered = true;
  }

  // The review's tasks exist before the pledge is seen: whoever reads the pledge may review it at once.
  await approval?.start();
  await pledges.recordPledgeProposed({ ...input, workflowId });
  recorded = true;
  await moveSteps('proposed');
  await condition(() => state === 'closed');
  // Let every accepted Update finish and answer before the workflow completes.
  await condition(allHandlersFinished);
  return {
    pledgeId,
    state,
    seq,
    items,
    returnReason,
    evaluations,
    result,
    feedbackDelivered,
    openStep: null,
  };
}
