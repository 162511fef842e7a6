// @ts-check
// Development only: the demo acts without passwords by signing access tokens the way the API does
// (HS256, issuer cxzy, audience cxzy-api) with AUTH_TOKEN_SECRET or the API's development default.
// Refused when NODE_ENV=production, where that default does not exist (docs/security.md).
import { SignJWT } from 'jose';

const DEVELOPMENT_ONLY_SECRET = 'cxzy-development-only-secret-never-use-in-production';
/** A grant at no organisation: enough for registry-wide routes (@HoldersOf), nothing scoped. */
const NO_ORGANISATION = '00000000-0000-4000-8000-000000000000';

/**
 * @typedef {{ role: string, organisationId: string }} RoleGrant
 * @param {string} username @param {RoleGrant[]} [roles] @returns {Promise<string>}
 */
export function devAccessToken(username, roles = []) {
  if (process.env.NODE_ENV === 'production') throw new Error('development tokens are refused in production');
  return new SignJWT({ sub: NO_ORGANISATION, username, roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('cxzy')
    .setAudience('cxzy-api')
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(process.env.AUTH_TOKEN_SECRET ?? DEVELOPMENT_ONLY_SECRET));
}

/** The registry's bootstrap administrator (imports, users) before any organisation exists. */
export const devBootstrapToken = () =>
  devAccessToken('demo-bootstrap', [{ role: 'administrator', organisationId: NO_ORGANISATION }]);

/**
 * A token carrying the grants the demo users hold in the registry (read through `GET /users`),
 * named `username`.
 * @param {string} apiUrl @param {string} username @param {string[]} holders @returns {Promise<string>}
 */
export async function devTokenWithGrantsOf(apiUrl, username, holders) {
  const response = await fetch(`${apiUrl}/users?pageSize=100`, {
    headers: { authorization: `Bearer ${await devBootstrapToken()}` },
  });
  if (!response.ok) throw new Error(`reading the users failed: ${response.status} ${await response.text()}`);
  const page = /** @type {{ items: { username: string, roles: RoleGrant[] }[] }} */ (await response.json());
  const roles = page.items
    .filter((u) => holders.includes(u.username))
    .flatMap((u) => u.roles.map((r) => ({ role: r.role, organisationId: r.organisationId })));
  if (roles.length === 0) throw new Error(`none of ${holders.join(', ')} holds a role: import the demo county first`);
  return devAccessToken(username, roles);
}

/** @param {string} token */
export const bearer = (token) => ({ authorization: `Bearer ${token}` });
