import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { appraisalTotal, DomainError, gradingRulesOf, isIsoDate, type SourceScores } from '@cxzy/domain';
import { GradingClassificationRepository, RoundBranchRepository, TransactionRunner } from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { RatingTokenUseCases } from '../auth/rating-tokens.use-cases.js';
import { ResolvePipelineDefinitionUseCase } from '../pipeline-definitions/resolve-pipeline-definition.use-case.js';
import { GradingActorCheck } from './grading-actor.util.js';
import {
  alreadyAppraised,
  branchNotInRound,
  gradingRoundNotFound,
  roundNotCollecting,
} from './grading-round.errors.js';

/** The rating token of one branch's 党员群众评议 in one round: replay and wrong target are refused. */
export const appraisalTokenRef = (roundId: string, organisationId: string): string =>
  `grading-appraisal/${roundId}/${organisationId}`;
/** The public's token for an objection during a round's publicity. */
export const objectionTokenRef = (roundId: string): string => `grading-objection/${roundId}`;

export interface AppraisalScores {
  readonly items?: Readonly<Record<string, number>>;
  readonly overall?: number;
}

export interface IssueRatingTokensCommand {
  readonly roundId: string;
  readonly purpose: 'appraisal' | 'objection';
  readonly organisationId?: string;
  readonly count: number;
  readonly ttlHours: number;
  /** The public base of the branch's participation (households, service recipients…); default: count. */
  readonly publicBase?: number;
}

export interface BranchFactsCommand {
  readonly roundId: string;
  readonly organisationId: string;
  readonly secretaryPostVacantSince: string | null;
  readonly lastPartyActivityOn: string | null;
}

const toScores = (s: AppraisalScores): SourceScores =>
  (s.items !== undefined && s.overall === undefined ? { items: s.items } : s) as SourceScores;

/**
 * 党员群众评议 — plain audited use cases, not Workflow Updates: thousands of ratings must not grow
 * a workflow's history. One appraisal per member (by username) or per public token, per branch;
 * taken only while the round collects. The administrator issues the public's tokens.
 */
