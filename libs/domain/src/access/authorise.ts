import { DomainError } from '../domain.error.js';
import type { Role } from '../user/role.js';

/** A role a user holds at an organisation. */
export interface RoleGrant {
  readonly role: Role;
  readonly organisationId: string;
}

/** The organisation an action is about, with its leading line (nearest authority first, ending at its grading unit). */
export interface AccessTarget {
  readonly organisationId: string;
  readonly leadingLineIds: readonly string[];
  readonly gradingUnitId: string;
  /**
   * For a member's own things (pledges, evaluations they give): the users of the members it belongs
   * to (a collective pledge: any of its members). Empty: nobody's, so no member acts on it.
   */
  readonly ownerUserIds?: readonly string[];
}

export type AccessDecision = { readonly allowed: true; readonly via: RoleGrant } | { readonly allowed: false };

/**
 * 权限 (SPEC §5, rule 20): who may act as `role` on `target`.
 * - branch-secretary: only at the organisation itself;
 * - supervisor: at an authority on the target's LEADING line (the copy line is only informed);
 * - administrator, security-administrator, audit-administrator: at the target's grading unit;
 * - member: only on what they own.
 */
export function authorise(
  userId: string,
  grants: readonly RoleGrant[],
  role: Role,
  target: AccessTarget,
): AccessDecision {
  const matches = (grant: RoleGrant): boolean => {
    if (grant.role !== role) return false;
    switch (role) {
      case 'branch-secretary':
        return grant.organisationId === target.organisationId;
      case 'supervisor':
        return target.leadingLineIds.includes(grant.organisationId);
      case 'administrator':
      case 'security-administrator':
      case 'audit-administrator':
        return grant.organisationId === target.gradingUnitId;
      case 'member':
        return (
          userId !== '' &&
          (target.ownerUserIds ?? []).includes(userId) &&
          grant.organisationId === target.organisationId
        );
    }
  };
  const via = grants.find(matches);
  return via ? { allowed: true, via } : { allowed: false };
}

export function assertAuthorised(
  userId: string,
  grants: readonly RoleGrant[],
  role: Role,
  target: AccessTarget,
): RoleGrant {
  const decision = authorise(userId, grants, role, target);
  if (decision.allowed) return decision.via;
  throw new DomainError('NOT_IN_SCOPE', 'forbidden', {
    zhCN: `无权以“${ROLE_NAMES[role].zhCN}”身份处理该组织的事项`,
    en: `not allowed to act as ${ROLE_NAMES[role].en} on this organisation`,
  });
}

const ROLE_NAMES: Record<Role, { zhCN: string; en: string }> = {
  administrator: { zhCN: '组织部门管理员', en: 'administrator' },
  supervisor: { zhCN: '上级党组织', en: 'supervisor' },
  'branch-secretary': { zhCN: '支部书记', en: 'branch secretary' },
  member: { zhCN: '党员', en: 'member' },
  'security-administrator': { zhCN: '安全管理员', en: 'security administrator' },
  'audit-administrator': { zhCN: '审计管理员', en: 'audit administrator' },
};
