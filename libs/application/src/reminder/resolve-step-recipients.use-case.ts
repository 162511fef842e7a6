import { Injectable } from '@nestjs/common';
import {
  isRole,
  organisationNotFound,
  resolveLines,
  stepRecipientTargets,
  DomainError,
  type LeadingLineLevel,
} from '@cxzy/domain';
import { OrganisationRepository, UserRepository } from '@cxzy/persistence';

export interface ResolvedRecipient {
  readonly userId: string;
  readonly organisationId: string;
}

/**
 * Who receives a step's reminder or escalation, resolved when it is sent (not when the step
 * opened), so a changed management mode or a new supervisor is followed (SPEC rule 20).
 */
@Injectable()
export class ResolveStepRecipientsUseCase {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly users: UserRepository,
  ) {}

  async execute(request: {
    organisationId: string;
    level: LeadingLineLevel;
    assigneeRole: string;
    copyOtherLine: boolean;
    copySuperior: boolean;
  }): Promise<{ to: ResolvedRecipient[]; copy: ResolvedRecipient[] }> {
    if (!isRole(request.assigneeRole)) {
      throw new DomainError(
        'UNKNOWN_ROLE',
        'invalid',
        { zhCN: `未知角色 ${request.assigneeRole}`, en: `unknown role ${request.assigneeRole}` },
        'assigneeRole',
      );
    }
    const reachable = await this.organisations.loadAuthorities(request.organisationId);
    const byId = new Map(reachable.map((o) => [o.id, o]));
    if (!byId.has(request.organisationId)) throw organisationNotFound(request.organisationId);
    const targets = stepRecipientTargets({
      ...request,
      assigneeRole: request.assigneeRole,
      lines: resolveLines(request.organisationId, byId),
    });
    const [to, copy] = await Promise.all([this.users.holdersOf(targets.to), this.users.holdersOf(targets.copy)]);
    const toIds = new Set(to.map((r) => r.username));
    return {
      to: to.map((r) => ({ userId: r.username, organisationId: r.organisationId })),
      // Nobody is both asked to act and copied.
      copy: copy
        .filter((r) => !toIds.has(r.username))
        .map((r) => ({ userId: r.username, organisationId: r.organisationId })),
    };
  }
}