@Injectable()
export class GradingAppraisalsUseCase {
  constructor(
    private readonly classification: GradingClassificationRepository,
    private readonly branches: RoundBranchRepository,
    private readonly definitions: ResolvePipelineDefinitionUseCase,
    private readonly ratingTokens: RatingTokenUseCases,
    private readonly actors: GradingActorCheck,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  async issueTokens(context: RequestContext, command: IssueRatingTokensCommand): Promise<{ tokens: string[] }> {
    const round = await this.classification.round(command.roundId);
    if (!round) throw gradingRoundNotFound(command.roundId);
    const acting = await this.actors.actAs(context, 'administrator', round.gradingUnitId);
    let ref = objectionTokenRef(round.id);
    if (command.purpose === 'appraisal') {
      if (!command.organisationId) {
        throw new DomainError(
          'GRADING_TOKEN_BRANCH_REQUIRED',
          'invalid',
          { zhCN: '评议码须指定党组织', en: 'appraisal tokens need the organisation' },
          'organisationId',
        );
      }
      if (!(await this.branches.find(round.id, command.organisationId))) {
        throw branchNotInRound(round.id, command.organisationId);
      }
      if (round.state !== 'grade.collecting') throw roundNotCollecting(round.state);
      ref = appraisalTokenRef(round.id, command.organisationId);
    }
    const tokens = await this.ratingTokens.issue(ref, command.count, command.ttlHours);
    await this.transactions.run(async (manager) => {
      if (command.purpose === 'appraisal') {
        await this.classification.setPublicBase(
          round.id,
          command.organisationId!,
          command.publicBase ?? command.count,
          manager,
        );
      }
      await this.audit.record(
        acting,
        {
          action: 'grading-round.issue-rating-tokens',
          objectType: 'grading-round',
          objectId: round.id,
          after: {
            purpose: command.purpose,
            organisationId: command.organisationId ?? null,
            count: command.count,
            ttlHours: command.ttlHours,
            publicBase: command.purpose === 'appraisal' ? (command.publicBase ?? command.count) : null,
          },
        },
        manager,
      );
    });
    return { tokens };
  }

  /** A member of the branch appraises it once (409 on a second time). */
  async byMember(
    context: RequestContext,
    command: AppraisalScores & { roundId: string; organisationId: string },
  ): Promise<{ id: string; total: number }> {
    // The role first: an outsider gets 403, never the round's state (409 GRADING_APPRAISAL_CLOSED).
    const acting = await this.actors.actAs(context, 'member', command.organisationId);
    const { total, organisationCode } = await this.check(command.roundId, command.organisationId, command);
    return this.store(acting, command, 'member', acting.actorId, total, null, organisationCode);
  }

  /** A member of the public, with a token bound to this branch's appraisal in this round. */
  async byPublic(
    context: RequestContext,
    command: AppraisalScores & { roundId: string; organisationId: string; token: string; satisfied: boolean },
  ): Promise<{ id: string; total: number }> {
    // A forged or foreign token is refused before the round's state is looked at (401 / 403, not 409)…
    await this.ratingTokens.verify(command.token, appraisalTokenRef(command.roundId, command.organisationId));
    const { total, organisationCode } = await this.check(command.roundId, command.organisationId, command);
    // …and spent only once the appraisal is known to be valid, so a typo does not waste it.
    await this.ratingTokens.redeem(command.token, appraisalTokenRef(command.roundId, command.organisationId));
    const raterRef = createHash('sha256').update(command.token).digest('hex');
    return this.store(
      { ...context, actorId: 'public' },
      command,
      'public',
      raterRef,
      total,
      command.satisfied,
      organisationCode,
    );
  }

  /** The facts the vetoes read, recorded by a supervisor on the branch's leading line. */
  async recordFacts(context: RequestContext, command: BranchFactsCommand): Promise<void> {
    const round = await this.classification.round(command.roundId);
    if (!round) throw gradingRoundNotFound(command.roundId);
    if (!(await this.branches.find(round.id, command.organisationId))) {
      throw branchNotInRound(round.id, command.organisationId);
    }
    const acting = await this.actors.actAs(context, 'supervisor', command.organisationId);
    if (round.state !== 'grade.collecting') throw roundNotCollecting(round.state);
    for (const field of ['secretaryPostVacantSince', 'lastPartyActivityOn'] as const) {
      const value = command[field];
      if (value !== null && !isIsoDate(value)) {
        throw new DomainError(
          'GRADING_FACT_DATE_INVALID',
          'invalid',
          { zhCN: `${field} 应为 YYYY-MM-DD 日期或 null`, en: `${field} must be a YYYY-MM-DD date or null` },
          field,
        );
      }
    }
    const facts = {
      secretaryPostVacantSince: command.secretaryPostVacantSince,
      lastPartyActivityOn: command.lastPartyActivityOn,
    };
    await this.transactions.run(async (manager) => {
      await this.classification.setFacts(round.id, command.organisationId, facts, manager);
      await this.audit.record(
        acting,
        {
          action: 'grading-branch.record-facts',
          objectType: 'grading-branch',
          objectId: `${round.id}/${command.organisationId}`,
          after: facts,
        },
        manager,
      );
    });
  }

  private async check(roundId: string, organisationId: string, scores: AppraisalScores) {
    const round = await this.classification.round(roundId);
    if (!round) throw gradingRoundNotFound(roundId);
    const branch = await this.branches.find(round.id, organisationId);
    if (!branch) throw branchNotInRound(round.id, organisationId);
    if (round.state !== 'grade.collecting') throw roundNotCollecting(round.state);
    const body = (await this.definitions.byId(branch.definitionId)).body;
    const rules = gradingRulesOf(body, branch.sectorCode);
    const organisationCode = (await this.classification.organisationCode(organisationId)) ?? organisationId;
    return { total: appraisalTotal(toScores(scores), organisationCode, rules), organisationCode };
  }

  private async store(
    context: RequestContext,
    command: AppraisalScores & { roundId: string; organisationId: string },
    raterKind: 'member' | 'public',
    raterRef: string,
    total: number,
    satisfied: boolean | null,
    organisationCode: string,
  ): Promise<{ id: string; total: number }> {
    const scores = command.items !== undefined ? { items: command.items } : { overall: command.overall };
    return this.transactions.run(async (manager) => {
      const id = await this.classification.insertAppraisal(
        {
          roundId: command.roundId,
          organisationId: command.organisationId,
          raterKind,
          raterRef,
          scores,
          total,
          satisfied,
        },
        manager,
      );
      if (!id) throw alreadyAppraised();
      await this.audit.record(
        { ...context, actorRole: raterKind },
        {
          action: `grading-branch.appraise-${raterKind}`,
          objectType: 'grading-branch',
          objectId: `${command.roundId}/${command.organisationId}`,
          after: { appraisalId: id, organisationCode, total, satisfied },
        },
        manager,
      );
      return { id, total };
    });
  }
}
