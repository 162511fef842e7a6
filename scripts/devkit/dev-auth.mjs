// @ts-check
// For the benchmarks, which act as thousands of users without their passwords: an access token
// signed the way the API signs one (HS256, issuer cxzy, audience cxzy-api) with the AUTH_TOKEN_SECRET
// the benchmark gave its API — there is no default secret (ADR 0017). The API accepts it only for
// an existing user under their own name carrying grants they hold (docs/security.md, the token rule).
import { SignJWT } from 'jose';

/**
 * @typedef {{ role: string, organisationId: string }} RoleGrant
 * @param {{ id: string, username: string, roles: RoleGrant[] }} user the user row and their current grants
 * @param {string | undefined} [secret] the API's AUTH_TOKEN_SECRET
 * @returns {Promise<string>}
 */
export function signedAccessToken(user, secret = process.env.AUTH_TOKEN_SECRET) {
  if (!secret) throw new Error('AUTH_TOKEN_SECRET is required to sign a token (no default)');
  return new SignJWT({ sub: user.id, username: user.username, roles: user.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('cxzy')
    .setAudience('cxzy-api')
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(secret));
}

// The demo's former password-less tokens (a grant at no organisation, a token for a name with no
// user row) are refused by the API since ADR 0017; the demo logs in with real passwords instead.
// These stubs keep the old names only until the demo scripts stop importing them, and fail loudly.
const REFUSED = 'password-less demo tokens are gone (ADR 0017): log in through POST /auth/login';
/** @param {string} _username @param {RoleGrant[]} [_roles] @returns {Promise<string>} */
export const devAccessToken = async (_username, _roles) => Promise.reject(new Error(REFUSED));
/** @returns {Promise<string>} */
export const devBootstrapToken = async () => Promise.reject(new Error(REFUSED));
/** @param {string} _apiUrl @param {string} _username @param {string[]} _holders @returns {Promise<string>} */
export const devTokenWithGrantsOf = async (_apiUrl, _username, _holders) => Promise.reject(new Error(REFUSED));

/** @param {string} token */
export const bearer = (token) => ({ authorization: `Bearer ${token}` });
