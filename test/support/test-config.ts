import { randomBytes } from 'node:crypto';
import { loadAppConfig, type AppConfig } from '@cxzy/config';
import { testTemporalAddress } from './temporal.js';

/** A validated config pointing at this run's services; overrides win. */
export function testConfig(overrides: Record<string, string> & { DATABASE_URL: string }): AppConfig {
  return loadAppConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    TEMPORAL_ADDRESS: testTemporalAddress(),
    // The run's audit chain key and anchor directory (global-setup.mjs), shared with spawned processes.
    AUDIT_MAC_KEY: process.env.AUDIT_MAC_KEY ?? randomBytes(32).toString('base64url'),
    ...(process.env.AUDIT_ANCHOR_DIR ? { AUDIT_ANCHOR_DIR: process.env.AUDIT_ANCHOR_DIR } : {}),
    // No morning schedules on the shared test server unless a test asks for them.
    DIGEST_ENABLED: 'false',
    // Built once by the global set-up (test-workflow-bundle.mjs); absent when a spec runs alone without it.
    ...(process.env.TEMPORAL_WORKFLOW_BUNDLE_PATH
      ? { TEMPORAL_WORKFLOW_BUNDLE_PATH: process.env.TEMPORAL_WORKFLOW_BUNDLE_PATH }
      : {}),
    ...overrides,
  });
}
