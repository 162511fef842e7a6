import { configForProcess, loadAppConfig } from '../load-app-config.js';
import { apiDocsEnabled } from './http-edge.settings.js';

const SECRETS = {
  AUTH_TOKEN_SECRET: 'a'.repeat(32),
  UPDATE_IDENTITY_PRIVATE_KEY: 'b'.repeat(64),
  PUBLIC_LINK_SECRET: 'c'.repeat(32),
  AUDIT_MAC_KEY: 'd'.repeat(43),
};
const problemsOf = (env: Record<string, string>) => {
  try {
    loadAppConfig(env);
    return [];
  } catch (error) {
    return (error as { problems: { variable: string; reason: string }[] }).problems;
  }
};

describe('the API edge settings (ADR 0022)', () => {
  it('refuses to start the API without REDIS_URL, in development too, unless told to count in memory', () => {
    for (const NODE_ENV of ['development', 'test', 'production'])
      expect(problemsOf({ NODE_ENV, PROCESS_ROLE: 'api', ...SECRETS })).toEqual([
        { variable: 'REDIS_URL', reason: expect.stringContaining('rate limits are shared through Redis') },
      ]);
    expect(problemsOf({ PROCESS_ROLE: 'api', ...SECRETS, RATE_LIMIT_STORE: 'memory' })).toEqual([]);
    expect(problemsOf({ PROCESS_ROLE: 'api', ...SECRETS, REDIS_URL: 'http://127.0.0.1:6379' })).toEqual([
      { variable: 'REDIS_URL', reason: 'must be a redis:// or rediss:// URL' },
    ]);
    // The worker and the tools count nothing.
    expect(problemsOf({ PROCESS_ROLE: 'worker', ...SECRETS })).toEqual([]);
    expect(() => configForProcess(loadAppConfig({ ...SECRETS }), 'api')).toThrow(/REDIS_URL: is required by the api/);
  });

  it('never counts in memory in production', () => {
    expect(problemsOf({ NODE_ENV: 'production', PROCESS_ROLE: 'api', ...SECRETS, RATE_LIMIT_STORE: 'memory' })).toEqual(
      [{ variable: 'RATE_LIMIT_STORE', reason: expect.stringContaining('not with NODE_ENV=production') }],
    );
  });

  it('serves the OpenAPI docs except in production, unless API_DOCS_ENABLED says otherwise', () => {
    const docs = (env: Record<string, string>) => apiDocsEnabled(loadAppConfig(env));
    expect(docs({ NODE_ENV: 'development' })).toBe(true);
    expect(docs({ NODE_ENV: 'test' })).toBe(true);
    expect(docs({ NODE_ENV: 'production' })).toBe(false);
    expect(docs({ NODE_ENV: 'production', API_DOCS_ENABLED: 'true' })).toBe(true);
    expect(docs({ NODE_ENV: 'development', API_DOCS_ENABLED: 'false' })).toBe(false);
  });
});
