import { api, unwrap } from '../../api/client';
import type { CurrentUser } from '../../session';

export type Role = 'administrator' | 'supervisor' | 'branch-secretary' | 'member';

/** The user's roles as a set (the pages show each action to the role that may take it). */
export const rolesOf = (user: CurrentUser | null): Set<string> => new Set(user?.roles.map((r) => r.role));

/** The organisation of the user's first grant in one of `roles`, or null. */
export const organisationOf = (user: CurrentUser | null, roles: readonly Role[]): string | null =>
  user?.roles.find((r) => (roles as readonly string[]).includes(r.role))?.organisationId ?? null;

/**
 * The grading unit whose rounds the user works with: that of the strongest role's organisation
 * (itself when it is a grading unit). A round belongs to a grading unit (docs/campaigns.md).
 */
export async function gradingUnitOf(user: CurrentUser | null): Promise<string | null> {
  const organisationId = organisationOf(user, ['administrator', 'supervisor', 'branch-secretary', 'member']);
  if (!organisationId) return null;
  const organisation = unwrap(await api.GET('/organisations/{id}', { params: { path: { id: organisationId } } }));
  return organisation.isGradingUnit ? organisation.id : organisation.gradingUnitId;
}
