import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { jest } from '@jest/globals';
import { SignJWT } from 'jose';
import { AppModule } from '@cxzy/api';
import { loadAppConfig } from '@cxzy/config';
import { WorkerModule } from '@cxzy/worker';
import { accessTokenFor, accessTokenSignedWith, openLoginSession, withToken } from '../../support/auth.js';
import { importReminderCounty } from '../../support/reminder-county.js';
import { TEST_SECRETS } from '../../support/test-config.js';
import { testTemporalAddress } from '../../support/temporal.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(180_000);

/** The secret every process fell back to before ADR 0019, written in the source for all to read. */
const FORMER_DEVELOPMENT_SECRET = 'cxzy-development-only-secret-never-use-in-production';
/** The organisation id of the former token-only "registry-wide administrator" (no organisation). */
const FORMER_BOOTSTRAP_ORGANISATION = '00000000-0000-4000-8000-000000000000';

/**
 * Issue #22 (ADR 0019): a token is accepted only for an existing user under its own name, only
 * with grants the user still holds, and only when signed with the deployment's secret — there is
 * no default secret, and neither the API nor the worker starts without theirs.
 */
describe('access tokens are checked against the user and their current grants', () => {
  const stack = useTestStack('token-user-check', { worker: false });
  const me = (token: string) => stack.http().get('/auth/me').set('Authorization', `Bearer ${token}`);
  const userRow = async (username: string) => {
    const [row] = await stack.db.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]);
    return row!.id;
  };
  /** A live login session of the user (ADR 0020), so each token below is refused for its own reason only. */
  const sessionOf = (userId: string) => openLoginSession(stack.db, userId);
  const idOfOrganisation = async (code: string) =>
    (await stack.db.query<{ id: string }>('SELECT id FROM organisations WHERE code = $1', [code]))[0]!.id;

  beforeAll(async () => {
    await importReminderCounty(stack.api);
  });

  it('refuses a token signed with the former development secret (the forged administrator)', async () => {
    const forged = await accessTokenSignedWith(FORMER_DEVELOPMENT_SECRET, {
      id: await userRow('qs-admin'),
      username: 'qs-admin',
      roles: [{ role: 'administrator', organisationId: await idOfOrganisation('QS') }],
      sessionId: await sessionOf(await userRow('qs-admin')),
    });
    expect((await me(forged).expect(401)).body.code).toBe('NOT_AUTHENTICATED');
    await withToken(stack.api, forged).get('/audit-records').expect(401);
    // The same claims signed with this deployment's secret are accepted: only the secret differs.
    const genuine = await accessTokenSignedWith(TEST_SECRETS.AUTH_TOKEN_SECRET, {
      id: await userRow('qs-admin'),
      username: 'qs-admin',
      roles: [{ role: 'administrator', organisationId: await idOfOrganisation('QS') }],
      sessionId: await sessionOf(await userRow('qs-admin')),
    });
    await me(genuine).expect(200);
  });

  it('refuses a token for a user that does not exist, or under another name', async () => {
    const nobody = await accessTokenSignedWith(TEST_SECRETS.AUTH_TOKEN_SECRET, {
      id: '6f1c1c34-54a4-4b8e-9d55-2a3a3e0a9f11',
      username: 'ghost-admin',
      roles: [],
      sessionId: '0b1d7c7e-0000-4000-8000-000000000001',
    });
    expect((await me(nobody).expect(401)).body.code).toBe('TOKEN_USER_UNKNOWN');
    const notAUuid = await new SignJWT({ sub: 'qs-admin', username: 'qs-admin', roles: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('cxzy')
      .setAudience('cxzy-api')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_SECRETS.AUTH_TOKEN_SECRET));
    expect((await me(notAUuid).expect(401)).body.code).toBe('TOKEN_USER_UNKNOWN');
    const renamed = await accessTokenSignedWith(TEST_SECRETS.AUTH_TOKEN_SECRET, {
      id: await userRow('v01-secretary'),
      username: 'qs-admin',
      roles: [],
      sessionId: await sessionOf(await userRow('v01-secretary')),
    });
    expect((await me(renamed).expect(401)).body.code).toBe('TOKEN_USER_UNKNOWN');
  });

  it('refuses the former registry-wide grant, and any grant the user does not hold', async () => {
    const registryWide = await accessTokenSignedWith(TEST_SECRETS.AUTH_TOKEN_SECRET, {
      id: await userRow('qs-admin'),
      username: 'qs-admin',
      roles: [{ role: 'administrator', organisationId: FORMER_BOOTSTRAP_ORGANISATION }],
      sessionId: await sessionOf(await userRow('qs-admin')),
    });
    expect((await withToken(stack.api, registryWide).get('/audit-records').expect(401)).body.code).toBe(
      'TOKEN_GRANTS_REVOKED',
    );
    const borrowed = await accessTokenSignedWith(TEST_SECRETS.AUTH_TOKEN_SECRET, {
      id: await userRow('v01-secretary'),
      username: 'v01-secretary',
      roles: [{ role: 'administrator', organisationId: await idOfOrganisation('QS') }],
      sessionId: await sessionOf(await userRow('v01-secretary')),
    });
    expect((await withToken(stack.api, borrowed).get('/users').expect(401)).body.code).toBe('TOKEN_GRANTS_REVOKED');
  });

  it('stops a token from acting once a role it carries is withdrawn; a new token acts with the roles held now', async () => {
    const security = await stack.as('qs-security');
    await security
      .put('/users/acting-admin')
      .send({ displayName: 'acting-admin', roles: [{ role: 'administrator', organisationCode: 'QS' }] })
      .expect(200);
    const issuedBefore = await accessTokenFor(stack.api, 'acting-admin');
    await withToken(stack.api, issuedBefore).get('/users').expect(200);
    await security
      .put('/users/acting-admin')
      .send({ displayName: 'acting-admin', roles: [{ role: 'supervisor', organisationCode: 'QS' }] })
      .expect(200);
    const refused = await withToken(stack.api, issuedBefore).get('/users').expect(401);
    expect(refused.body).toMatchObject({ code: 'TOKEN_GRANTS_REVOKED' });
    expect(refused.body.messageZhCN).toContain('重新登录');
    // Logged in again: the token carries the supervisor grant, and the administrator's work is refused.
    const now = withToken(stack.api, await accessTokenFor(stack.api, 'acting-admin'));
    expect((await now.get('/auth/me').expect(200)).body.roles).toEqual([
      expect.objectContaining({ role: 'supervisor' }),
    ]);
    expect((await now.get('/users').expect(403)).body.code).toBe('ROLE_REQUIRED');
  });
});

