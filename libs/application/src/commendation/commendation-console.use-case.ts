import { Injectable } from '@nestjs/common';
import {
  CommendationConsoleRepository,
  CommendationRepository,
  OrganisationRepository,
  type CommendationRoundRecord,
} from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import { commendationRoundNotFound } from './commendation.errors.js';

/**
 * The console's reads of 学习先进: a grading unit's rounds, a round with its nominees' names, and a
 * round's objections. Who may read a round: whoever may read its grading unit (administrator,
 * supervisor) and, so that they can nominate and give opinions, the secretaries and members of the
 * organisations inside that unit.
 */
@Injectable()
export class CommendationConsoleUseCase {
  constructor(
    private readonly reads: CommendationConsoleRepository,
    private readonly rounds: CommendationRepository,
    private readonly organisations: OrganisationRepository,
    private readonly access: AccessPolicy,
  ) {}

  async list(caller: RequestContext, gradingUnitId: string) {
    await this.mayRead(caller, gradingUnitId);
    return this.reads.roundsOfUnit(gradingUnitId);
  }

  async round(caller: RequestContext, roundId: string) {
    const round = await this.load(roundId);
    await this.mayRead(caller, round.gradingUnitId);
    const [nominations, names] = await Promise.all([this.rounds.nominations(roundId), this.reads.names(roundId)]);
    return {
      ...round,
      nominations: nominations.map((n) => ({
        ...n,
        ...(names.get(n.id) ?? { nomineeName: '', organisationName: '' }),
      })),
    };
  }

  /** The objections filed during 公示: for the administrator who resolves them. */
  async objections(caller: RequestContext, roundId: string) {
    const round = await this.load(roundId);
    await this.access.actAs(caller, 'administrator', round.gradingUnitId);
    return this.reads.objections(roundId);
  }

  private async mayRead(caller: RequestContext, gradingUnitId: string): Promise<void> {
    try {
      await this.access.canRead(caller, gradingUnitId);
    } catch (refusal) {
      const granted = (caller.grants ?? []).map((g) => g.organisationId);
      const units = await this.organisations.gradingUnitsOf(granted);
      if (!granted.some((id) => units.get(id) === gradingUnitId)) throw refusal;
    }
  }

  private async load(roundId: string): Promise<CommendationRoundRecord> {
    const round = await this.rounds.findRound(roundId);
    if (!round) throw commendationRoundNotFound(roundId);
    return round;
  }
}
