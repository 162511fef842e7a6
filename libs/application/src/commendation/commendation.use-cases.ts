import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import {
  DomainError,
  OPINION_STANCES,
  checkCitedEvidence,
  checkNomination,
  commendationList,
  organisationNotFound,
  type CommendationRules,
  type OpinionStance,
} from '@cxzy/domain';
import {
  COMMENDATION_WORKFLOW_TYPE,
  advanceCommendationUpdate,
  commendationWorkflowId,
  fromUpdateRejection,
  type AdvanceCommendationResult,
  type CommendationAdvanceTo,
  type CommendationWorkflow,
} from '@cxzy/contracts';
import {
  CommendationRepository,
  OrganisationRepository,
  TransactionRunner,
  type CommendationPhase,
  type CommendationRoundRecord,
  type NominationRecord,
} from '@cxzy/persistence';
import { TemporalClientProvider } from '@cxzy/temporal';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { auditedActor, type RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import { RatingTokenUseCases } from '../auth/rating-tokens.use-cases.js';
import { UpdateIdentitySigner } from '../auth/update-identity-signer.service.js';
import { ResolvePipelineDefinitionUseCase } from '../pipeline-definitions/resolve-pipeline-definition.use-case.js';
import { commendationRoundNotFound as roundNotFound } from './commendation.errors.js';

export const commendationOpinionRef = (roundId: string): string => `commendation:${roundId}`;

const wrongPhase = (phase: CommendationPhase, needed: string) =>
  new DomainError(
    'COMMENDATION_PHASE',
    'conflict',
    {
      zhCN: `评选处于「${phase}」阶段，此操作需在「${needed}」阶段`,
      en: `the round is in phase ${phase}; this needs ${needed}`,
    },
    'phase',
  );

/**
 * 学习先进 (SPEC §3.4): the grading unit's administrator launches a round (or the Schedule does);
 * branches nominate with evidence; members and the public give opinions while it is vetted
 * (public ones through rating tokens); objections during 公示; the decision is an approval.
 */
@Injectable()
export class CommendationUseCases {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rounds: CommendationRepository,
    private readonly organisations: OrganisationRepository,
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
    input: { gradingUnitId: string; title: string; year: number },
  ): Promise<{ roundId: string; workflowId: string }> {
    const unit = await this.organisations.findById(input.gradingUnitId);
    if (!unit) throw organisationNotFound(input.gradingUnitId);
    if (!unit.isGradingUnit) {
      throw new DomainError(
        'COMMENDATION_NOT_GRADING_UNIT',
        'invalid',
        { zhCN: '评选由组织实施单位发起', en: 'a commendation round belongs to a grading unit' },
        'gradingUnitId',
      );
    }
    const context = caller.userId ? await this.access.actAs(caller, 'administrator', unit.id) : caller;
    const definition = await this.definitions.execute({ processKind: 'commendation', sectorCode: unit.sectorCode });
    const roundId = randomUUID();
    const workflowId = commendationWorkflowId(roundId);
    await this.transactions.run(async (manager) => {
      await this.rounds.insertRound(manager, {
        id: roundId,
        workflowId,
        gradingUnitId: unit.id,
        title: input.title,
        year: input.year,
        rules: definition.body.commendation as CommendationRules,
        definitionId: definition.definitionId,
        definitionVersion: definition.version,
        launchedBy: context.actorId,
      });
      await this.audit.record(
        context,
        { action: 'commendation.launch', objectType: 'commendation-round', objectId: roundId, after: { ...input } },
        manager,
      );
    });
    const client = await this.temporal.get();
    await client.workflow.start<CommendationWorkflow>(COMMENDATION_WORKFLOW_TYPE, {
      workflowId,
      taskQueue: this.temporal.taskQueue,
      args: [{ roundId, gradingUnitId: unit.id, identityKeys: this.identities.publicKeys() }],
    });
    return { roundId, workflowId };
  }

  /** The Schedule's launch: one round per unit and year (a round launched by hand is left as it is). */
  async launchScheduled(input: { gradingUnitCode: string; firedAt: string }) {
    const unit = await this.organisations.findByCode(input.gradingUnitCode);
    if (!unit) throw organisationNotFound(input.gradingUnitCode);
    const year = Number(input.firedAt.slice(0, 4));
    const existing = await this.rounds.roundOfYear(unit.id, year);
    if (existing) return { year, roundId: existing, launched: false };
    const system: RequestContext = {
      requestId: null,
      actorId: this.config.COMMENDATION_LAUNCH_ACTOR,
      actorRole: 'system',
      actorOrg: unit.id,
    };
    const { roundId } = await this.launch(system, { gradingUnitId: unit.id, title: `${year}年学习先进表彰`, year });
    return { year, roundId, launched: true };
  }

  async nominate(
    caller: RequestContext,
    roundId: string,
    input: { nomineeKind: unknown; nomineeId: unknown; organisationId: string; reason: unknown; evidence?: unknown },
  ): Promise<{ nominationId: string }> {
    const round = await this.load(roundId);
    const organisation = await this.organisations.findById(input.organisationId);
    if (!organisation) throw organisationNotFound(input.organisationId);
    const context = await this.access.actAsAnyOf(
      caller,
      ['branch-secretary', 'supervisor', 'administrator'],
      organisation.id,
    );
    if (organisation.id !== round.gradingUnitId && organisation.gradingUnitId !== round.gradingUnitId) {
      throw new DomainError(
        'COMMENDATION_OUT_OF_UNIT',
        'forbidden',
        { zhCN: '该组织不属于本次评选的实施单位', en: "the organisation is outside the round's grading unit" },
        'organisationId',
      );
    }
    if (round.phase !== 'nominate') throw wrongPhase(round.phase, 'nominate');
    const counts = await this.rounds.countFor(roundId, organisation.id, {
      kind: String(input.nomineeKind),
      id: String(input.nomineeId),
    });
    const nomination = checkNomination(input, {
      rules: round.rules,
      nominationsOfOrganisation: counts.ofOrganisation,
      alreadyNominated: counts.alreadyNominated,
    });
    checkCitedEvidence(
      nomination.evidence,
      await this.rounds.evidenceStatuses(
        { kind: nomination.nomineeKind, id: nomination.nomineeId },
        nomination.evidence,
      ),
    );
    const nominationId = randomUUID();
    await this.transactions.run(async (manager) => {
      await this.rounds.insertNomination(manager, nominationId, roundId, nomination, context.actorId);
      await this.audit.record(
        context,
        {
          action: 'commendation.nominate',
          objectType: 'commendation-round',
          objectId: roundId,
          after: { nominationId, ...nomination },
        },
        manager,
      );
    });
    return { nominationId };
  }

  /** Tokens for the public's opinions in the vetting window (bound to this round, one opinion each). */
  async issueOpinionTokens(caller: RequestContext, roundId: string, input: { count: number; validHours: number }) {
    const round = await this.load(roundId);
    const context = await this.access.actAs(caller, 'administrator', round.gradingUnitId);
    const tokens = await this.ratingTokens.issue(commendationOpinionRef(roundId), input.count, input.validHours);
    await this.audit.record(context, {
      action: 'commendation.opinion-tokens.issue',
      objectType: 'commendation-round',
      objectId: roundId,
      after: { ...input },
    });
    return { tokens };
  }

  /** 考察: a member of the nominating organisation, or the public with a token, gives an opinion. */
  async giveOpinion(
    caller: RequestContext | null,
    nominationId: string,
    input: { stance: unknown; comment?: string | null; token?: string; requestId?: string | null },
  ): Promise<{ opinionId: string }> {
    const nomination = await this.rounds.findNomination(nominationId);
    if (!nomination) {
      throw new DomainError(
        'NOMINATION_NOT_FOUND',
        'not-found',
        { zhCN: '没有该推荐', en: 'no such nomination' },
        'nominationId',
      );
    }
    const round = await this.load(nomination.roundId);
    // Who asks comes first (403, or 401/403 for a bad token): an outsider never learns the phase (409).
    const member = caller
      ? await this.access.actAsAnyOf(caller, ['member', 'branch-secretary'], nomination.organisationId)
      : undefined;
    if (!caller) await this.ratingTokens.verify(input.token ?? '', commendationOpinionRef(round.id));
    if (round.phase !== 'vet') throw wrongPhase(round.phase, 'vet');
    if (typeof input.stance !== 'string' || !(OPINION_STANCES as readonly string[]).includes(input.stance)) {
      throw new DomainError(
        'OPINION_INVALID',
        'invalid',
        { zhCN: '意见应为 赞成 / 反对 / 弃权', en: `stance must be one of ${OPINION_STANCES.join(', ')}` },
        'stance',
      );
    }
    let context: RequestContext;
    let source: 'member' | 'public';
    if (member) {
      context = member;
      source = 'member';
    } else {
      await this.ratingTokens.redeem(input.token ?? '', commendationOpinionRef(round.id));
      context = { requestId: input.requestId ?? null, actorId: 'public', actorRole: 'public', actorOrg: null };
      source = 'public';
    }
    const opinionId = randomUUID();
    await this.transactions.run(async (manager) => {
      await this.rounds.insertOpinion(manager, {
        id: opinionId,
        nominationId,
        source,
        stance: input.stance as OpinionStance,
        comment: input.comment ?? null,
      });
      await this.audit.record(
        context,
        {
          action: 'commendation.opinion',
          objectType: 'commendation-round',
          objectId: round.id,
          after: { nominationId, source, stance: input.stance },
        },
        manager,
      );
    });
    return { opinionId };
  }

  /** 公示 objection, by anyone signed in who may read the nominating organisation. */
  async object(caller: RequestContext, nominationId: string, reason: string): Promise<{ objectionId: string }> {
    const nomination = await this.rounds.findNomination(nominationId);
    if (!nomination) {
      throw new DomainError(
        'NOMINATION_NOT_FOUND',
        'not-found',
        { zhCN: '没有该推荐', en: 'no such nomination' },
        'nominationId',
      );
    }
    const round = await this.load(nomination.roundId);
    // The role first: an outsider gets 403, never the round's phase (409).
    const context = await this.access.canRead(caller, nomination.organisationId);
    if (round.phase !== 'publicise') throw wrongPhase(round.phase, 'publicise');
    const objectionId = randomUUID();
    await this.transactions.run(async (manager) => {
      await this.rounds.insertObjection(manager, objectionId, nominationId, reason);
      await this.audit.record(
        context,
        {
          action: 'commendation.objection',
          objectType: 'commendation-round',
          objectId: round.id,
          after: { nominationId, objectionId },
        },
        manager,
      );
    });
    return { objectionId };
  }

  /** An upheld objection withdraws the nomination; a rejected one leaves it in the running. */
  async resolveObjection(caller: RequestContext, roundId: string, objectionId: string, uphold: boolean) {
    const round = await this.load(roundId);
    const context = await this.access.actAs(caller, 'administrator', round.gradingUnitId);
    if (round.phase !== 'publicise') throw wrongPhase(round.phase, 'publicise');
    await this.transactions.run(async (manager) => {
      const nominationId = await this.rounds.resolveObjection(
        manager,
        objectionId,
        uphold ? 'upheld' : 'rejected',
        context.actorId,
      );
      if (!nominationId) {
        throw new DomainError(
          'OBJECTION_NOT_OPEN',
          'conflict',
          { zhCN: '该异议不存在或已处理', en: 'no such open objection' },
          'objectionId',
        );
      }
      if (uphold) await this.rounds.setNominationState(manager, nominationId, 'withdrawn');
      await this.audit.record(
        context,
        {
          action: 'commendation.objection.resolve',
          objectType: 'commendation-round',
          objectId: roundId,
          after: { objectionId, uphold },
        },
        manager,
      );
    });
    return { objectionId, status: uphold ? 'upheld' : 'rejected' };
  }

  /** Closes the current phase (the administrator of the grading unit) through the workflow. */
  async advance(
    caller: RequestContext,
    roundId: string,
    to: CommendationAdvanceTo,
  ): Promise<AdvanceCommendationResult> {
    const round = await this.load(roundId);
    const context = await this.access.actAs(caller, 'administrator', round.gradingUnitId);
    // Checked here for a clear answer; the activity checks again under the round's lock.
    const from = { vet: 'nominate', publicise: 'vet', decide: 'publicise' } as const;
    if (round.phase !== from[to]) throw wrongPhase(round.phase, from[to]);
    if (to === 'decide' && (await this.transactions.run((m) => this.rounds.openObjections(m, roundId))) > 0) {
      throw new DomainError(
        'COMMENDATION_OBJECTIONS_OPEN',
        'conflict',
        { zhCN: '公示期的异议尚未处理完', en: 'objections from the publicity period are still open' },
        'to',
      );
    }
    const client = await this.temporal.get();
    try {
      // ADR 0009: the workflow's validator verifies the administrator from this signature.
      const idempotencyKey = randomUUID();
      const identity = this.identities.sign(context, {
        workflowId: round.workflowId,
        updateName: advanceCommendationUpdate.name,
        idempotencyKey,
      });
      return await client.workflow.getHandle(round.workflowId).executeUpdate(advanceCommendationUpdate, {
        args: [{ actor: auditedActor(context), to, idempotencyKey, identity }],
      });
    } catch (error) {
      throw fromUpdateRejection(error) ?? error;
    }
  }

  async round(
    caller: RequestContext,
    roundId: string,
  ): Promise<CommendationRoundRecord & { nominations: NominationRecord[] }> {
    const round = await this.load(roundId);
    await this.access.canRead(caller, round.gradingUnitId);
    return { ...round, nominations: await this.rounds.nominations(roundId) };
  }

  /** 表彰名单 — the commended, organisations first. */
  async commendationList(caller: RequestContext, roundId: string): Promise<NominationRecord[]> {
    const { nominations } = await this.round(caller, roundId);
    return commendationList(nominations);
  }

  private async load(roundId: string): Promise<CommendationRoundRecord> {
    const round = await this.rounds.findRound(roundId);
    if (!round) throw roundNotFound(roundId);
    return round;
  }
}
