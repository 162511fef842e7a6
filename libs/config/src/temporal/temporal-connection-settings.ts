import { readFileSync } from 'node:fs';
import type { AppConfig } from '../app-config.schema.js';

/** The TLS part of a Temporal connection, shaped like the SDK's `TLSConfig` (this library may not import the SDK). */
export interface TemporalTlsSettings {
  readonly serverNameOverride?: string;
  readonly serverRootCACertificate?: Uint8Array;
  readonly clientCertPair?: { readonly crt: Uint8Array; readonly key: Uint8Array };
}

/** What both `Connection.connect` (API) and `NativeConnection.connect` (worker) need. */
export interface TemporalConnectionSettings {
  readonly address: string;
  /** `false`: plain gRPC (local dev server, cluster profile); an object: TLS, `{}` = the system's root CAs. */
  readonly tls: TemporalTlsSettings | false;
  readonly apiKey?: string;
}

/**
 * Turns the validated TEMPORAL_* variables into connection options, reading the PEM files. TLS is
 * on when any TLS variable or an API key is set (Temporal Cloud only speaks TLS), or when
 * TEMPORAL_TLS=true; the schema has already refused TEMPORAL_TLS=false together with any of them.
 */
export function temporalConnectionSettings(
  config: AppConfig,
  readFile: (path: string) => Uint8Array = readFileSync,
): TemporalConnectionSettings {
  const { TEMPORAL_TLS_CERT_PATH: cert, TEMPORAL_TLS_KEY_PATH: key, TEMPORAL_TLS_CA_PATH: ca } = config;
  const serverName = config.TEMPORAL_TLS_SERVER_NAME;
  const apiKey = config.TEMPORAL_API_KEY;
  const wantsTls = config.TEMPORAL_TLS === 'true' || Boolean(cert || key || ca || serverName || apiKey);
  const tls: TemporalTlsSettings | false = wantsTls
    ? {
        ...(serverName ? { serverNameOverride: serverName } : {}),
        ...(ca ? { serverRootCACertificate: readFile(ca) } : {}),
        ...(cert && key ? { clientCertPair: { crt: readFile(cert), key: readFile(key) } } : {}),
      }
    : false;
  return { address: config.TEMPORAL_ADDRESS, tls, ...(apiKey ? { apiKey } : {}) };
}
