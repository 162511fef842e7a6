import { DomainError } from '../domain.error.js';
import { ROLE_NAMES, type Role } from './role.js';

/**
 * 三员分立 (等保 2.0 level 3, ADR 0023): the system administrator (`administrator`: the registry,
 * rounds, definitions, settings), the security administrator (users, roles, passwords, lockouts) and
 * the audit administrator (the audit trail) are separate people.
 */
export const ADMINISTRATOR_DUTIES = ['administrator', 'security-administrator', 'audit-administrator'] as const;
export type AdministratorDuty = (typeof ADMINISTRATOR_DUTIES)[number];

export const isAdministratorDuty = (role: Role): role is AdministratorDuty =>
  (ADMINISTRATOR_DUTIES as readonly Role[]).includes(role);

/** The administrator duties among `grants` (each once, in ADMINISTRATOR_DUTIES order). */
export function dutiesOf(grants: readonly { readonly role: Role }[]): AdministratorDuty[] {
  const held = new Set(grants.map((g) => g.role));
  return ADMINISTRATOR_DUTIES.filter((duty) => held.has(duty));
}

/**
 * One user holds at most one of the three duties — anywhere in the registry, not only in one unit:
 * whoever audits one unit must not administer or grant roles in another (a person's duties are
 * theirs, wherever they hold them). The same duty at several units is one duty. 422 naming `roles`.
 */
export function checkDutiesSeparated(grants: readonly { readonly role: Role }[]): DomainError | null {
  const duties = dutiesOf(grants);
  if (duties.length <= 1) return null;
  return new DomainError(
    'ADMINISTRATOR_DUTIES_COMBINED',
    'invalid',
    {
      zhCN: `三员分立：同一用户不能兼任${duties.map((d) => `“${ROLE_NAMES[d].zhCN}”`).join('和')}`,
      en: `separation of duties: one user cannot hold both ${duties.map((d) => ROLE_NAMES[d].en).join(' and ')}`,
    },
    'roles',
  );
}

/**
 * A security administrator never changes their own account's roles (nor creates it): granting
 * oneself a role would undo the separation that one person cannot widen their own rights. 403.
 */
export function checkNotOwnAccount(actorUsername: string, username: string): DomainError | null {
  if (actorUsername !== username) return null;
  return new DomainError(
    'OWN_ACCOUNT_ROLES',
    'forbidden',
    {
      zhCN: '安全管理员不能修改本人的用户信息和角色，须由另一名安全管理员办理',
      en: 'a security administrator cannot change their own user or roles; another security administrator does it',
    },
    'username',
  );
}
