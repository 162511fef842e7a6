import type { ChildProcess } from 'node:child_process';
import { jest } from '@jest/globals';
import { freePort, spawnApp, stopChild, waitForHealthyApi } from '../../support/app-processes.mjs';
import { TEST_SECRETS } from '../../support/test-config.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(180_000);

/**
 * ADR 0022: the API processes of a deployment count their rate limits in one Redis. Before, each
 * process counted in its own memory, and a client spreading its guesses over N processes got N × the limit.
 */
describe('rate limits shared by the API processes (Redis)', () => {
  const limits = { LOGIN_RATE_LIMIT_PER_MINUTE: '3', PASSWORD_HASH_COST: '4' };
  const stack = useTestStack('rate-limits-shared', { worker: false, env: () => limits });
  let second: ChildProcess | undefined;
  let secondUrl = '';

  beforeAll(async () => {
    // A second API, in a process of its own (as `npm run start:cluster` runs two), on the same
    // database and the same Redis and key prefix as the first.
    const config = stack.config;
    const port = await freePort();
    secondUrl = `http://127.0.0.1:${port}`;
    second = spawnApp('apps/api/src/main.ts', {
      env: {
        ...process.env,
        ...TEST_SECRETS,
        ...limits,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        API_PORT: String(port),
        DATABASE_URL: config.DATABASE_URL,
        TEMPORAL_ADDRESS: config.TEMPORAL_ADDRESS,
        TEMPORAL_TASK_QUEUE: config.TEMPORAL_TASK_QUEUE,
        AUDIT_MAC_KEY: config.AUDIT_MAC_KEY!,
        AUDIT_ANCHOR_DIR: config.AUDIT_ANCHOR_DIR,
        DIGEST_ENABLED: 'false',
        REDIS_URL: config.REDIS_URL!,
        RATE_LIMIT_KEY_PREFIX: config.RATE_LIMIT_KEY_PREFIX,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitForHealthyApi(secondUrl, 150_000);
  }, 170_000);
  afterAll(async () => {
    if (second) await stopChild(second);
  });

  const loginAtSecond = (password: string) =>
    fetch(`${secondUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'nobody', password }),
    });

  it('answers the fourth login in a minute with 429 whichever process it reaches', async () => {
    // Two guesses at the first process, one at the second: three in all, each refused as a wrong login.
    for (const guess of ['guess-1', 'guess-2'])
      await stack.http().post('/auth/login').send({ username: 'nobody', password: guess }).expect(401);
    expect((await loginAtSecond('guess-3')).status).toBe(401);

    // The fourth, at the second process that has seen only one: over the shared limit.
    const limited = await loginAtSecond('guess-4');
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { code: string }).code).toBe('RATE_LIMITED');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // And the first process knows it too.
    expect((await stack.http().post('/auth/login').send({ username: 'nobody', password: 'guess-5' })).status).toBe(429);
  });
});
