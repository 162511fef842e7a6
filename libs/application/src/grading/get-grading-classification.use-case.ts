import { Injectable } from '@nestjs/common';
import { TIERS, type Tier } from '@cxzy/domain';
import { GradingClassificationRepository } from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';
import { GradingActorCheck } from './grading-actor.util.js';
import { gradingRoundNotFound } from './grading-round.errors.js';

const zero = (): Record<Tier, number> => ({ advanced: 0, average: 0, lagging: 0 });

export interface TierDistribution {
  readonly state: string;
  readonly publicityEndsAt: Date | null;
  /** Per sector: proposed and final tiers counted. */
  readonly bySector: {
    sectorCode: string;
    branches: number;
    proposed: Record<Tier, number>;
    final: Record<Tier, number>;
  }[];
  /** The quota groups of the last proposal: size, advanced cap, lagging floor and counts then. */
  readonly quotaGroups: unknown;
}

/**
 * The tier list, its distribution per sector against the quotas, read from the projection: for the
 * round's grading unit's administrators and supervisors only (403 otherwise, `readRoundResults`).
 */
@Injectable()
export class GetGradingClassificationUseCase {
  constructor(
    private readonly repository: GradingClassificationRepository,
    private readonly actors: GradingActorCheck,
  ) {}

  async list(context: RequestContext, roundId: string, limit: number, offset: number) {
    await this.readableRound(context, roundId);
    return { branches: await this.repository.classification(roundId, limit, offset), limit, offset };
  }

  async distribution(context: RequestContext, roundId: string): Promise<TierDistribution> {
    const round = await this.readableRound(context, roundId);
    const sectors = new Map<string, TierDistribution['bySector'][number]>();
    for (const row of await this.repository.distribution(roundId)) {
      const sector = sectors.get(row.sectorCode) ?? {
        sectorCode: row.sectorCode,
        branches: 0,
        proposed: zero(),
        final: zero(),
      };
      sector.branches += row.count;
      if (row.tier && (TIERS as readonly string[]).includes(row.tier)) sector.proposed[row.tier as Tier] += row.count;
      if (row.finalTier && (TIERS as readonly string[]).includes(row.finalTier))
        sector.final[row.finalTier as Tier] += row.count;
      sectors.set(row.sectorCode, sector);
    }
    return {
      state: round.state,
      publicityEndsAt: round.publicityEndsAt,
      bySector: [...sectors.values()],
      quotaGroups: round.quotaGroups,
    };
  }

  private async readableRound(context: RequestContext, roundId: string) {
    const round = await this.repository.round(roundId);
    if (!round) throw gradingRoundNotFound(roundId);
    await this.actors.readRoundResults(context, round.gradingUnitId);
    return round;
  }
}
