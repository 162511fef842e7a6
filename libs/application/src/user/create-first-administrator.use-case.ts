import { Injectable } from '@nestjs/common';
import { assertPasswordAllowed, DomainError, USERNAME_PATTERN, type AdministratorDuty } from '@cxzy/domain';
import { OrganisationRepository, UserRepository } from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { RequestContext } from '../audit/request-context.js';
import { SessionUseCases } from '../auth/session.use-cases.js';
import { ImportOrganisationsUseCase } from '../organisation/import-organisations.use-case.js';
import { SaveUserUseCase } from './users.use-case.js';

export interface CreateFirstAdministratorCommand {
  readonly username: string;
  readonly displayName: string;
  /**
   * Which of the unit's three administrators (三员分立, ADR 0023): the system administrator
   * (`administrator`, the default), the security administrator who then saves the other users, or
   * the audit administrator.
   */
  readonly role?: AdministratorDuty;
  /** The grading unit's code: an existing grading unit, or (with `unitName`) one created for it. */
  readonly unitCode: string;
  readonly unitName?: string;
  readonly password: string;
  /** Who ran the command (the operating-system account), for the audit record. */
  readonly operator: string;
}

const refused = (code: string, field: string, zhCN: string, en: string) =>
  new DomainError(code, code === 'USER_EXISTS' ? 'conflict' : 'invalid', { zhCN, en }, field);

/**
 * `npm run admin:create` (docs/security.md, "Bootstrap"): a first administrator of a grading unit
 * on a new deployment — its system administrator, or (`role`) its security or audit administrator —
 * with no token: the command runs on the server with the database's credentials. Refuses an
 * existing user (it never takes over an account), a password the policy refuses
 * (`assertPasswordAllowed`), a unit that is no grading unit; creates the grading unit itself when
 * it does not exist yet (the same import rules as `POST /organisations/import`); audited
 * (`user.bootstrap-administrator`, actor `admin:create` in the role `system`, the operating-system
 * account named).
 */
@Injectable()
export class CreateFirstAdministratorUseCase {
  constructor(
    private readonly users: UserRepository,
    private readonly organisations: OrganisationRepository,
    private readonly importer: ImportOrganisationsUseCase,
    private readonly saver: SaveUserUseCase,
    private readonly sessions: SessionUseCases,
    private readonly audit: AuditTrail,
  ) {}

  async execute(
    command: CreateFirstAdministratorCommand,
  ): Promise<{ userId: string; unitId: string; unitCreated: boolean }> {
    // Every check first, so a refusal leaves nothing behind.
    if (!USERNAME_PATTERN.test(command.username))
      throw refused(
        'USERNAME_INVALID',
        'username',
        '用户名只能含小写字母、数字和 . _ -',
        'a username is lower-case letters, digits, . _ -',
      );
    if (await this.users.findByUsername(command.username))
      throw refused(
        'USER_EXISTS',
        'username',
        `用户 ${command.username} 已存在`,
        `user ${command.username} exists already`,
      );
    assertPasswordAllowed(command.password, command.username);
    const existing = await this.organisations.findByCode(command.unitCode);
    if (existing && !existing.isGradingUnit)
      throw refused(
        'NOT_A_GRADING_UNIT',
        'unit',
        `${command.unitCode} 不是组织实施单位`,
        `${command.unitCode} is no grading unit`,
      );
    if (!existing && !command.unitName?.trim())
      throw refused(
        'UNIT_NAME_REQUIRED',
        'unit-name',
        `组织 ${command.unitCode} 不存在：请用 --unit-name 给出名称以创建它`,
        `organisation ${command.unitCode} does not exist: give --unit-name to create it`,
      );
    const context: RequestContext = { requestId: null, actorId: 'admin:create', actorRole: 'system', actorOrg: null };
    if (!existing) {
      const csv = [
        'code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit',
        [command.unitCode, command.unitName!.trim(), 'committee', 'agency', '', '', '1', '', 'true']
          .map((cell) => (/[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell))
          .join(','),
      ].join('\n');
      await this.importer.execute({
        file: { fileName: 'grading-unit.csv', content: new TextEncoder().encode(csv) },
        dryRun: false,
      });
    }
    const unit = (await this.organisations.findByCode(command.unitCode))!;
    const role = command.role ?? 'administrator';
    const user = await this.saver.execute({
      username: command.username,
      displayName: command.displayName,
      roles: [{ role, organisationCode: command.unitCode }],
    });
    await this.sessions.setPassword({ ...context, actorOrg: unit.id }, command.username, command.password);
    await this.audit.record(
      { ...context, actorOrg: unit.id },
      {
        action: 'user.bootstrap-administrator',
        objectType: 'user',
        objectId: command.username,
        after: {
          username: command.username,
          role,
          unitCode: command.unitCode,
          unitCreated: !existing,
          operator: command.operator,
        },
      },
    );
    return { userId: user.id, unitId: unit.id, unitCreated: !existing };
  }
}
