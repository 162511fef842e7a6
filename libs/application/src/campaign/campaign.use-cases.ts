import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import {
  DomainError,
  checkLeaderComment,
  checkPeerReview,
  checkPublicRating,
  followUpReason,
  organisationNotFound,
  scoreCompetitionEntry,
  type CampaignRules,
  type Role,
} from '@cxzy/domain';
import {
  CAMPAIGN_WORKFLOW_TYPE,
  campaignFollowUpClosedSignal,
  campaignFollowUpOpenedSignal,
  campaignWorkflowId,
  fromUpdateRejection,
  rankCampaignUpdate,
  type CampaignWorkflow,
  type RankCampaignResult,
} from '@cxzy/contracts';
import {
  CampaignRepository,
  MemberRepository,
  OrganisationRepository,
  TransactionRunner,
  type CampaignRecord,
  type FollowUpRecord,
  type ResultRow,
} from '@cxzy/persistence';
import { TemporalClientProvider } from '@cxzy/temporal';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { auditedActor, type RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import { RatingTokenUseCases } from '../auth/rating-tokens.use-cases.js';
import { UpdateIdentitySigner } from '../auth/update-identity-signer.service.js';
import { ResolvePipelineDefinitionUseCase } from '../pipeline-definitions/resolve-pipeline-definition.use-case.js';

/** Who may do what (docs/security.md): the superior line runs the campaign, the unit answers for it. */
const ROLES = {
  launch: ['administrator', 'supervisor'],
  comment: ['supervisor', 'administrator'],
  score: ['supervisor', 'administrator'],
  issueTokens: ['branch-secretary', 'supervisor', 'administrator'],
  closeFollowUp: ['branch-secretary'],
  peerReview: ['member'],
} as const satisfies Record<string, readonly Role[]>;

const DAY_MS = 86_400_000;
export const campaignRatingRef = (campaignId: string): string => `campaign:${campaignId}`;

const notFound = (id: string) =>
  new DomainError('CAMPAIGN_NOT_FOUND', 'not-found', { zhCN: `没有活动 ${id}`, en: `no campaign ${id}` }, 'campaignId');
const ranked = () =>
  new DomainError(
    'CAMPAIGN_RANKED',
    'conflict',
    { zhCN: '活动已排名，不再接受评议', en: 'the campaign is ranked and takes no more ratings' },
    'campaignId',
  );

/** Checked after the caller's role, so that only those who may act learn that it is ranked (409). */
const assertOpen = (campaign: CampaignRecord): void => {
  if (campaign.state !== 'open') throw ranked();
};

/**
 * 三亮三比三评 (SPEC §3.3): launch a campaign for a window unit, collect 三比 entries, public ratings
 * through rating tokens, peer reviews and leader comments, open 整改 follow-ups, and rank. Every
 * change is authorised and audited in the same transaction as the rows it writes.
 */
@Injectable()
export class CampaignUseCases {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly campaigns: CampaignRepository,
    private readonly organisations: OrganisationRepository,
    private readonly members: MemberRepository,
    private readonly definitions: ResolvePipelineDefinitionUseCase,
    private readonly ratingTokens: RatingTokenUseCases,
    private readonly transactions: TransactionRunner,
    private readonly temporal: TemporalClientProvider,
    private readonly audit: AuditTrail,
    private readonly access: AccessPolicy,
    private readonly identities: UpdateIdentitySigner,
  ) {}

  async launch(
    caller: RequestContext,
    input: { organisationId: string; title: string; periodStart: string; periodEnd: string },
  ): Promise<{ campaignId: string; workflowId: string }> {
    const unit = await this.organisations.findById(input.organisationId);
    if (!unit) throw organisationNotFound(input.organisationId);
    const context = await this.access.actAsAnyOf(caller, ROLES.launch, unit.id);
    if (input.periodEnd < input.periodStart) {
      throw new DomainError(
        'CAMPAIGN_PERIOD_INVALID',
        'invalid',
        { zhCN: '结束日期不能早于开始日期', en: 'periodEnd must not be before periodStart' },
        'periodEnd',
      );
    }
    const definition = await this.definitions.execute({ processKind: 'campaign', sectorCode: unit.sectorCode });
    const rules = definition.body.campaign as CampaignRules;
    const rateStep = definition.body.steps.find((s) => s.key === 'rate');
    const campaignId = randomUUID();
    const workflowId = campaignWorkflowId(campaignId);
    await this.transactions.run(async (manager) => {
      await this.campaigns.insert(manager, {
        id: campaignId,
        workflowId,
        organisationId: unit.id,
        title: input.title,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        rules,
        definitionId: definition.definitionId,
        definitionVersion: definition.version,
        launchedBy: context.actorId,
      });
      await this.audit.record(
        context,
        { action: 'campaign.launch', objectType: 'campaign', objectId: campaignId, after: { ...input } },
        manager,
      );
    });
    const client = await this.temporal.get();
    await client.workflow.start<CampaignWorkflow>(CAMPAIGN_WORKFLOW_TYPE, {
      workflowId,
      taskQueue: this.temporal.taskQueue,
      args: [
        {
          campaignId,
          organisationId: unit.id,
          unitName: unit.name,
          year: Number(input.periodStart.slice(0, 4)),
          followUpReminders: rateStep?.reminders ?? [],
          followUpEscalation: rateStep?.escalation ?? [],
          link: new URL(`/campaigns/${campaignId}`, this.config.PUBLIC_BASE_URL).toString(),
          identityKeys: this.identities.publicKeys(),
        },
      ],
    });
    return { campaignId, workflowId };
  }

  async get(caller: RequestContext, campaignId: string): Promise<CampaignRecord> {
    const campaign = await this.load(campaignId);
    await this.access.canRead(caller, campaign.organisationId);
    return campaign;
  }

  /** 三评 public tokens: signed, expiring, single-use, bound to this campaign. */
  async issueRatingTokens(
    caller: RequestContext,
    campaignId: string,
    input: { count: number; validHours: number },
  ): Promise<{ tokens: string[] }> {
    const campaign = await this.load(campaignId);
    const context = await this.access.actAsAnyOf(caller, ROLES.issueTokens, campaign.organisationId);
    const tokens = await this.ratingTokens.issue(campaignRatingRef(campaignId), input.count, input.validHours);
    await this.audit.record(context, {
      action: 'campaign.rating-tokens.issue',
      objectType: 'campaign',
      objectId: campaignId,
      after: { count: input.count, validHours: input.validHours },
    });
    return { tokens };
  }

  /**
   * One public rating per token. The rating is checked before the token is spent (a malformed
   * rating leaves the token usable); a complaint or a low score opens a follow-up in the same
   * transaction as the rating, and its reminders start in the campaign workflow.
   */
  async ratePublicly(
    campaignId: string,
    input: {
      token: string;
      score: unknown;
      vote: unknown;
      suggestion?: unknown;
      complaint?: unknown;
      requestId: string | null;
    },
  ): Promise<{ ratingId: string; followUpId: string | null }> {
    const rating = checkPublicRating(input);
    const campaign = await this.load(campaignId);
    // A forged or foreign token is refused before the campaign's state is told (401 / 403, not 409).
    await this.ratingTokens.verify(input.token, campaignRatingRef(campaignId));
    assertOpen(campaign);
    await this.ratingTokens.redeem(input.token, campaignRatingRef(campaignId));
    const ratingId = randomUUID();
    const reason = followUpReason(rating, campaign.rules);
    const followUp = reason
      ? {
          id: randomUUID(),
          campaignId,
          organisationId: campaign.organisationId,
          ratingId,
          reason,
          deadlineAt: new Date(Date.now() + campaign.rules.followUpDays * DAY_MS).toISOString(),
        }
      : null;
    const context: RequestContext = {
      requestId: input.requestId,
      actorId: 'public',
      actorRole: 'public',
      actorOrg: null,
    };
    await this.transactions.run(async (manager) => {
      await this.campaigns.insertPublicRating(manager, ratingId, campaignId, rating);
      await this.audit.record(
        context,
        {
          action: 'campaign.public-rating',
          objectType: 'campaign',
          objectId: campaignId,
          after: { ratingId, score: rating.score, vote: rating.vote, complaint: rating.complaint },
        },
        manager,
      );
      if (followUp) {
        await this.campaigns.insertFollowUp(manager, followUp);
        await this.audit.record(
          context,
          {
            action: 'campaign.follow-up.open',
            objectType: 'campaign',
            objectId: campaignId,
            after: { followUpId: followUp.id, reason, deadlineAt: followUp.deadlineAt },
          },
          manager,
        );
      }
    });
    if (followUp) {
      const client = await this.temporal.get();
      await client.workflow
        .getHandle(campaign.workflowId)
        .signal(campaignFollowUpOpenedSignal, { followUpId: followUp.id, deadlineAt: followUp.deadlineAt });
    }
    return { ratingId, followUpId: followUp?.id ?? null };
  }

  async followUps(caller: RequestContext, campaignId: string): Promise<FollowUpRecord[]> {
    const campaign = await this.load(campaignId);
    await this.access.canRead(caller, campaign.organisationId);
    return this.campaigns.followUps(campaignId);
  }

  /** The unit reports the problem fixed: the follow-up closes and its reminders stop. */
  async closeFollowUp(
    caller: RequestContext,
    campaignId: string,
    followUpId: string,
    resolution: string,
  ): Promise<{ followUpId: string; status: 'closed' }> {
    const campaign = await this.load(campaignId);
    const context = await this.access.actAsAnyOf(caller, ROLES.closeFollowUp, campaign.organisationId);
    await this.transactions.run(async (manager) => {
      if (!(await this.campaigns.closeFollowUp(manager, campaignId, followUpId, resolution))) {
        throw new DomainError(
          'FOLLOW_UP_NOT_OPEN',
          'conflict',
          { zhCN: '该整改任务不存在或已关闭', en: 'this follow-up does not exist or is closed' },
          'followUpId',
        );
      }
      await this.audit.record(
        context,
        {
          action: 'campaign.follow-up.close',
          objectType: 'campaign',
          objectId: campaignId,
          after: { followUpId, resolution },
        },
        manager,
      );
    });
    const client = await this.temporal.get();
    await client.workflow.getHandle(campaign.workflowId).signal(campaignFollowUpClosedSignal, { followUpId });
    return { followUpId, status: 'closed' };
  }

  /** 领导点评 — collective, individual, random or on-site, by the superior line. */
  async leaderComment(
    caller: RequestContext,
    campaignId: string,
    input: { kind: unknown; memberId?: unknown; score: unknown; text: unknown },
  ): Promise<{ commentId: string }> {
    const campaign = await this.load(campaignId);
    const context = await this.access.actAsAnyOf(caller, ROLES.comment, campaign.organisationId);
    assertOpen(campaign);
    const comment = checkLeaderComment(input);
    if (comment.memberId) await this.assertMemberOf(campaign, comment.memberId, 'memberId');
    const commentId = randomUUID();
    await this.transactions.run(async (manager) => {
      await this.campaigns.insertLeaderComment(manager, commentId, campaignId, comment, context.actorId);
      await this.audit.record(
        context,
        {
          action: 'campaign.leader-comment',
          objectType: 'campaign',
          objectId: campaignId,
          after: { commentId, ...comment },
        },
        manager,
      );
    });
    return { commentId };
  }

  /**
   * 互评: a member of the unit reviews a colleague. The reviewer is the caller — the member their
   * user is linked to (docs/security.md), never a body field; a caller linked to no member is refused.
   */
  async peerReview(
    caller: RequestContext,
    campaignId: string,
    input: { memberId: string; score: unknown },
  ): Promise<{ reviewed: true }> {
    const campaign = await this.load(campaignId);
    const reviewer = caller.userId ? await this.members.linkedTo(caller.userId) : null;
    const context = await this.access.actAsAnyOf(
      caller,
      ROLES.peerReview,
      campaign.organisationId,
      reviewer && caller.userId ? [caller.userId] : [],
    );
    assertOpen(campaign);
    const reviewerMemberId = reviewer!.id;
    const unitMemberIds = await this.members.idsAt(campaign.organisationId);
    const score = checkPeerReview({
      ...input,
      reviewerMemberId,
      unitMemberIds,
      alreadyReviewed: await this.campaigns.hasPeerReview(campaignId, reviewerMemberId, input.memberId),
    });
    await this.transactions.run(async (manager) => {
      await this.campaigns.insertPeerReview(manager, campaignId, reviewerMemberId, input.memberId, score);
      await this.audit.record(
        context,
        {
          action: 'campaign.peer-review',
          objectType: 'campaign',
          objectId: campaignId,
          after: { reviewerMemberId, memberId: input.memberId, score },
        },
        manager,
      );
    });
    return { reviewed: true };
  }

  /** 三比: an entry of the unit or one member, scored on the configured sheet. */
  async scoreEntry(
    caller: RequestContext,
    campaignId: string,
    input: { subjectKind: 'unit' | 'member'; subjectId: string; itemScores: Record<string, number> },
  ): Promise<{ score: number }> {
    const campaign = await this.load(campaignId);
    const context = await this.access.actAsAnyOf(caller, ROLES.score, campaign.organisationId);
    assertOpen(campaign);
    if (input.subjectKind === 'unit' && input.subjectId !== campaign.organisationId) {
      throw new DomainError(
        'CAMPAIGN_SUBJECT_INVALID',
        'invalid',
        { zhCN: '单位参赛项应为本活动的单位', en: "a unit entry is the campaign's own unit" },
        'subjectId',
      );
    }
    if (input.subjectKind === 'member') await this.assertMemberOf(campaign, input.subjectId, 'subjectId');
    const score = scoreCompetitionEntry(campaign.rules.competitionSheet, input.itemScores);
    await this.transactions.run(async (manager) => {
      await this.campaigns.upsertEntry(
        manager,
        campaignId,
        { kind: input.subjectKind, id: input.subjectId },
        input.itemScores,
        score,
        context.actorId,
      );
      await this.audit.record(
        context,
        { action: 'campaign.entry', objectType: 'campaign', objectId: campaignId, after: { ...input, score } },
        manager,
      );
    });
    return { score };
  }

  /** 结果排名 through the workflow's ranking step. */
  async rank(caller: RequestContext, campaignId: string): Promise<RankCampaignResult> {
    const campaign = await this.load(campaignId);
    const context = await this.access.actAsAnyOf(caller, ROLES.launch, campaign.organisationId);
    const client = await this.temporal.get();
    // ADR 0009: the workflow's validator verifies the ranking actor from this signature.
    const idempotencyKey = randomUUID();
    const identity = this.identities.sign(context, {
      workflowId: campaign.workflowId,
      updateName: rankCampaignUpdate.name,
      idempotencyKey,
    });
    try {
      return await client.workflow
        .getHandle(campaign.workflowId)
        .executeUpdate(rankCampaignUpdate, { args: [{ actor: auditedActor(context), idempotencyKey, identity }] });
    } catch (error) {
      // Ranking ends the workflow: a second ranking found it completed (it was a 500).
      if ((error as Error).name === 'WorkflowNotFoundError') throw ranked();
      throw fromUpdateRejection(error) ?? error;
    }
  }

  async result(caller: RequestContext, campaignId: string): Promise<ResultRow[]> {
    const campaign = await this.load(campaignId);
    await this.access.canRead(caller, campaign.organisationId);
    return this.campaigns.result(campaignId);
  }

  private async load(campaignId: string): Promise<CampaignRecord> {
    const campaign = await this.campaigns.findById(campaignId);
    if (!campaign) throw notFound(campaignId);
    return campaign;
  }

  private async assertMemberOf(campaign: CampaignRecord, memberId: string, field: string): Promise<void> {
    const ids = await this.members.idsAt(campaign.organisationId);
    if (!ids.includes(memberId)) {
      throw new DomainError(
        'CAMPAIGN_SUBJECT_INVALID',
        'invalid',
        { zhCN: '该党员不属于本单位', en: 'this member is not in the unit' },
        field,
      );
    }
  }
}
