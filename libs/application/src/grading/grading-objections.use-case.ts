import { Injectable } from '@nestjs/common';
import { beijingDateTime, DomainError, objectionProblems, publicObjectionView } from '@cxzy/domain';
import {
  GradingClassificationRepository,
  GradingObjectionRepository,
  RoundBranchRepository,
  TransactionRunner,
} from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { RatingTokenUseCases } from '../auth/rating-tokens.use-cases.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import { GradingActorCheck } from './grading-actor.util.js';
import { objectionTokenRef } from './grading-appraisals.use-case.js';
import {
  branchNotClassified,
  branchNotInRound,
  gradingRoundNotFound,
  objectionOutsidePublicity,
} from './grading-round.errors.js';

export interface FileObjectionCommand {
  readonly roundId: string;
  readonly organisationId: string;
  readonly realName: string;
  readonly contact: string;
  readonly reason: string;
  /** A member of the public files with a token issued for this round's objections (no account). */
  readonly token?: string;
}

/**
 * 异议 during the publicity (公示) of a round's tiers: stored and counted in PostgreSQL, not in the
 * workflow; the supervisor resolves each through the round workflow (resolveObjection Update).
 */
@Injectable()
export class GradingObjectionsUseCase {
  constructor(
    private readonly repository: GradingClassificationRepository,
    private readonly objections: GradingObjectionRepository,
    private readonly branches: RoundBranchRepository,
    private readonly ratingTokens: RatingTokenUseCases,
    private readonly access: AccessPolicy,
    private readonly actors: GradingActorCheck,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  async file(context: RequestContext, command: FileObjectionCommand): Promise<{ id: string; status: 'open' }> {
    const round = await this.repository.round(command.roundId);
    if (!round) throw gradingRoundNotFound(command.roundId);
    // Who asks comes first (403, or 401 for a bad token): an outsider learns nothing of the state (409s below).
    const signedIn =
      command.token === undefined ? await this.secretaryOrMember(context, command.organisationId) : undefined;
    if (command.token !== undefined) await this.ratingTokens.verify(command.token, objectionTokenRef(round.id));
    const branch = await this.branches.find(round.id, command.organisationId);
    if (!branch) throw branchNotInRound(round.id, command.organisationId);
    if (!branch.proposedTier) throw branchNotClassified(command.organisationId);
    const problems = objectionProblems(command, [command.organisationId]);
    if (problems.length > 0) {
      throw new DomainError(
        'OBJECTION_INVALID',
        'invalid',
        { zhCN: '异议不符合要求', en: 'the objection is invalid' },
        problems[0]!.path.slice(2) || 'objection',
        problems,
      );
    }
    const open = (r: { state: string; publicityEndsAt: Date | null } | null) =>
      r?.state === 'grade.publicity' && r.publicityEndsAt !== null && r.publicityEndsAt.getTime() > Date.now();
    if (!open(round)) throw objectionOutsidePublicity();
    let acting: RequestContext;
    if (signedIn) {
      acting = signedIn;
    } else {
      await this.ratingTokens.redeem(command.token!, objectionTokenRef(round.id));
      acting = { ...context, actorId: 'public', actorRole: 'public', actorOrg: null };
    }
    const filedVia = acting.actorRole as 'branch-secretary' | 'member' | 'public';
    const filedBy = acting.actorId;
    return this.transactions.run(async (manager) => {
      // Locked: the round cannot be finalised between this check and the insert.
      if (!open(await this.repository.round(round.id, manager))) throw objectionOutsidePublicity();
      const id = await this.objections.insert(
        {
          roundId: round.id,
          organisationId: command.organisationId,
          filedVia,
          filedBy,
          realName: command.realName.trim(),
          contact: command.contact.trim(),
          reason: command.reason.trim(),
          filedOn: beijingDateTime(new Date()).date,
        },
        manager,
      );
      // The audit record keeps who filed it, never the objector's contact in the clear.
      await this.audit.record(
        acting,
        {
          action: 'grading-round.file-objection',
          objectType: 'grading-objection',
          objectId: id,
          after: { roundId: round.id, organisationId: command.organisationId, filedVia },
        },
        manager,
      );
      return { id, status: 'open' as const };
    });
  }

  /**
   * The public face of the round's objections (never who filed them) and the counts per status: for
   * the unit's administrators and the supervisors who resolve them (403 otherwise).
   */
  async list(context: RequestContext, roundId: string, limit: number, offset: number) {
    const round = await this.repository.round(roundId);
    if (!round) throw gradingRoundNotFound(roundId);
    await this.actors.readRoundResults(context, round.gradingUnitId);
    const rows = await this.objections.page(roundId, limit, offset);
    const counts = await this.objections.counts(roundId);
    return {
      counts: { open: counts['open'] ?? 0, upheld: counts['upheld'] ?? 0, rejected: counts['rejected'] ?? 0 },
      objections: rows.map((r) => ({
        ...publicObjectionView({
          id: r.id,
          organisationId: r.organisationId,
          filedOn: r.filedOn,
          objector: { realName: r.realName, contact: r.contact },
          reason: r.reason,
          status: r.status,
          ...(r.decidedOn
            ? {
                resolution: {
                  outcome: r.status as 'upheld' | 'rejected',
                  decidedBy: '',
                  decidedOn: r.decidedOn,
                  note: '',
                },
              }
            : {}),
        }),
        organisationCode: r.organisationCode,
      })),
    };
  }

  /** The branch's secretary or one of its members (403 naming both roles otherwise). */
  private secretaryOrMember(context: RequestContext, organisationId: string): Promise<RequestContext> {
    return this.access.actAsAnyOf(context, ['branch-secretary', 'member'], organisationId);
  }
}
