import type { Request } from 'express';
import type { RequestContext } from '@cxzy/application';

/**
 * The context a use case audits with. Until login exists the actor is the one the request names;
 * the access-control issue replaces this with the authenticated caller (role and organisation).
 */
export function requestContext(request: Request, actorId: string): RequestContext {
  const id = (request as Request & { id?: unknown }).id;
  return { requestId: typeof id === 'string' ? id : null, actorId, actorRole: null, actorOrg: null };
}
