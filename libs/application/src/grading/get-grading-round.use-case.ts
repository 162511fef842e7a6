import { Injectable } from '@nestjs/common';
import type { LocalizedText, PreviousRoundSummary } from '@cxzy/domain';
import {
  GradingClassificationRepository,
  GradingObjectionRepository,
  GradingRoundRepository,
  RectificationRepository,
  RoundBranchRepository,
} from '@cxzy/persistence';
import { gradingRoundNotFound } from './grading-round.errors.js';
import { previousRoundSummary } from './previous-round.util.js';

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
    /** 逾期: the branches' open steps past their deadline, in all and per sector, by step key. */
    readonly overdue: {
      readonly total: number;
      readonly byStep: Record<string, number>;
      readonly bySector: { sectorCode: string; total: number; byStep: Record<string, number> }[];
    };
    /** 分类定级: tiers counted (proposed, final), the publicity's end, objections per status. */
    readonly grading: {
      readonly publicityEndsAt: Date | null;
      readonly proposed: Record<string, number>;
      readonly final: Record<string, number>;
      readonly objections: Record<string, number>;
      /**
       * Why the tiers are not final although publicity is over (null: nothing holds them): open
       * objections, or last year's branches still without 考核验收 (SPEC §6 rule 13).
       */
      readonly waitingFor: {
        readonly reason: 'open-objections' | 'previous-round-acceptance';
        readonly count: number;
        readonly message: LocalizedText;
      } | null;
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
    private readonly objections: GradingObjectionRepository,
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
    const overdue = {
      total: 0,
      byStep: {} as Record<string, number>,
      bySector: [] as GradingRoundView['progress']['overdue']['bySector'],
    };
    const overdueSectors = new Map<string, { sectorCode: string; total: number; byStep: Record<string, number> }>();
    for (const row of await this.branches.overdue(id, round.workflowId, new Date())) {
      overdue.total += row.count;
      overdue.byStep[row.stepKey] = (overdue.byStep[row.stepKey] ?? 0) + row.count;
      const sector = overdueSectors.get(row.sectorCode) ?? { sectorCode: row.sectorCode, total: 0, byStep: {} };
      sector.total += row.count;
      sector.byStep[row.stepKey] = (sector.byStep[row.stepKey] ?? 0) + row.count;
      overdueSectors.set(row.sectorCode, sector);
    }
    overdue.bySector.push(...overdueSectors.values());
    const grading = await this.classification.round(id);
    const previousRound = await previousRoundSummary(this.rectifications, round.gradingUnitId, round.year - 1);
    const objections = await this.objections.counts(id);
    const publicityOver =
      grading?.state === 'grade.publicity' &&
      grading.publicityEndsAt !== null &&
      grading.publicityEndsAt.getTime() <= Date.now();
    const open = objections['open'] ?? 0;
    let waitingFor: GradingRoundView['progress']['grading']['waitingFor'] = null;
    if (publicityOver && open > 0) {
      waitingFor = {
        reason: 'open-objections',
        count: open,
        message: {
          zhCN: `公示期已结束，尚有 ${open} 件异议待处理，等次暂不能确定`,
          en: `publicity is over; ${open} objection(s) still open, so the tiers are not final yet`,
        },
      };
    } else if (publicityOver && previousRound && !previousRound.mayFinalise) {
      const missing = previousRound.missing.length;
      waitingFor = {
        reason: 'previous-round-acceptance',
        count: missing,
        message: {
          zhCN: `公示期已结束，等待 ${previousRound.year} 年度 ${missing} 个党组织完成考核验收后确定等次`,
          en: `publicity is over; the tiers wait for the acceptance of ${missing} branch(es) of ${previousRound.year}`,
        },
      };
    }
    return {
      ...round,
      progress: {
        branches: rows.reduce((sum, r) => sum + r.count, 0),
        byState,
        bySector: [...sectors.values()],
        overdue,
        grading: {
          publicityEndsAt: grading?.publicityEndsAt ?? null,
          proposed,
          final,
          objections,
          waitingFor,
        },
      },
      previousRound,
    };
  }
}
