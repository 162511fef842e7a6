import { jest } from '@jest/globals';
import request from 'supertest';
import { SignJWT } from 'jose';
import { RatingTokenUseCases } from '@cxzy/application';
import { importReminderCounty } from '../../support/reminder-county.js';
import { TEST_SECRETS } from '../../support/test-config.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(120_000);

const PASSWORD = '党员先锋-2026-strong';

describe('authentication: login with lockout, access and refresh tokens, public rating tokens', () => {
  // Short lockout so the test can see it; a cheap bcrypt cost keeps the suite fast.
  const stack = useTestStack('auth', {
    worker: false,
    env: () => ({
      LOGIN_MAX_FAILURES: '3',
      LOGIN_LOCK_MINUTES: '1',
      PASSWORD_HASH_COST: '4',
      ACCESS_TOKEN_TTL_SECONDS: '60',
      // Its own spec tests the per-address limit (rate-limits.integration-spec.ts).
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    }),
  });
  const http = () => stack.http();
  const login = (username: string, password: string) => http().post('/auth/login').send({ username, password });

  beforeAll(async () => {
    await importReminderCounty(stack.api);
    for (const user of ['v01-secretary', 't01-supervisor']) {
      await (await stack.as('qs-security')).put(`/users/${user}/password`).send({ password: PASSWORD }).expect(204);
    }
  });

  it('refuses a short password, and an unknown user, naming the field', async () => {
    const short = await (
      await stack.as('qs-security')
    )
      .put('/users/v01-secretary/password')
      .send({ password: 'short' })
      .expect(422);
    expect(short.body).toMatchObject({ code: 'PASSWORD_TOO_SHORT', field: 'password' });
    await (await stack.as('qs-security')).put('/users/nobody/password').send({ password: PASSWORD }).expect(404);
  });

  it('logs in and tells who the bearer is, with roles', async () => {
    const tokens = (await login('v01-secretary', PASSWORD).expect(200)).body;
    expect(tokens).toMatchObject({ tokenType: 'Bearer', expiresIn: 60 });
    const me = await http().get('/auth/me').set('Authorization', `Bearer ${tokens.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ username: 'v01-secretary', roles: [{ role: 'branch-secretary' }] });
    const [hash] = await stack.db.query<{ password_hash: string }>(
      `SELECT c.password_hash FROM user_credentials c JOIN users u ON u.id = c.user_id WHERE u.username = 'v01-secretary'`,
    );
    expect(hash!.password_hash).toMatch(/^\$2[aby]\$04\$/);
  });

  it('gives one answer for an unknown user and a wrong password', async () => {
    const unknown = await login('nobody', PASSWORD).expect(401);
    const wrong = await login('v01-secretary', 'not-the-password').expect(401);
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.body.messageZhCN).toBe(unknown.body.messageZhCN);
  });

  it('refuses missing, forged, expired and wrong-audience tokens', async () => {
    await http().get('/auth/me').expect(401);
    await http().get('/auth/me').set('Authorization', 'Bearer not.a.jwt').expect(401);
    const forged = await new SignJWT({ sub: 'x', username: 'qs-admin', roles: [{ role: 'administrator' }] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('cxzy')
      .setAudience('cxzy-api')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('an-attacker-guess-of-the-secret-32+chars'));
    await http().get('/auth/me').set('Authorization', `Bearer ${forged}`).expect(401);
    // Expired, though signed with this run's secret for a real user (no secret has a default: ADR 0019).
    const user = (await stack.db.query<{ id: string }>(`SELECT id FROM users WHERE username = 'qs-admin'`))[0]!;
    const expired = await new SignJWT({ sub: user.id, username: 'qs-admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('cxzy')
      .setAudience('cxzy-api')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(new TextEncoder().encode(TEST_SECRETS.AUTH_TOKEN_SECRET));
    const response = await http().get('/auth/me').set('Authorization', `Bearer ${expired}`).expect(401);
    expect(response.body.messageEn).toContain('token expired');
  });

  it('locks the account after repeated failures, even for the right password, and audits it', async () => {
    for (let i = 0; i < 3; i += 1) await login('t01-supervisor', `wrong-${i}`).expect(401);
    const locked = await login('t01-supervisor', PASSWORD).expect(429);
    expect(locked.body.code).toBe('ACCOUNT_LOCKED');
    const audit = await stack.db.query<{ result: string; reason: string }>(
      `SELECT result, reason FROM audit_records WHERE action = 'auth.login' AND actor_id = 't01-supervisor' ORDER BY seq`,
    );
    expect(audit.map((a) => a.reason)).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'ACCOUNT_LOCKED',
    ]);
    // The security administrator resetting the password lifts the lock.
    await (
      await stack.as('qs-security')
    )
      .put('/users/t01-supervisor/password')
      .send({ password: PASSWORD })
      .expect(204);
    await login('t01-supervisor', PASSWORD).expect(200);
  });

  it('rotates refresh tokens, and treats a reused one as theft: every session is signed out', async () => {
    const first = (await login('v01-secretary', PASSWORD).expect(200)).body;
    const second = (await http().post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const reused = await http().post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    expect(reused.body.messageEn).toContain('every session was signed out');
    await http().post('/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
  });

  it('logs out by revoking the refresh token', async () => {
    const tokens = (await login('v01-secretary', PASSWORD).expect(200)).body;
    await http().post('/auth/logout').send({ refreshToken: tokens.refreshToken }).expect(204);
    await http().post('/auth/refresh').send({ refreshToken: tokens.refreshToken }).expect(401);
  });

  it('spends a public rating token once, only on its own evaluation', async () => {
    const ratings = stack.api.get(RatingTokenUseCases, { strict: false });
    const [token, other] = await ratings.issue('pledge-evaluation/2026/QS-T01-V01', 2, 24);
    await expect(ratings.redeem(token!, 'pledge-evaluation/2026/ANOTHER')).rejects.toMatchObject({
      code: 'RATING_TOKEN_WRONG_EVALUATION',
    });
    await ratings.redeem(token!, 'pledge-evaluation/2026/QS-T01-V01');
    await expect(ratings.redeem(token!, 'pledge-evaluation/2026/QS-T01-V01')).rejects.toMatchObject({
      code: 'RATING_TOKEN_USED',
    });
    await expect(ratings.redeem(`${other!}x`, 'pledge-evaluation/2026/QS-T01-V01')).rejects.toMatchObject({
      code: 'NOT_AUTHENTICATED',
    });
    await ratings.redeem(other!, 'pledge-evaluation/2026/QS-T01-V01');
    expect(await stack.db.query(`SELECT count(*)::int AS n FROM rating_tokens WHERE used_at IS NOT NULL`)).toEqual([
      { n: 2 },
    ]);
  });

  it('refuses oversized and malformed login bodies without touching the database', async () => {
    await request(stack.api.getHttpServer())
      .post('/auth/login')
      .send({ username: 'x'.repeat(500), password: 'y' })
      .expect(400);
    await request(stack.api.getHttpServer()).post('/auth/login').send({ username: 'v01-secretary' }).expect(400);
  });
});
