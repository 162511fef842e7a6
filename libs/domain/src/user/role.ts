import { DomainError } from '../domain.error.js';
import type { Organisation } from '../organisation/organisation.js';

/**
 * The roles of SPEC §1, and the two administrator duties 等保 2.0 level 3 keeps apart from the
 * administrator's (三员分立, ADR 0023): the security administrator (users, roles, passwords) and the
 * audit administrator (the audit trail). A user holds each role at one or more organisations (the
 * role's scope).
 */
export const ROLES = [
  'administrator',
  'supervisor',
  'branch-secretary',
  'member',
  'security-administrator',
  'audit-administrator',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Readonly<Record<Role, { zhCN: string; en: string }>> = {
  administrator: { zhCN: '组织部门管理员（系统管理员）', en: 'administrator (system administrator)' },
  supervisor: { zhCN: '上级党组织（审批人）', en: 'supervisor' },
  'branch-secretary': { zhCN: '基层党组织书记', en: 'branch secretary' },
  member: { zhCN: '党员', en: 'member' },
  'security-administrator': { zhCN: '安全管理员', en: 'security administrator' },
  'audit-administrator': { zhCN: '审计管理员', en: 'audit administrator' },
};

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/**
 * Where each role can be held: an administrator — system, security or audit — works for a grading
 * unit (the organisation department of a county committee or system committee); a supervisor is a superior organisation
 * (a committee or general branch); a secretary leads a basic-level organisation (not a party
 * group); a member may be anywhere.
 */
export function checkRoleScope(
  role: Role,
  org: Pick<Organisation, 'code' | 'kind' | 'isGradingUnit'>,
): DomainError | null {
  const refuse = (zhCN: string, en: string) => new DomainError('ROLE_SCOPE_INVALID', 'invalid', { zhCN, en }, 'roles');
  if (
    (role === 'administrator' || role === 'security-administrator' || role === 'audit-administrator') &&
    !org.isGradingUnit
  ) {
    return refuse(
      `${ROLE_NAMES[role].zhCN}只能设在组织实施单位，${org.code} 不是组织实施单位`,
      `the role ${ROLE_NAMES[role].en} is held only at a grading unit; ${org.code} is not one`,
    );
  }
  if (role === 'supervisor' && org.kind !== 'committee' && org.kind !== 'general-branch') {
    return refuse(
      `审批人只能设在党委或党总支，${org.code} 不是`,
      `a supervisor sits at a committee or general branch; ${org.code} is neither`,
    );
  }
  if (role === 'branch-secretary' && org.kind === 'group') {
    return refuse(`党小组没有书记：${org.code}`, `a party group has no secretary: ${org.code}`);
  }
  return null;
}
