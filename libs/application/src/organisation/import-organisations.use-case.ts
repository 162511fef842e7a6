import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { planOrganisationImport } from '@cxzy/domain';
import { OrganisationImportRepository } from '@cxzy/persistence';
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
  constructor(private readonly imports: OrganisationImportRepository) {}

  async execute(command: ImportOrganisationsCommand): Promise<OrganisationImportReport> {
    const table = await readTabularFile(command.file);
    const plan = await this.imports.importWith(
      ({ existing, sectors }) =>
        planOrganisationImport({ headers: table.headers, rows: table.rows, existing, sectors, newId: randomUUID }),
      command.dryRun,
    );
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
