import { Injectable } from '@nestjs/common';
import { DomainError, type Role } from '@cxzy/domain';
import { UserRepository } from '@cxzy/persistence';
import { AccessPolicy } from '../auth/access-policy.service.js';

const ROLE_TEXT: Record<Role, { zhCN: string; en: string }> = {
  administrator: { zhCN: '组织实施单位的管理员', en: 'an administrator of the grading unit' },
  supervisor: { zhCN: '领导线上的上级党组织负责人', en: 'a supervisor on the leading line' },
  'branch-secretary': { zhCN: '该党组织的书记', en: 'the secretary of the branch' },
  member: { zhCN: '该党组织的党员', en: 'a member of the branch' },
};

/**
 * Who may act in a round's 分类定级, through AccessPolicy (SPEC §5): the administrator at the
 * grading unit, a supervisor at the unit or on its leading line, the branch's secretary, one of
 * its members. A refusal is 403 naming the actor and the role needed.
 */
@Injectable()
export class GradingActorCheck {
  constructor(
    private readonly users: UserRepository,
    private readonly access: AccessPolicy,
  ) {}

  async assert(actor: string, role: Role, organisationId: string): Promise<void> {
    const user = await this.users.findByUsername(actor);
    const roles = user?.roles ?? [];
    // The unit's own supervisor (e.g. the county committee's) is on the line of everything it grades.
    if (role === 'supervisor' && roles.some((r) => r.role === 'supervisor' && r.organisationId === organisationId)) {
      return;
    }
    try {
      await this.access.assert({ userId: user?.id ?? actor, roles }, role, organisationId, user?.id);
    } catch (error) {
      if ((error as { code?: string }).code !== 'NOT_IN_SCOPE') throw error;
      throw new DomainError(
        'GRADING_ROLE_NOT_ALLOWED',
        'forbidden',
        {
          zhCN: `${actor} 不是${ROLE_TEXT[role].zhCN}，不能办理`,
          en: `${actor} is not ${ROLE_TEXT[role].en}; not allowed`,
        },
        'actor',
      );
    }
  }
}
