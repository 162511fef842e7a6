import { Injectable } from '@nestjs/common';
import { summarisePreviousRound, type PreviousRoundSummary } from '@cxzy/domain';
import { GradingRoundRepository, RectificationRepository, RoundBranchRepository } from '@cxzy/persistence';
import { gradingRoundNotFound } from './grading-round.errors.js';

export interface GradingRoundView {
  readonly id: string;
  readonly gradingUnitId: string;
  readonly year: number;
  readonly state: string;
  readonly workflowId: string;
  readonly definitionIds: Readonly<Record<string, string>>;
  readonly deployOn: string;
  readonly deployOverrideReason: string | null;
  readonly launchedBy: string;
  readonly launchedAt: Date;
  readonly progress: {
    readonly branches: number;
    readonly byState: Record<string, number>;
    readonly bySector: { sectorCode: string; branches: number; byState: Record<string, number> }[];
  };
  /** The unit's round of the year before, as accepted so far (null: none); live, not the launch's snapshot. */
  readonly previousRound: PreviousRoundSummary | null;
}

/** A round and its progress, read from the projection (never from workflow histories). */
@Injectable()
export class GetGradingRoundUseCase {
  constructor(
    private readonly rounds: GradingRoundRepository,
    private readonly branches: RoundBranchRepository,
    private readonly rectifications: RectificationRepository,
  ) {}

  async execute(id: string): Promise<GradingRoundView> {
    const round = await this.rounds.findById(id);
    if (!round) throw gradingRoundNotFound(id);
    const rows = await this.branches.progress(id);
    const byState: Record<string, number> = {};
    const sectors = new Map<string, { sectorCode: string; branches: number; byState: Record<string, number> }>();
    for (const row of rows) {
      byState[row.state] = (byState[row.state] ?? 0) + row.count;
      const sector = sectors.get(row.sectorCode) ?? { sectorCode: row.sectorCode, branches: 0, byState: {} };
      sector.branches += row.count;
      sector.byState[row.state] = row.count;
      sectors.set(row.sectorCode, sector);
    }
    const previous = await this.rectifications.previousRound(round.gradingUnitId, round.year - 1);
    return {
      ...round,
      progress: {
        branches: rows.reduce((sum, r) => sum + r.count, 0),
        byState,
        bySector: [...sectors.values()],
      },
      previousRound: previous
        ? summarisePreviousRound(
            round.gradingUnitId,
            round.year - 1,
            previous.branches.map((b) => ({
              organisationId: b.organisationId,
              tier: b.tier,
              passed: b.acceptance?.passed ?? null,
            })),
          )
        : null,
    };
  }
}
