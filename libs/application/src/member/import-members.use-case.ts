import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { columnValues, planMemberImport } from '@cxzy/domain';
import { MemberRepository } from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import type { ImportReport } from '../import/import-report.js';
import { readTabularFile } from '../import/tabular-file.js';
import type { ImportMembersCommand } from './import-members.command.js';

/** Imports run by the system itself (the first administrator's bootstrap, benchmarks): no caller. */
const SYSTEM_IMPORT: RequestContext = {
  requestId: null,
  actorId: 'member-import',
  actorRole: 'system',
  actorOrg: null,
};

/** Reads the file, loads only the organisations and members it names, and writes all rows or none. */
@Injectable()
export class ImportMembersUseCase {
  constructor(
    private readonly members: MemberRepository,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * With the caller's `context`: an administrator imports only into their grading unit — every
   * organisation the file names, and the present organisation of every member it updates, must be
   * of the caller's units (a registry-wide administrator: anywhere); 403 OUTSIDE_GRADING_UNIT, nothing written.
   */
  async execute(command: ImportMembersCommand, context?: RequestContext): Promise<ImportReport> {
    const { format, headers, rows } = await readTabularFile(command.file);
    const names = {
      organisationCodes: [
        ...columnValues(headers, rows, 'organisation_code', false),
        ...columnValues(headers, rows, 'host_organisation_code', false),
      ],
      idNumbers: columnValues(headers, rows, 'id_number', true),
      usernames: columnValues(headers, rows, 'username', false),
    };
    const acting: RequestContext = context
      ? await this.access.assertAdministers(context, {
          codes: names.organisationCodes,
          ids: await this.members.organisationIdsOfIdNumbers(names.idNumbers),
        })
      : SYSTEM_IMPORT;
    const plan = await this.members.importWith(
      names,
      ({ organisationsByCode, existing, users }) =>
        planMemberImport({ headers, rows, organisationsByCode, existing, users, newId: randomUUID }),
      command.dryRun,
      // 关联用户 (the `username` column): each link and its audit record, in the import's transaction.
      async (manager, { links }) => {
        for (const link of links) {
          await this.members.linkUser(manager, link.userId, link.memberId);
          await this.audit.record(
            acting,
            {
              action: 'user.link-member',
              objectType: 'user',
              objectId: link.username,
              before: { memberId: null },
              after: { memberId: link.memberId },
              reason: 'member import',
            },
            manager,
          );
        }
      },
    );
    return {
      format,
      dryRun: command.dryRun,
      rows: rows.length,
      created: plan.created,
      updated: plan.updated,
      unchanged: plan.unchanged,
      linked: plan.links.length,
    };
  }
}
