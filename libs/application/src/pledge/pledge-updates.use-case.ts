import { Injectable } from '@nestjs/common';
import type { WorkflowHandle } from '@temporalio/client';
import {
  DomainError,
  annualPledgeCountWarning,
  assertNoProblems,
  assertPeerEvaluationRequested,
  checkEvaluation,
  checkPeerEvaluationRequest,
  type PledgeEvaluation,
  type PledgeItem,
  type ReviewWarning,
} from '@cxzy/domain';
import {
  amendPledgeUpdate,
  concludePledgeEvaluationUpdate,
  evaluatePledgeUpdate,
  feedBackPledgeUpdate,
  fromUpdateRejection,
  pledgeStatusQuery,
  pledgeWorkflowId,
  publicisePledgeUpdate,
  reportPledgeProgressUpdate,
  requestPeerEvaluationUpdate,
  revisePledgeUpdate,
  reviewPledgeUpdate,
  type PledgeStatus,
  type PledgeUpdateResult,
} from '@cxzy/contracts';
import {
  MemberRepository,
  PeerEvaluationRequestRepository,
  PledgeRepository,
  type PledgeRecord,
} from '@cxzy/persistence';
import { TemporalClientProvider } from '@cxzy/temporal';
import { auditedActor, type RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import { UpdateIdentitySigner } from '../auth/update-identity-signer.service.js';
import { PLEDGE_ROLES } from './pledge-roles.js';

export const pledgeNotFound = (id: string): DomainError =>
  new DomainError(
    'PLEDGE_NOT_FOUND',
    'not-found',
    { zhCN: `承诺不存在：${id}`, en: `no such pledge: ${id}` },
    'pledgeId',
  );

export const pledgeClosed = (id: string): DomainError =>
  new DomainError(
    'PLEDGE_CLOSED',
    'conflict',
    { zhCN: `承诺已反馈结束，不能再办理：${id}`, en: `the pledge is closed (fed back): ${id}` },
    'state',
  );

/**
 * Every step of a running pledge is a Workflow Update: the workflow's validator accepts or refuses
 * at once (409 wrong step, 422 rule) and a refusal changes nothing. Checks that need the database
 * (the reviewer's count warning, peers of the branch) are made here first.
 */
@Injectable()
export class PledgeUpdatesUseCase {
  constructor(
    private readonly temporal: TemporalClientProvider,
    private readonly pledges: PledgeRepository,
    private readonly members: MemberRepository,
    private readonly access: AccessPolicy,
    private readonly identities: UpdateIdentitySigner,
    private readonly peerRequests: PeerEvaluationRequestRepository,
  ) {}

  /** The payload's actor and its signed identity for one Update (ADR 0009: the validator verifies it). */
  private signed(acting: RequestContext, pledgeId: string, update: { readonly name: string }, key: string) {
    return {
      idempotencyKey: key,
      actor: auditedActor(acting),
      identity: this.identities.sign(acting, {
        workflowId: pledgeWorkflowId(pledgeId),
        updateName: update.name,
        idempotencyKey: key,
      }),
    };
  }

  /**
   * The pledge, and the context acting on it in one of the roles the step allows (403 otherwise).
   * A member acts only on their own pledge (a collective one: any of its members'), or — evaluating —
   * only as the evaluator the evaluation names (`ownerMemberIds`).
   */
  private async authorised(
    context: RequestContext,
    pledgeId: string,
    step: keyof typeof PLEDGE_ROLES,
    ownerMemberIds?: (pledge: PledgeRecord) => readonly string[],
  ) {
    const pledge = await this.pledge(pledgeId);
    const roles: readonly string[] = PLEDGE_ROLES[step];
    const owners = roles.includes('member')
      ? await this.members.userIdsOf(ownerMemberIds ? ownerMemberIds(pledge) : pledge.memberIds)
      : undefined;
    const acting = await this.access.actAsAnyOf(context, PLEDGE_ROLES[step], pledge.organisationId, owners);
    return { pledge, context: acting };
  }

  /** The stored pledge, or 404. */
  pledgeRecord(pledgeId: string): Promise<PledgeRecord> {
    return this.pledge(pledgeId);
  }

  private async pledge(pledgeId: string): Promise<PledgeRecord> {
    const pledge = await this.pledges.findById(pledgeId);
    if (!pledge) throw pledgeNotFound(pledgeId);
    return pledge;
  }

  private async send(
    pledgeId: string,
    run: (handle: WorkflowHandle) => Promise<PledgeUpdateResult>,
  ): Promise<PledgeUpdateResult> {
    const client = await this.temporal.get();
    try {
      return await run(client.workflow.getHandle(pledgeWorkflowId(pledgeId)));
    } catch (error) {
      const rejection = fromUpdateRejection(error);
      if (rejection) throw rejection;
      // The workflow of a closed pledge has completed: nothing more can happen to it.
      if (error instanceof Error && error.name === 'WorkflowNotFoundError') throw pledgeClosed(pledgeId);
      throw error;
    }
  }

  async review(
    context: RequestContext,
    pledgeId: string,
    input: { key: string; decision: 'approve' | 'return'; reason: string | null },
  ) {
    const { pledge, context: actor } = await this.authorised(context, pledgeId, 'review');
    const warnings: ReviewWarning[] = [];
    if (pledge.kind === 'annual' && pledge.pledgerKind === 'member')
      for (const memberId of pledge.memberIds) {
        const warning = annualPledgeCountWarning(await this.pledges.countAnnual(memberId, pledge.year));
        if (warning) warnings.push(warning);
      }
    return this.send(pledgeId, (h) =>
      h.executeUpdate(reviewPledgeUpdate, {
        args: [
          {
            ...this.signed(actor, pledgeId, reviewPledgeUpdate, input.key),
            decision: input.decision,
            reason: input.reason,
            warnings,
          },
        ],
      }),
    );
  }

  async revise(context: RequestContext, pledgeId: string, input: { key: string; items: readonly PledgeItem[] }) {
    const { context: actor } = await this.authorised(context, pledgeId, 'revise');
    return this.send(pledgeId, (h) =>
      h.executeUpdate(revisePledgeUpdate, {
        args: [{ ...this.signed(actor, pledgeId, revisePledgeUpdate, input.key), items: input.items }],
      }),
    );
  }

  async amend(
    context: RequestContext,
    pledgeId: string,
    input: { key: string; items: readonly PledgeItem[]; reason: string },
  ) {
    const { context: actor } = await this.authorised(context, pledgeId, 'amend');
    return this.send(pledgeId, (h) =>
      h.executeUpdate(amendPledgeUpdate, {
        args: [
          { ...this.signed(actor, pledgeId, amendPledgeUpdate, input.key), items: input.items, reason: input.reason },
        ],
      }),
    );
  }

  async publicise(
    context: RequestContext,
    pledgeId: string,
    input: { key: string; scope: 'party' | 'public'; expiresAt: string; announcedAt: string | null },
  ) {
    const { context: actor } = await this.authorised(context, pledgeId, 'publicise');
    if (!(Date.parse(input.expiresAt) > Date.now()))
      throw new DomainError(
        'PLEDGE_PUBLICITY_EXPIRY',
        'invalid',
        { zhCN: '公开截止时间须晚于现在', en: 'the publicity must expire in the future' },
        'expiresAt',
      );
    return this.send(pledgeId, (h) =>
      h.executeUpdate(publicisePledgeUpdate, {
        args: [{ ...input, ...this.signed(actor, pledgeId, publicisePledgeUpdate, input.key) }],
      }),
    );
  }

  async reportProgress(
    context: RequestContext,
    pledgeId: string,
    input: { key: string; note: string; evidence: readonly string[]; percent: number; completed: boolean },
  ) {
    const { context: actor } = await this.authorised(context, pledgeId, 'reportProgress');
    return this.send(pledgeId, (h) =>
      h.executeUpdate(reportPledgeProgressUpdate, {
        args: [{ ...input, ...this.signed(actor, pledgeId, reportPledgeProgressUpdate, input.key) }],
      }),
    );
  }

  async evaluate(context: RequestContext, pledgeId: string, input: { key: string; evaluation: PledgeEvaluation }) {
    // Self and peer evaluations are a member's own: the member the evaluation names as evaluator.
    const { pledge, context: actor } = await this.authorised(context, pledgeId, 'evaluate', () =>
      input.evaluation.source === 'self' || input.evaluation.source === 'peer' ? [input.evaluation.evaluatorId] : [],
    );
    // 互评 only from a member the branch asked (ADR 0016); the workflow's validator checks it too.
    const asked =
      input.evaluation.source === 'peer' && (await this.peerRequests.wasAsked(pledgeId, input.evaluation.evaluatorId));
    assertPeerEvaluationRequested(input.evaluation, actor.actorRole, () => asked);
    return this.sendEvaluation(actor, pledge, input);
  }

  /** 邀请互评: the branch asks members of the branch to give a peer evaluation of the pledge. */
  async requestPeerEvaluation(
    context: RequestContext,
    pledgeId: string,
    input: { key: string; memberIds: readonly string[] },
  ) {
    const { pledge, context: actor } = await this.authorised(context, pledgeId, 'requestPeerEvaluation');
    const problem = checkPeerEvaluationRequest(input.memberIds, {
      state: pledge.state,
      pledgeMemberIds: pledge.memberIds,
      branchMemberIds: await this.members.idsAt(pledge.organisationId),
    });
    if (problem) throw problem;
    const client = await this.temporal.get();
    try {
      return await client.workflow.getHandle(pledgeWorkflowId(pledgeId)).executeUpdate(requestPeerEvaluationUpdate, {
        args: [
          {
            ...this.signed(actor, pledgeId, requestPeerEvaluationUpdate, input.key),
            memberIds: input.memberIds,
          },
        ],
      });
    } catch (error) {
      throw fromUpdateRejection(error) ?? error;
    }
  }

  /**
   * 群众评议: the caller holds no role — the single-use link it presented (verified and locked by
   * PublicPledgeEvaluationUseCase) is its authority, for this pledge and a `public` rating only.
   */
  evaluateByPublicLink(
    context: RequestContext,
    pledgeId: string,
    input: { key: string; evaluation: PledgeEvaluation },
  ) {
    if (input.evaluation.source !== 'public') throw new Error('a public link only carries a public rating');
    return this.pledge(pledgeId).then((pledge) => this.sendEvaluation(context, pledge, input));
  }

  private async sendEvaluation(
    actor: RequestContext,
    pledge: PledgeRecord,
    input: { key: string; evaluation: PledgeEvaluation },
  ) {
    const pledgeId = pledge.id;
    const branchMemberIds = input.evaluation.source === 'peer' ? await this.members.idsAt(pledge.organisationId) : null;
    assertNoProblems(
      checkEvaluation(input.evaluation, { pledgeMemberIds: pledge.memberIds, branchMemberIds, existing: [] }),
    );
    return this.send(pledgeId, (h) =>
      h.executeUpdate(evaluatePledgeUpdate, {
        args: [{ ...this.signed(actor, pledgeId, evaluatePledgeUpdate, input.key), evaluation: input.evaluation }],
      }),
    );
  }

  async conclude(context: RequestContext, pledgeId: string, input: { key: string }) {
    const { context: actor } = await this.authorised(context, pledgeId, 'conclude');
    return this.send(pledgeId, (h) =>
      h.executeUpdate(concludePledgeEvaluationUpdate, {
        args: [this.signed(actor, pledgeId, concludePledgeEvaluationUpdate, input.key)],
      }),
    );
  }

  async feedBack(context: RequestContext, pledgeId: string, input: { key: string; message: string }) {
    const { context: actor } = await this.authorised(context, pledgeId, 'feedBack');
    return this.send(pledgeId, (h) =>
      h.executeUpdate(feedBackPledgeUpdate, {
        args: [{ ...this.signed(actor, pledgeId, feedBackPledgeUpdate, input.key), message: input.message }],
      }),
    );
  }

  /** The workflow's live state (its query), with the stored projection. */
  async status(pledgeId: string): Promise<{ pledge: PledgeRecord; live: PledgeStatus }> {
    const pledge = await this.pledge(pledgeId);
    const client = await this.temporal.get();
    const live = await client.workflow.getHandle(pledge.workflowId).query(pledgeStatusQuery);
    return { pledge, live };
  }
}
