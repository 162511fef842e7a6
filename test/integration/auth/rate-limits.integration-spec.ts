import { jest } from '@jest/globals';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(120_000);

describe('rate limits per client address on login, the public rating and the public pages (429 with Retry-After)', () => {
  const stack = useTestStack('rate-limits', {
    worker: false,
    env: () => ({
      LOGIN_RATE_LIMIT_PER_MINUTE: '3',
      PUBLIC_RATING_RATE_LIMIT_PER_MINUTE: '2',
      PUBLIC_READ_RATE_LIMIT_PER_MINUTE: '2',
    }),
  });
  const loginAudits = async () =>
    (
      await stack.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_records WHERE action = 'auth.login'`)
    )[0]!.n;

  it('answers the fourth login attempt in a minute with 429 and Retry-After, before any password is checked', async () => {
    for (let i = 0; i < 3; i += 1) {
      await stack
        .http()
        .post('/auth/login')
        .send({ username: 'nobody', password: `guess-${i}` })
        .expect(401);
    }
    const before = await loginAudits();
    const limited = await stack.http().post('/auth/login').send({ username: 'nobody', password: 'guess-3' });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(limited.body.messageZhCN).toContain('请求过于频繁');
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Refused at the edge: no login attempt ran, so none was audited.
    expect(await loginAudits()).toBe(before);
    // Refresh shares the login bucket (both are reachable without an account).
    expect((await stack.http().post('/auth/refresh').send({ refreshToken: 'x' })).status).toBe(429);
  });

  it('limits the public rating separately: the third rating request in a minute gets 429', async () => {
    const rate = () =>
      stack
        .http()
        .post('/public/pledges/00000000-0000-4000-8000-000000000001/ratings')
        .send({ token: 'forged-token', score: 80 });
    for (let i = 0; i < 2; i += 1) expect((await rate()).status).not.toBe(429);
    const limited = await rate();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(await stack.db.query('SELECT 1 FROM pledge_evaluations')).toEqual([]);
  });

  it('limits the public pages’ reads (三亮 page and pledge board share a bucket): the third read in a minute gets 429', async () => {
    const unit = '00000000-0000-4000-8000-000000000002';
    expect((await stack.http().get(`/organisations/${unit}/service-board`)).status).toBe(404);
    expect((await stack.http().get(`/organisations/${unit}/pledge-board`)).status).toBe(404);
    const limited = await stack.http().get(`/organisations/${unit}/service-board`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });
});
