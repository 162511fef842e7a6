import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { columnValues, planMemberImport } from '@cxzy/domain';
import { MemberRepository } from '@cxzy/persistence';
import type { ImportReport } from '../import/import-report.js';
import { readTabularFile } from '../import/tabular-file.js';
import type { ImportMembersCommand } from './import-members.command.js';

/** Reads the file, loads only the organisations and members it names, and writes all rows or none. */
@Injectable()
export class ImportMembersUseCase {
  constructor(private readonly members: MemberRepository) {}

  async execute(command: ImportMembersCommand): Promise<ImportReport> {
    const { format, headers, rows } = await readTabularFile(command.file);
    const names = {
      organisationCodes: [
        ...columnValues(headers, rows, 'organisation_code', false),
        ...columnValues(headers, rows, 'host_organisation_code', false),
      ],
      idNumbers: columnValues(headers, rows, 'id_number', true),
    };
    const plan = await this.members.importWith(
      names,
      ({ organisationsByCode, existing }) =>
        planMemberImport({ headers, rows, organisationsByCode, existing, newId: randomUUID }),
      command.dryRun,
    );
    return {
      format,
      dryRun: command.dryRun,
      rows: rows.length,
      created: plan.created,
      updated: plan.updated,
      unchanged: plan.unchanged,
    };
  }
}
