import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { SignJWT } from 'jose';
import type { Role } from '@cxzy/domain';
import { ACCESS_AUDIENCE, SaveUserUseCase, TokenSigner } from '@cxzy/application';
import { LoginSessionRepository, UserRepository } from '@cxzy/persistence';
import { DataSource } from 'typeorm';

/** A supertest agent that sends `Authorization: Bearer <token>` with every request. */
export type Http = ReturnType<typeof request.agent>;

export const withToken = (api: INestApplication, token: string): Http =>
  request.agent(api.getHttpServer()).set('authorization', `Bearer ${token}`);

/**
 * An access token for an existing user with the roles they hold now, in a login session of their
 * own, signed exactly as login signs it (the API's own TokenSigner) — without bcrypt's deliberate
 * slowness.
 */
export async function accessTokenFor(api: INestApplication, username: string): Promise<string> {
  const user = await api.get(UserRepository).findByUsername(username);
  if (!user) throw new Error(`no user ${username}: save it first (userWith)`);
  const roles = user.roles.map((r) => ({ role: r.role, organisationId: r.organisationId }));
  const sid = await api.get(LoginSessionRepository).open(user.id);
  return api.get(TokenSigner).sign({ sub: user.id, username, roles, sid }, ACCESS_AUDIENCE, 900);
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

type Grant = { role: Role; organisationId: string };

/**
 * A persisted user holding exactly `roles` (organisations by id), saved straight into the user
 * tables (any username, even one the API's rules refuse), then acted as: the API checks every
 * token against the user's current grants (ADR 0019), so every caller of a test is a real user.
 */
export async function signedAs(api: INestApplication, username: string, roles: readonly Grant[] = []): Promise<Http> {
  return withToken(api, await signedToken(api, username, roles));
}

/** The bare token of `signedAs`, for clients other than supertest (an SSE stream). */
export async function signedToken(
  api: INestApplication,
  username: string,
  roles: readonly Grant[] = [],
): Promise<string> {
  await api.get(UserRepository).save({ username, displayName: username, roles: [...roles] });
  return accessTokenFor(api, username);
}

/**
 * An access token signed with `secret` as the API signs one (HS256, issuer cxzy, audience cxzy-api),
 * for API processes the test does not hold (the cluster suite): give them AUTH_TOKEN_SECRET = secret.
 * `userId` and `roles` must be the user row's and their current grants, and `sessionId` a live
 * login session of theirs (`openLoginSession`), or the API refuses it.
 */
export function accessTokenSignedWith(
  secret: string,
  user: { id: string; username: string; roles: readonly Grant[]; sessionId: string },
): Promise<string> {
  return new SignJWT({ sub: user.id, username: user.username, roles: [...user.roles], sid: user.sessionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('cxzy')
    .setAudience(ACCESS_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));
}

/** A login session of the user `userId` opened straight in the database, as login opens one (ADR 0020). */
export async function openLoginSession(
  db: { query: (sql: string, params: unknown[]) => Promise<unknown> },
  userId: string,
) {
  const result = await db.query('INSERT INTO login_sessions (user_id) VALUES ($1) RETURNING id', [userId]);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { id: string }[];
  return rows[0]!.id;
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

/** Organisation ids by code, read from the database (for tests that need ids without a caller). */
export async function organisationIds(api: INestApplication): Promise<Record<string, string>> {
  const rows: { id: string; code: string }[] = await api.get(DataSource).query('SELECT id, code FROM organisations');
  return Object.fromEntries(rows.map((r) => [r.code, r.id]));
}
