import { loadAppConfig } from './load-app-config.js';

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
});
