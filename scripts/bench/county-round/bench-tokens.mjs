// @ts-check
// The county benchmark acts as thousands of users without their passwords: an access token
// signed the way the API signs one (HS256, issuer cxzy, audience cxzy-api) with the AUTH_TOKEN_SECRET
// the benchmark gave its API — there is no default secret (ADR 0019). The API accepts it only for
// an existing user under their own name carrying grants they hold, in a live login session of theirs
// (docs/security.md, the token rule).
import { SignJWT } from 'jose';

/**
 * @typedef {{ role: string, organisationId: string }} RoleGrant
 * @param {{ id: string, username: string, roles: RoleGrant[], sessionId: string }} user the user row, their current
 *   grants and a live login session of theirs
 * @param {string | undefined} [secret] the API's AUTH_TOKEN_SECRET
 * @returns {Promise<string>}
 */
export function signedAccessToken(user, secret = process.env.AUTH_TOKEN_SECRET) {
  if (!secret) throw new Error('AUTH_TOKEN_SECRET is required to sign a token (no default)');
  return new SignJWT({ sub: user.id, username: user.username, roles: user.roles, sid: user.sessionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('cxzy')
    .setAudience('cxzy-api')
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(secret));
}

/** @param {string} token */
export const bearer = (token) => ({ authorization: `Bearer ${token}` });
