import { Injectable } from '@nestjs/common';
import { summarisePreviousRound, type PreviousRoundSummary } from '@cxzy/domain';
import {
  GradingClassificationRepository,
  GradingRoundRepository,
  RectificationRepository,
  RoundBranchRepository,
} from '@cxzy/persistence';
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
    /** 分类定级: tiers counted (proposed, final), the publicity's end, objections per status. */
    readonly grading: {
      readonly publicityEndsAt: Date | null;
      readonly proposed: Record<string, number>;
      readonly final: Record<string, number>;
      readonly objections: Record<string, number>;
    };
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
    private readonly classification: GradingClassificationRepository,
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
    const proposed: Record<string, number> = {};
    const final: Record<string, number> = {};
    for (const row of await this.classification.distribution(id)) {
      if (row.tier) proposed[row.tier] = (proposed[row.tier] ?? 0) + row.count;
      if (row.finalTier) final[row.finalTier] = (final[row.finalTier] ?? 0) + row.count;
    }
    const grading = await this.classification.round(id);
    const previous = await this.rectifications.previousRound(round.gradingUnitId, round.year - 1);
    return {
      ...round,
      progress: {
        branches: rows.reduce((sum, r) => sum + r.count, 0),
        byState,
        bySector: [...sectors.values()],
        grading: {
          publicityEndsAt: grading?.publicityEndsAt ?? null,
          proposed,
          final,
          objections: await this.classification.objectionCounts(id),
        },
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
