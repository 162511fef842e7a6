import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAppConfig } from '../load-app-config.js';
import { temporalConnectionSettings } from './temporal-connection-settings.js';

/** The variables and reasons loadAppConfig refused, or [] when it accepted the environment. */
function problemsOf(env: Record<string, string>): { variable: string; reason: string }[] {
  try {
    loadAppConfig(env);
    return [];
  } catch (error) {
    if ((error as Error).name !== 'InvalidConfigurationError') throw error;
    return [...(error as { problems: { variable: string; reason: string }[] }).problems];
  }
}

describe('the Temporal engine settings', () => {
  let dir: string;
  let cert: string;
  let key: string;
  let ca: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cxzy-config-spec-'));
    [cert, key, ca] = ['client.pem', 'client.key', 'ca.pem'].map((name) => {
      const path = join(dir, name);
      writeFileSync(path, `-----BEGIN ${name}-----\n`);
      return path;
    }) as [string, string, string];
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('defaults to plain gRPC and the SDK default concurrency', () => {
    const config = loadAppConfig({});
    expect(config.TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASKS).toBe(40);
    expect(config.TEMPORAL_MAX_CONCURRENT_ACTIVITY_TASKS).toBe(100);
    expect(temporalConnectionSettings(config)).toEqual({ address: '127.0.0.1:7233', tls: false });
  });

  it('refuses a certificate without its key, naming the missing variable', () => {
    expect(problemsOf({ TEMPORAL_TLS_CERT_PATH: cert })).toEqual([
      { variable: 'TEMPORAL_TLS_KEY_PATH', reason: expect.stringContaining('TEMPORAL_TLS_CERT_PATH') },
    ]);
  });

  it('refuses a key without its certificate', () => {
    expect(problemsOf({ TEMPORAL_TLS_KEY_PATH: key }).map((p) => p.variable)).toEqual(['TEMPORAL_TLS_CERT_PATH']);
  });

  it('refuses a path that is not a file, with the path in the reason', () => {
    const missing = join(dir, 'nope.pem');
    expect(problemsOf({ TEMPORAL_TLS_CA_PATH: missing })).toEqual([
      { variable: 'TEMPORAL_TLS_CA_PATH', reason: `file not found or not a regular file: ${missing}` },
    ]);
    expect(problemsOf({ TEMPORAL_TLS_CERT_PATH: dir, TEMPORAL_TLS_KEY_PATH: key }).map((p) => p.variable)).toEqual([
      'TEMPORAL_TLS_CERT_PATH',
    ]);
  });

  it('takes a prebuilt workflow bundle only when the file exists', () => {
    expect(loadAppConfig({ TEMPORAL_WORKFLOW_BUNDLE_PATH: ca }).TEMPORAL_WORKFLOW_BUNDLE_PATH).toBe(ca);
    expect(
      problemsOf({ TEMPORAL_WORKFLOW_BUNDLE_PATH: join(dir, 'missing-bundle.js') }).map((p) => p.variable),
    ).toEqual(['TEMPORAL_WORKFLOW_BUNDLE_PATH']);
  });

  it('reads the PEM files of mutual TLS and sets the server name', () => {
    const config = loadAppConfig({
      TEMPORAL_ADDRESS: 'temporal.internal:7233',
      TEMPORAL_TLS_CERT_PATH: cert,
      TEMPORAL_TLS_KEY_PATH: key,
      TEMPORAL_TLS_CA_PATH: ca,
      TEMPORAL_TLS_SERVER_NAME: 'frontend.temporal.internal',
    });
    const settings = temporalConnectionSettings(config);
    expect(settings.tls).toEqual({
      serverNameOverride: 'frontend.temporal.internal',
      serverRootCACertificate: Buffer.from('-----BEGIN ca.pem-----\n'),
      clientCertPair: {
        crt: Buffer.from('-----BEGIN client.pem-----\n'),
        key: Buffer.from('-----BEGIN client.key-----\n'),
      },
    });
    expect(settings.apiKey).toBeUndefined();
  });

  it('turns TLS on for an API key given without any TLS setting (Temporal Cloud)', () => {
    const config = loadAppConfig({ TEMPORAL_ADDRESS: 'ns.acct.tmprl.cloud:7233', TEMPORAL_API_KEY: 'secret-key' });
    expect(temporalConnectionSettings(config)).toEqual({
      address: 'ns.acct.tmprl.cloud:7233',
      tls: {},
      apiKey: 'secret-key',
    });
  });

  it('turns TLS on with the system roots for TEMPORAL_TLS=true alone', () => {
    expect(temporalConnectionSettings(loadAppConfig({ TEMPORAL_TLS: 'true' })).tls).toEqual({});
  });

  it('refuses TEMPORAL_TLS=false together with settings that need TLS', () => {
    expect(problemsOf({ TEMPORAL_TLS: 'false', TEMPORAL_API_KEY: 'k', TEMPORAL_TLS_CA_PATH: ca })).toEqual([
      { variable: 'TEMPORAL_TLS', reason: 'is false but TEMPORAL_TLS_CA_PATH, TEMPORAL_API_KEY need TLS' },
    ]);
    expect(problemsOf({ TEMPORAL_TLS: 'yes' }).map((p) => p.variable)).toEqual(['TEMPORAL_TLS']);
  });

  it('checks worker concurrency against the sticky cache', () => {
    const config = loadAppConfig({
      TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASKS: '8',
      TEMPORAL_MAX_CONCURRENT_ACTIVITY_TASKS: '20',
      TEMPORAL_WORKFLOW_CACHE_SIZE: '100',
    });
    expect([config.TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASKS, config.TEMPORAL_MAX_CONCURRENT_ACTIVITY_TASKS]).toEqual([
      8, 20,
    ]);
    expect(
      problemsOf({ TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASKS: '50', TEMPORAL_WORKFLOW_CACHE_SIZE: '10' }).map(
        (p) => p.variable,
      ),
    ).toEqual(['TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASKS']);
    expect(problemsOf({ TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASKS: '50', TEMPORAL_WORKFLOW_CACHE_SIZE: '0' })).toEqual([]);
    expect(problemsOf({ TEMPORAL_WORKFLOW_CACHE_SIZE: '1' }).map((p) => p.variable)).toEqual([
      'TEMPORAL_WORKFLOW_CACHE_SIZE',
    ]);
    expect(problemsOf({ TEMPORAL_MAX_CONCURRENT_ACTIVITY_TASKS: '0' }).map((p) => p.variable)).toEqual([
      'TEMPORAL_MAX_CONCURRENT_ACTIVITY_TASKS',
    ]);
  });

  it('takes a host:port for the worker metrics exporter, and nothing else', () => {
    expect(loadAppConfig({ TEMPORAL_METRICS_BIND_ADDRESS: '0.0.0.0:9464' }).TEMPORAL_METRICS_BIND_ADDRESS).toBe(
      '0.0.0.0:9464',
    );
    expect(loadAppConfig({}).TEMPORAL_METRICS_BIND_ADDRESS).toBeUndefined();
    expect(problemsOf({ TEMPORAL_METRICS_BIND_ADDRESS: '9464' })).toEqual([
      { variable: 'TEMPORAL_METRICS_BIND_ADDRESS', reason: 'must be host:port, e.g. 0.0.0.0:9464' },
    ]);
  });

  it('lists a field problem and a cross-field problem together', () => {
    expect(
      problemsOf({ API_PORT: 'x', TEMPORAL_TLS_CERT_PATH: cert })
        .map((p) => p.variable)
        .sort(),
    ).toEqual(['API_PORT', 'TEMPORAL_TLS_KEY_PATH']);
  });
});
