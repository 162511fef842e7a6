/**
 * Who is asking, carried from the edge into every use case that changes state. Until login exists
 * (the access-control issue) the actor is the one the request names; then it is the authenticated
 * caller with their role and organisation.
 */
export interface RequestContext {
  readonly requestId: string | null;
  readonly actorId: string;
  readonly actorRole: string | null;
  readonly actorOrg: string | null;
}
