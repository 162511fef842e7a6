import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { BRANCH_GRADING_MACHINE, TIER_NAMES, isTier, neutraliseSpreadsheetCell, type BranchState } from '@cxzy/domain';
import { GradingClassificationRepository, SectorRepository } from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';
import { GetGradingClassificationUseCase } from './get-grading-classification.use-case.js';
import { GetGradingRoundUseCase } from './get-grading-round.use-case.js';

const PAGE = 500;

const stateName = (state: string) => BRANCH_GRADING_MACHINE.states[state as BranchState]?.zhCN ?? state;
const tierName = (tier: string | null | undefined) => (tier && isTier(tier) ? TIER_NAMES[tier].zhCN : '');

/**
 * 导出 — a round's dashboard as an .xlsx workbook (server-side, like the pledge ledger): progress
 * per sector and step, overdue steps, the tier distribution against the quota groups, and every
 * branch's score and tiers. Text cells are neutralised (no formulas).
 */
@Injectable()
export class ExportGradingRoundUseCase {
  constructor(
    private readonly rounds: GetGradingRoundUseCase,
    private readonly classification: GetGradingClassificationUseCase,
    private readonly branches: GradingClassificationRepository,
    private readonly sectors: SectorRepository,
  ) {}

  async xlsx(context: RequestContext, roundId: string): Promise<Buffer> {
    const round = await this.rounds.execute(roundId);
    const distribution = await this.classification.distribution(context, roundId);
    const sectorNames = new Map((await this.sectors.list()).map((s) => [s.code, s.nameZhCN]));
    const sectorName = (code: string) => neutraliseSpreadsheetCell(sectorNames.get(code) ?? code);
    const workbook = new ExcelJS.Workbook();
    const title = `${round.year}年度晋位升级`;

    const progress = workbook.addWorksheet('进度');
    progress.addRow([`${title} 进度`]);
    const states = [...new Set(round.progress.bySector.flatMap((s) => Object.keys(s.byState)))].sort();
    progress.addRow(['领域', '党支部数', ...states.map(stateName), '逾期环节数']).font = { bold: true };
    for (const sector of round.progress.bySector) {
      const overdue = round.progress.overdue.bySector.find((o) => o.sectorCode === sector.sectorCode)?.total ?? 0;
      progress.addRow([
        sectorName(sector.sectorCode),
        sector.branches,
        ...states.map((s) => sector.byState[s] ?? 0),
        overdue,
      ]);
    }
    progress.addRow([
      '合计',
      round.progress.branches,
      ...states.map((s) => round.progress.byState[s] ?? 0),
      round.progress.overdue.total,
    ]).font = { bold: true };

    const overdue = workbook.addWorksheet('逾期');
    overdue.addRow(['领域', '环节', '逾期数']).font = { bold: true };
    for (const sector of round.progress.overdue.bySector)
      for (const [step, count] of Object.entries(sector.byStep))
        overdue.addRow([sectorName(sector.sectorCode), neutraliseSpreadsheetCell(step), count]);

    const tiers = workbook.addWorksheet('等次分布');
    tiers.addRow(['领域', '党支部数', '拟定先进', '拟定一般', '拟定后进', '最终先进', '最终一般', '最终后进']).font = {
      bold: true,
    };
    for (const s of distribution.bySector)
      tiers.addRow([
        sectorName(s.sectorCode),
        s.branches,
        s.proposed.advanced,
        s.proposed.average,
        s.proposed.lagging,
        s.final.advanced,
        s.final.average,
        s.final.lagging,
      ]);
    const groups = Array.isArray(distribution.quotaGroups)
      ? (distribution.quotaGroups as {
          sectorCodes?: string[];
          size?: number;
          advancedCap?: number;
          laggingFloor?: number;
        }[])
      : [];
    if (groups.length) {
      tiers.addRow([]);
      tiers.addRow(['定额范围', '党支部数', '先进上限', '后进下限']).font = { bold: true };
      for (const g of groups)
        tiers.addRow([
          (g.sectorCodes ?? []).map(sectorName).join('、'),
          g.size ?? 0,
          g.advancedCap ?? 0,
          g.laggingFloor ?? 0,
        ]);
    }

    const list = workbook.addWorksheet('定级结果');
    list.addRow(['党组织编码', '领域', '综合得分', '排名', '拟定等次', '最终等次']).font = { bold: true };
    for (let offset = 0; ; offset += PAGE) {
      const rows = (await this.branches.classification(roundId, PAGE, offset)) as {
        organisationCode: string;
        sectorCode: string;
        score: number | null;
        rank: number | null;
        proposedTier: string | null;
        finalTier: string | null;
      }[];
      for (const r of rows)
        list.addRow([
          neutraliseSpreadsheetCell(r.organisationCode),
          sectorName(r.sectorCode),
          r.score,
          r.rank,
          tierName(r.proposedTier),
          tierName(r.finalTier),
        ]);
      if (rows.length < PAGE) break;
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
