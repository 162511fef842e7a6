import { configForProcess, loadAppConfig } from './load-app-config.js';

describe('loadAppConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = loadAppConfig({});
    expect(config.TEMPORAL_ADDRESS).toBe('127.0.0.1:7233');
    expect(config.APP_TIME_ZONE).toBe('Asia/Shanghai');
    expect(config.API_PORT).toBe(3000);
  });

  it('coerces numbers from strings', () => {
    expect(loadAppConfig({ API_PORT: '8080' }).API_PORT).toBe(8080);
  });

  it('names every invalid variable and its reason', () => {
    let caught: unknown;
    try {
      loadAppConfig({ API_PORT: 'eighty', DATABASE_URL: 'mysql://x', TEMPORAL_ADDRESS: 'nohost' });
    } catch (error) {
      caught = error;
    }
    expect((caught as Error).name).toBe('InvalidConfigurationError');
    const variables = (caught as { problems: { variable: string }[] }).problems.map((p) => p.variable);
    expect(variables.sort()).toEqual(['API_PORT', 'DATABASE_URL', 'TEMPORAL_ADDRESS']);
    expect((caught as Error).message).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
  });

  it('requires a webhook secret with a webhook URL, and SMTP credentials in pairs', () => {
    let caught: unknown;
    try {
      loadAppConfig({ WEBHOOK_URL: 'http://127.0.0.1:9/hook', SMTP_USER: 'mailer' });
    } catch (error) {
      caught = error;
    }
    const problems = (caught as { problems: { variable: string; reason: string }[] }).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        { variable: 'WEBHOOK_SECRET', reason: 'is required when WEBHOOK_URL is set' },
        { variable: 'SMTP_PASSWORD', reason: 'SMTP_USER and SMTP_PASSWORD go together' },
      ]),
    );
  });

  it('reads SMTP_SECURE as a boolean and refuses other words', () => {
    expect(loadAppConfig({ SMTP_SECURE: 'true' }).SMTP_SECURE).toBe(true);
    expect(loadAppConfig({}).SMTP_SECURE).toBe(false);
    expect(() => loadAppConfig({ SMTP_SECURE: 'yes' })).toThrow(/SMTP_SECURE/);
  });

  describe('secrets (ADR 0019): none has a default; the API and the worker need theirs whatever NODE_ENV says', () => {
    const SECRETS = {
      AUTH_TOKEN_SECRET: 'a'.repeat(43),
      UPDATE_IDENTITY_PRIVATE_KEY: 'b'.repeat(64),
      PUBLIC_LINK_SECRET: 'c'.repeat(43),
      AUDIT_MAC_KEY: 'd'.repeat(43),
    };
    // The API's rate limits need their Redis too (http-edge.settings.spec.ts).
    const REDIS_URL = 'redis://127.0.0.1:6379';
    const problemsOf = (env: Record<string, string>) => {
      try {
        loadAppConfig(env);
        return [];
      } catch (error) {
        return (error as { problems: { variable: string; reason: string }[] }).problems;
      }
    };

    it('refuses the API without each of its secrets, naming the variable, in development too', () => {
      for (const NODE_ENV of ['development', 'test', 'production'])
        expect(problemsOf({ NODE_ENV, PROCESS_ROLE: 'api', REDIS_URL }).map((p) => p.variable)).toEqual([
          'AUTH_TOKEN_SECRET',
          'UPDATE_IDENTITY_PRIVATE_KEY',
          'PUBLIC_LINK_SECRET',
          'AUDIT_MAC_KEY',
        ]);
      const empty = problemsOf({ PROCESS_ROLE: 'api', REDIS_URL, ...SECRETS, AUTH_TOKEN_SECRET: '' });
      expect(empty.length).toBeGreaterThan(0);
      expect(empty.every((p) => p.variable === 'AUTH_TOKEN_SECRET')).toBe(true);
      expect(problemsOf({ PROCESS_ROLE: 'api', REDIS_URL, ...SECRETS })).toEqual([]);
    });

    it('refuses the worker without the Update identity key and the audit chain key only; tools need none', () => {
      expect(problemsOf({ PROCESS_ROLE: 'worker' })).toEqual([
        { variable: 'UPDATE_IDENTITY_PRIVATE_KEY', reason: expect.stringContaining('required by the worker process') },
        { variable: 'AUDIT_MAC_KEY', reason: expect.stringContaining('required by the worker process') },
      ]);
      expect(problemsOf({ PROCESS_ROLE: 'tool' })).toEqual([]);
      expect(problemsOf({})).toEqual([]);
    });

    it('checks a config loaded without a role when a process is built from it', () => {
      const loaded = loadAppConfig({
        UPDATE_IDENTITY_PRIVATE_KEY: SECRETS.UPDATE_IDENTITY_PRIVATE_KEY,
        AUDIT_MAC_KEY: SECRETS.AUDIT_MAC_KEY,
      });
      expect(configForProcess(loaded, 'worker').PROCESS_ROLE).toBe('worker');
      expect(() => configForProcess(loaded, 'api')).toThrow(/AUTH_TOKEN_SECRET: is required by the api process/);
      expect(() => configForProcess(loaded, 'api')).toThrow(/PUBLIC_LINK_SECRET/);
    });
  });
});
