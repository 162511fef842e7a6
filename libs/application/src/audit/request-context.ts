import type { RoleGrant } from '@cxzy/domain';

/**
 * Who is asking, carried from the edge into every use case that changes state: the authenticated
 * caller (from the verified access token) and, once a use case has checked a role, the role and
 * organisation it acted in. `userId` and `grants` are absent only for the public (rating tokens)
 * and for system work (schedules, the worker).
 */
export interface RequestContext {
  readonly requestId: string | null;
  /** The username (audit records name people by it). */
  readonly actorId: string;
  readonly actorRole: string | null;
  readonly actorOrg: string | null;
  readonly userId?: string;
  readonly grants?: readonly RoleGrant[];
}

/** What an audit record or a workflow payload keeps of the caller: no grants, no user id. */
export const auditedActor = (context: RequestContext) => ({
  requestId: context.requestId,
  actorId: context.actorId,
  actorRole: context.actorRole,
  actorOrg: context.actorOrg,
});
