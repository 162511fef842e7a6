import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { planOrganisationImport } from '@cxzy/domain';
import { OrganisationImportRepository } from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy, outsideGradingUnit } from '../auth/access-policy.service.js';
import type { ImportReport } from '../import/import-report.js';
import { readTabularFile } from '../import/tabular-file.js';
import type { ImportOrganisationsCommand } from './import-organisations.command.js';

export interface OrganisationImportReport extends ImportReport {
  /** Stored organisations outside the file whose territorial path or grading unit changed with it. */
  readonly recomputed: number;
}

/**
 * Reads the file, checks it against the whole registry (planOrganisationImport) and writes the
 * result in one transaction; any problem refuses the whole file (ImportRejectedError, every problem listed).
 */
@Injectable()
export class ImportOrganisationsUseCase {
  constructor(
    private readonly imports: OrganisationImportRepository,
    private readonly access: AccessPolicy,
  ) {}

  /**
   * With the caller's `context`, an administrator of grading units writes only organisations of
   * their units: every organisation the import writes (created, updated, or re-derived) must belong
   * to one of them before and after — no new grading unit, nothing moved in or out (403
   * OUTSIDE_GRADING_UNIT, nothing written). Without a context (`npm run admin:create`, on the
   * server) it is not limited.
   */
  async execute(command: ImportOrganisationsCommand, context?: RequestContext): Promise<OrganisationImportReport> {
    const table = await readTabularFile(command.file);
    const mine = context ? await this.access.administeredUnits(context) : null;
    const plan = await this.imports.importWith(({ existing, sectors }) => {
      const planned = planOrganisationImport({
        headers: table.headers,
        rows: table.rows,
        existing,
        sectors,
        newId: randomUUID,
      });
      if (mine) {
        const unitOf = (o: { id: string; isGradingUnit: boolean; gradingUnitId: string | null }) =>
          o.isGradingUnit ? o.id : o.gradingUnitId;
        const before = new Map(existing.map((o) => [o.code, o]));
        const outside = planned.toWrite
          .filter((o) => {
            const stored = before.get(o.code);
            return !mine.has(unitOf(o) ?? '') || (stored !== undefined && !mine.has(unitOf(stored) ?? ''));
          })
          .map((o) => o.code);
        if (outside.length > 0) throw outsideGradingUnit(outside);
      }
      return planned;
    }, command.dryRun);
    return {
      format: table.format,
      dryRun: command.dryRun,
      rows: table.rows.length,
      created: plan.created,
      updated: plan.updated,
      unchanged: plan.unchanged,
      recomputed: plan.recomputed,
    };
  }
}
