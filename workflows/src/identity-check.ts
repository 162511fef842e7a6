import { DomainError, verifyUpdateIdentity, type SignedUpdateIdentity, type UpdateIdentityKeys } from '@cxzy/domain';

export interface ClaimedActor {
  readonly username: string;
  /** When the payload names them, they must be the signed ones too. */
  readonly role?: string | null;
  readonly organisationId?: string | null;
}

export const identityMismatch = (field: string): DomainError =>
  new DomainError(
    'UPDATE_IDENTITY_INVALID',
    'forbidden',
    {
      zhCN: `操作身份无效：签名身份与请求中的${field}不一致`,
      en: `the Update's identity is not valid: the signed identity does not match the payload's ${field}`,
    },
    'identity',
  );

/**
 * ADR 0009, in an Update validator: the identity must be signed by one of the workflow's keys for
 * exactly this Update, unexpired on the workflow clock, in a role the step allows, and name the
 * actor the payload names. Throws a DomainError (the caller turns it into the Update's refusal).
 * A workflow started before ADR 0009 has no keys and checks nothing (the API was its only caller).
 */
export function checkUpdateIdentity(
  keys: UpdateIdentityKeys | undefined,
  request: { readonly identity?: SignedUpdateIdentity; readonly idempotencyKey: string },
  expected: { readonly workflowId: string; readonly updateName: string; readonly roles: readonly string[] },
  actor: ClaimedActor,
): void {
  if (!keys) return;
  // Date.now() in workflow code is the deterministic workflow clock (the task's start time).
  const claims = verifyUpdateIdentity(
    request.identity,
    keys,
    { ...expected, idempotencyKey: request.idempotencyKey },
    Date.now(),
  );
  if (claims.username !== actor.username) throw identityMismatch('actor');
  if (actor.role !== undefined && claims.role !== (actor.role ?? '')) throw identityMismatch('actorRole');
  if (actor.organisationId !== undefined && claims.organisationId !== (actor.organisationId ?? ''))
    throw identityMismatch('actorOrg');
}
