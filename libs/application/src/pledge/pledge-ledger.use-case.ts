import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import {
  formatBeijingTime,
  neutraliseSpreadsheetCell,
  organisationNotFound,
  pledgeDriveStatus,
  pledgeSuggestions,
  type PledgeDriveStatus,
  type PledgeSuggestions,
} from '@cxzy/domain';
import {
  OrganisationRepository,
  PledgeLedgerRepository,
  PledgeRepository,
  UserRepository,
  type BoardEntry,
  type LedgerListingLine,
} from '@cxzy/persistence';

const KIND_ZH = { annual: '年度承诺', instant: '即时承诺' } as const;
const FORM_ZH = { individual: '个人承诺', collective: '集体承诺', 'with-public': '带领群众共同承诺' } as const;

/** 承诺台账 (listing and xlsx export), the public board, and content suggestions. */
@Injectable()
export class PledgeLedgerUseCase {
  constructor(
    private readonly ledger: PledgeLedgerRepository,
    private readonly organisations: OrganisationRepository,
    private readonly pledges: PledgeRepository,
    private readonly users: UserRepository,
  ) {}

  /** Who recorded each line, by their display name (the login name only for an account since removed). */
  private async displayNames(usernames: readonly string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const username of new Set(usernames))
      names.set(username, (await this.users.findByUsername(username))?.displayName || username);
    return names;
  }

  async lines(organisationId: string, year?: number): Promise<LedgerListingLine[]> {
    if (!(await this.organisations.findById(organisationId))) throw organisationNotFound(organisationId);
    return this.ledger.linesOf(organisationId, year);
  }

  /** The ledger as an .xlsx workbook (one row per version line; formulas neutralised). */
  async xlsx(organisationId: string, year?: number): Promise<Buffer> {
    const organisation = await this.organisations.findById(organisationId);
    if (!organisation) throw organisationNotFound(organisationId);
    const lines = await this.ledger.linesOf(organisationId, year);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('承诺台账');
    sheet.addRow([`${organisation.name} 承诺台账${year ? `（${year}年度）` : ''}`]);
    sheet.addRow([
      '年度',
      '承诺类型',
      '承诺方式',
      '承诺人',
      '承诺事项',
      '责任人',
      '措施',
      '完成时限',
      '触发任务或事件',
      '版本',
      '修订理由',
      '登记人',
      '登记时间（北京时间）',
    ]);
    const text = (value: string | null | undefined) => neutraliseSpreadsheetCell(value ?? '');
    const recorders = await this.displayNames(lines.map((line) => line.recordedBy));
    for (const line of lines)
      for (const item of line.items)
        sheet.addRow([
          line.year,
          KIND_ZH[line.kind],
          FORM_ZH[line.form],
          text(line.pledgerNames.join('、')),
          text(item.content),
          text(item.responsiblePerson),
          text(item.measures),
          text(item.completionDate ?? line.dueDate),
          text(line.triggerReference),
          line.version,
          text(line.amendmentReason),
          text(recorders.get(line.recordedBy)),
          // Beijing time, as people read it (the stored instant is UTC).
          formatBeijingTime(line.recordedAt).zhCN,
        ]);
    sheet.getRow(2).font = { bold: true };
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  async board(organisationId: string): Promise<BoardEntry[]> {
    if (!(await this.organisations.findById(organisationId))) throw organisationNotFound(organisationId);
    return this.ledger.board(organisationId, new Date());
  }

  /** 年度承诺动员: who of the branch has proposed an annual pledge for the year, and who has not yet. */
  async drive(organisationId: string, year: number): Promise<PledgeDriveStatus> {
    if (!(await this.organisations.findById(organisationId))) throw organisationNotFound(organisationId);
    return pledgeDriveStatus(await this.pledges.driveRoster(organisationId, year));
  }

  suggestions(sectorCode: string): PledgeSuggestions {
    return pledgeSuggestions(sectorCode);
  }
}
