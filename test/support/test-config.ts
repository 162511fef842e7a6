import { randomBytes } from 'node:crypto';
import { loadAppConfig, type AppConfig } from '@cxzy/config';
import { TEST_PLEDGE_WINDOW } from './test-clock.js';
import { testTemporalAddress } from './temporal.js';

/**
 * This run's secrets: random, never written anywhere (ADR 0019: no secret has a default). One set
 * per test process, so the API and worker of a spec — and worker processes it spawns — agree.
 */
export const TEST_SECRETS = {
  AUTH_TOKEN_SECRET: randomBytes(32).toString('base64url'),
  UPDATE_IDENTITY_PRIVATE_KEY: randomBytes(32).toString('hex'),
  PUBLIC_LINK_SECRET: randomBytes(32).toString('base64url'),
} as const;

/** A validated config pointing at this run's services, with this run's secrets; overrides win. */
export function testConfig(overrides: Record<string, string> & { DATABASE_URL: string }): AppConfig {
  return loadAppConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    TEMPORAL_ADDRESS: testTemporalAddress(),
    ...TEST_SECRETS,
    // The run's audit chain key and anchor directory (global-setup.mjs), shared with spawned processes.
    AUDIT_MAC_KEY: process.env.AUDIT_MAC_KEY ?? randomBytes(32).toString('base64url'),
    ...(process.env.AUDIT_ANCHOR_DIR ? { AUDIT_ANCHOR_DIR: process.env.AUDIT_ANCHOR_DIR } : {}),
    // The run's Redis (global-setup.mjs); a key prefix per config, so test files running side by
    // side from one address never share a rate-limit count (ADR 0022).
    REDIS_URL: process.env.CXZY_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    RATE_LIMIT_KEY_PREFIX: `cxzy-test:${randomBytes(6).toString('hex')}:`,
    // bcrypt at its lowest cost: every log-in and password set of a test would otherwise spend
    // ~250 ms of CPU at production's 12 (the cost is a setting; tests that need another override it).
    PASSWORD_HASH_COST: '4',
    // No morning schedules on the shared test server unless a test asks for them.
    DIGEST_ENABLED: 'false',
    // Annual pledges may be proposed whatever today's date (test-clock.ts).
    ...TEST_PLEDGE_WINDOW,
    // Built once by the global set-up (test-workflow-bundle.mjs); absent when a spec runs alone without it.
    ...(process.env.TEMPORAL_WORKFLOW_BUNDLE_PATH
      ? { TEMPORAL_WORKFLOW_BUNDLE_PATH: process.env.TEMPORAL_WORKFLOW_BUNDLE_PATH }
      : {}),
    ...overrides,
  });
}
