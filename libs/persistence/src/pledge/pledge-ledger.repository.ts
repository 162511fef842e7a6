import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EvaluationResult, PledgeItem, PledgeState } from '@cxzy/domain';
import type { BoardEntry, LedgerLine, LedgerListingLine, PledgeRecord } from './pledge-row.js';

interface LedgerRow {
  id: string;
  pledge_id: string;
  version: number;
  organisation_id: string;
  year: number;
  kind: LedgerLine['kind'];
  form: LedgerLine['form'];
  pledger_kind: LedgerLine['pledgerKind'];
  pledger_names: string[];
  items: PledgeItem[];
  trigger_reference: string | null;
  due_date: string | null;
  recorded_by: string;
  recorded_at: Date;
  amendment_reason: string | null;
}

const toLine = (r: LedgerRow): LedgerLine => ({
  id: Number(r.id),
  pledgeId: r.pledge_id,
  version: r.version,
  organisationId: r.organisation_id,
  year: r.year,
  kind: r.kind,
  form: r.form,
  pledgerKind: r.pledger_kind,
  pledgerNames: r.pledger_names,
  items: r.items,
  triggerReference: r.trigger_reference,
  dueDate: r.due_date,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at.toISOString(),
  amendmentReason: r.amendment_reason,
});

/**
 * 承诺台账 and 公开栏. Ledger lines are only ever inserted (a trigger refuses UPDATE and DELETE): an
 * amendment is the next version. The board holds names and organisation only, never ID or phone numbers.
 */
@Injectable()
export class PledgeLedgerRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The pledgers' names as the ledger and board show them: the members' names, or the branch's. */
  async pledgerNames(
    manager: EntityManager,
    pledge: PledgeRecord,
  ): Promise<{ names: string[]; organisationName: string }> {
    const [org] = (await manager.query('SELECT name FROM organisations WHERE id = $1', [pledge.organisationId])) as {
      name: string;
    }[];
    const organisationName = org?.name ?? '';
    if (pledge.pledgerKind === 'branch') return { names: [organisationName], organisationName };
    const rows: { name: string }[] = await manager.query(
      `SELECT m.name FROM unnest($1::uuid[]) WITH ORDINALITY AS k(id, n) JOIN members m ON m.id = k.id ORDER BY k.n`,
      [pledge.memberIds],
    );
    return { names: rows.map((r) => r.name), organisationName };
  }

  /** Appends the next version line of the pledge; returns its version. */
  async appendLine(
    manager: EntityManager,
    pledge: PledgeRecord,
    items: readonly PledgeItem[],
    recordedBy: string,
    amendmentReason: string | null,
  ): Promise<number> {
    const { names } = await this.pledgerNames(manager, pledge);
    const [{ version }] = (await manager.query(
      `INSERT INTO pledge_ledger_lines (pledge_id, version, organisation_id, year, kind, form, pledger_kind,
                                        pledger_names, items, trigger_reference, due_date, recorded_by, amendment_reason)
       SELECT $1, COALESCE(max(version), 0) + 1, $2, $3, $4, $5, $6, $7::text[], $8, $9, $10, $11, $12
       FROM pledge_ledger_lines WHERE pledge_id = $1
       RETURNING version`,
      [
        pledge.id,
        pledge.organisationId,
        pledge.year,
        pledge.kind,
        pledge.form,
        pledge.pledgerKind,
        names,
        JSON.stringify(items),
        pledge.trigger?.reference ?? null,
        pledge.dueDate,
        recordedBy,
        amendmentReason,
      ],
    )) as [{ version: number }];
    return version;
  }

  /** A branch's ledger: every version line, by pledge then version, with the pledge's current state and result. */
  async linesOf(organisationId: string, year?: number): Promise<LedgerListingLine[]> {
    const rows: (LedgerRow & { pledge_state: PledgeState; pledge_result: EvaluationResult | null })[] =
      await this.dataSource.query(
        `SELECT l.*, p.state AS pledge_state, p.result AS pledge_result
         FROM pledge_ledger_lines l JOIN pledges p ON p.id = l.pledge_id
         WHERE l.organisation_id = $1 AND ($2::int IS NULL OR l.year = $2)
         ORDER BY l.year, l.pledge_id, l.version`,
        [organisationId, year ?? null],
      );
    return rows.map((r) => ({ ...toLine(r), pledgeState: r.pledge_state, evaluationResult: r.pledge_result }));
  }

  async linesOfPledge(pledgeId: string): Promise<LedgerLine[]> {
    const rows: LedgerRow[] = await this.dataSource.query(
      'SELECT * FROM pledge_ledger_lines WHERE pledge_id = $1 ORDER BY version',
      [pledgeId],
    );
    return rows.map(toLine);
  }

  async publish(
    manager: EntityManager,
    pledge: PledgeRecord,
    entry: { scope: 'party' | 'public'; approvedBy: string; publishedAt: Date; expiresAt: Date },
  ): Promise<void> {
    const { names, organisationName } = await this.pledgerNames(manager, pledge);
    await manager.query(
      `INSERT INTO pledge_board_entries (pledge_id, organisation_id, organisation_name, pledger_names, year, kind, items,
                                         scope, approved_by, published_at, expires_at)
       VALUES ($1, $2, $3, $4::text[], $5, $6, $7::text[], $8, $9, $10, $11)
       ON CONFLICT (pledge_id) DO NOTHING`,
      [
        pledge.id,
        pledge.organisationId,
        organisationName,
        names,
        pledge.year,
        pledge.kind,
        pledge.items.map((i) => i.content),
        entry.scope,
        entry.approvedBy,
        entry.publishedAt,
        entry.expiresAt,
      ],
    );
  }

  /** The public board of an organisation: current (not expired) public entries, newest first. */
  async board(organisationId: string, now: Date): Promise<BoardEntry[]> {
    const rows: {
      pledge_id: string;
      organisation_name: string;
      pledger_names: string[];
      year: number;
      kind: BoardEntry['kind'];
      items: string[];
      published_at: Date;
      expires_at: Date;
    }[] = await this.dataSource.query(
      `SELECT pledge_id, organisation_name, pledger_names, year, kind, items, published_at, expires_at
       FROM pledge_board_entries
       WHERE organisation_id = $1 AND scope = 'public' AND published_at <= $2 AND expires_at > $2
       ORDER BY published_at DESC, pledge_id`,
      [organisationId, now],
    );
    return rows.map((r) => ({
      pledgeId: r.pledge_id,
      organisationName: r.organisation_name,
      pledgerNames: r.pledger_names,
      year: r.year,
      kind: r.kind,
      items: r.items,
      publishedAt: r.published_at.toISOString(),
      expiresAt: r.expires_at.toISOString(),
    }));
  }
}
