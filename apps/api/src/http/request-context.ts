import type { Request } from 'express';
import { notAuthenticated, type RoleGrant } from '@cxzy/domain';
import type { AuthenticatedUser, RequestContext } from '@cxzy/application';

const requestIdOf = (request: Request): string | null => {
  const id = (request as Request & { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
};

/**
 * The context a command runs and audits with: the caller the global AccessTokenGuard verified
 * (user id, username, role grants). Nothing in a body or query can name the actor. The role and
 * organisation are filled in by the use case's role check (AccessPolicy.actAs).
 */
export function requestContext(request: Request): RequestContext {
  const user = (request as Request & { user?: AuthenticatedUser }).user;
  if (!user) throw notAuthenticated('no bearer token');
  return {
    requestId: requestIdOf(request),
    actorId: user.username,
    actorRole: null,
    actorOrg: null,
    userId: user.userId,
    grants: user.roles as readonly RoleGrant[],
  };
}

/** For the few public routes (login, refresh, the public's rating): the actor is a label, never a user. */
export function publicRequestContext(request: Request, label: string): RequestContext {
  return { requestId: requestIdOf(request), actorId: label, actorRole: null, actorOrg: null };
}