describe('the API and the worker refuse to start without their secrets', () => {
  const config = (omit: string) => {
    const env: Record<string, string> = {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/never-connected',
      TEMPORAL_ADDRESS: testTemporalAddress(),
      ...TEST_SECRETS,
      AUDIT_MAC_KEY: randomBytes(32).toString('base64url'),
    };
    delete env[omit];
    return env;
  };

  it('names the missing variable when the modules are built from a config without it', () => {
    expect(() => AppModule.forRoot(loadAppConfig(config('AUTH_TOKEN_SECRET')))).toThrow(
      /AUTH_TOKEN_SECRET: is required by the api process/,
    );
    expect(() => AppModule.forRoot(loadAppConfig(config('PUBLIC_LINK_SECRET')))).toThrow(/PUBLIC_LINK_SECRET/);
    expect(() => WorkerModule.forRoot(loadAppConfig(config('UPDATE_IDENTITY_PRIVATE_KEY')))).toThrow(
      /UPDATE_IDENTITY_PRIVATE_KEY: is required by the worker process/,
    );
    expect(() => WorkerModule.forRoot(loadAppConfig(config('AUDIT_MAC_KEY')))).toThrow(
      /AUDIT_MAC_KEY: is required by the worker process/,
    );
    expect(() => WorkerModule.forRoot(loadAppConfig(config('AUTH_TOKEN_SECRET')))).not.toThrow();
  });

  it('exits at start naming AUTH_TOKEN_SECRET when `npm run start:api` has none, whatever NODE_ENV says', () => {
    const { AUTH_TOKEN_SECRET: _omitted, ...others } = TEST_SECRETS;
    const started = spawnSync(
      process.execPath,
      ['--enable-source-maps', '--import', './scripts/devkit/ts-runtime/register.mjs', 'apps/api/src/main.ts'],
      {
        encoding: 'utf8',
        env: {
          PATH: process.env['PATH'] ?? '',
          HOME: process.env['HOME'] ?? '',
          NODE_ENV: 'development',
          DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/never-connected',
          API_PORT: '0',
          ...others,
        },
        timeout: 120_000,
      },
    );
    expect(started.status).not.toBe(0);
    expect(started.stderr).toContain('AUTH_TOKEN_SECRET: is required by the api process');
  });
});
