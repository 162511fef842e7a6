import type { RoleGrant } from './authorise.js';

/**
 * 可见范围 for lists (SPEC §5, rule 20): the same scopes as acting. An administrator sees their
 * grading unit; a supervisor the organisations whose leading line runs through their organisation
 * (and it); a branch secretary and a member their own organisation.
 */
export interface ReadScope {
  readonly gradingUnitIds: readonly string[];
  readonly leadingRootIds: readonly string[];
  readonly organisationIds: readonly string[];
}

export function readScopeOf(grants: readonly RoleGrant[]): ReadScope {
  const of = (role: RoleGrant['role']) => [
    ...new Set(grants.filter((g) => g.role === role).map((g) => g.organisationId)),
  ];
  return {
    gradingUnitIds: of('administrator'),
    leadingRootIds: of('supervisor'),
    organisationIds: [...new Set([...of('branch-secretary'), ...of('member')])],
  };
}
