import { DomainError, type Role } from '@cxzy/domain';
import type { JWTPayload } from 'jose';

type Grant = { readonly role: string; readonly organisationId: string };

/** 401: the token names no existing user, or a user under another name (ADR 0019). */
export const tokenUserUnknown = (): DomainError =>
  new DomainError('TOKEN_USER_UNKNOWN', 'unauthenticated', {
    zhCN: '登录凭证对应的用户不存在，请重新登录',
    en: 'the token names no existing user: sign in again',
  });

/** 401: the token carries a grant its user no longer holds (ADR 0019: refused, not ignored). */
export const tokenGrantsRevoked = (): DomainError =>
  new DomainError('TOKEN_GRANTS_REVOKED', 'unauthenticated', {
    zhCN: '登录凭证中的角色已被收回，请重新登录',
    en: 'the token carries a role its user no longer holds: sign in again',
  });

/** 401: the token's login session has ended — logged out, or every session ended by a refresh-token reuse (ADR 0020). */
export const tokenSessionEnded = (): DomainError =>
  new DomainError('TOKEN_SESSION_ENDED', 'unauthenticated', {
    zhCN: '该登录已退出或已被终止，请重新登录',
    en: 'the sign-in this token belongs to has ended (logged out or signed out everywhere): sign in again',
  });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The user id a token's `sub` may name (users.id is a uuid); null when it cannot name one. */
export function subjectOf(claims: JWTPayload): string | null {
  return typeof claims.sub === 'string' && UUID.test(claims.sub) ? claims.sub : null;
}

/** The login session a token's `sid` may name (login_sessions.id is a uuid); null when it cannot name one. */
export function sessionOf(claims: JWTPayload): string | null {
  const sid = claims['sid'];
  return typeof sid === 'string' && UUID.test(sid) ? sid : null;
}

/**
 * The grants a token claims that the user does not hold now (by role and organisation). A claim
 * that is no grant at all (no role or organisation) counts as not held.
 */
export function grantsNotHeld(claimed: unknown, held: readonly Grant[]): unknown[] {
  if (!Array.isArray(claimed)) return claimed === undefined ? [] : [claimed];
  return claimed.filter(
    (grant: Partial<Grant> | null) =>
      typeof grant?.role !== 'string' ||
      typeof grant.organisationId !== 'string' ||
      !held.some((h) => h.role === grant.role && h.organisationId === grant.organisationId),
  );
}

/** The grants as the API acts with them: the user's current ones. */
export const currentGrants = (roles: readonly { role: Role; organisationId: string }[]) =>
  roles.map((r) => ({ role: r.role, organisationId: r.organisationId }));
