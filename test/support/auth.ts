import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { SignJWT } from 'jose';
import type { Role } from '@cxzy/domain';
import { ACCESS_AUDIENCE, SaveUserUseCase, TokenSigner } from '@cxzy/application';
import { UserRepository } from '@cxzy/persistence';
import { DataSource } from 'typeorm';

/** A supertest agent that sends `Authorization: Bearer <token>` with every request. */
export type Http = ReturnType<typeof request.agent>;

export const withToken = (api: INestApplication, token: string): Http =>
  request.agent(api.getHttpServer()).set('authorization', `Bearer ${token}`);

/**
 * An access token for an existing user with the roles they hold now, signed exactly as login
 * signs it (the API's own TokenSigner) — without bcrypt's deliberate slowness.
 */
export async function accessTokenFor(api: INestApplication, username: string): Promise<string> {
  const user = await api.get(UserRepository).findByUsername(username);
  if (!user) throw new Error(`no user ${username}: save it first (userWith)`);
  const roles = user.roles.map((r) => ({ role: r.role, organisationId: r.organisationId }));
  return api.get(TokenSigner).sign({ sub: user.id, username, roles }, ACCESS_AUDIENCE, 900);
}

/** Acts as an existing user. */
export async function as(api: INestApplication, username: string): Promise<Http> {
  return withToken(api, await accessTokenFor(api, username));
}

/** Creates (or replaces the roles of) a user through the real use case, then acts as them. */
export async function userWith(
  api: INestApplication,
  username: string,
  roles: readonly { role: Role; organisationCode: string }[],
): Promise<Http> {
  await api.get(SaveUserUseCase).execute({ username, displayName: username, roles: [...roles] });
  return as(api, username);
}

/**
 * The administrator who imports the very first registry: no organisation exists yet to hold the
 * grant, so the token names a grant at an organisation id that is no organisation. Only the
 * registry-wide routes (@HoldersOf('administrator')) accept it; every scoped check refuses it.
 * Production has no such token: see docs/security.md ("Bootstrap").
 */
export const REGISTRY_BOOTSTRAP_ORGANISATION = '00000000-0000-4000-8000-000000000000';

export async function bootstrapAdministrator(api: INestApplication, username = 'bootstrap-admin'): Promise<Http> {
  return signedAs(api, username, [{ role: 'administrator', organisationId: REGISTRY_BOOTSTRAP_ORGANISATION }]);
}

/**
 * A caller known only by a signed token (no user row): for tests with no registry, e.g. a
 * recipient reading their inbox. The grants are taken as given, as the API takes a valid token's.
 */
export async function signedAs(
  api: INestApplication,
  username: string,
  roles: readonly { role: Role; organisationId: string }[] = [],
): Promise<Http> {
  return withToken(api, await signedToken(api, username, roles));
}

/** The bare token of `signedAs`, for clients other than supertest (an SSE stream). */
export function signedToken(
  api: INestApplication,
  username: string,
  roles: readonly { role: Role; organisationId: string }[] = [],
): Promise<string> {
  return api
    .get(TokenSigner)
    .sign({ sub: REGISTRY_BOOTSTRAP_ORGANISATION, username, roles: [...roles] }, ACCESS_AUDIENCE, 900);
}

/**
 * An access token signed with `secret` as the API signs one (HS256, issuer cxzy, audience cxzy-api),
 * for API processes the test does not hold (the cluster suite): give them AUTH_TOKEN_SECRET = secret.
 * `userId` is the user row's id when the caller has one (what login would put in `sub`).
 */
export function accessTokenSignedWith(
  secret: string,
  username: string,
  roles: readonly { role: Role; organisationId: string }[] = [],
  userId: string = REGISTRY_BOOTSTRAP_ORGANISATION,
): Promise<string> {
  return new SignJWT({ sub: userId, username, roles: [...roles] })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('cxzy')
    .setAudience(ACCESS_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));
}

/** An administrator of every grading unit in the registry: sees (and may import into) all of it. */
export async function administratorOfEveryUnit(api: INestApplication, username = 'every-unit-admin'): Promise<Http> {
  const units: { code: string }[] = await api
    .get(DataSource)
    .query('SELECT code FROM organisations WHERE is_grading_unit ORDER BY code');
  return userWith(
    api,
    username,
    units.map((u) => ({ role: 'administrator' as const, organisationCode: u.code })),
  );
}

/**
 * Like administratorOfEveryUnit, but known only by its token (no user row): for tests where a new
 * user holding roles would itself receive reminders and escalations.
 */
export async function tokenAdministratorOfEveryUnit(api: INestApplication): Promise<Http> {
  const units: { id: string }[] = await api.get(DataSource).query('SELECT id FROM organisations WHERE is_grading_unit');
  return signedAs(
    api,
    'token-only-admin',
    units.map((u) => ({ role: 'administrator' as const, organisationId: u.id })),
  );
}
