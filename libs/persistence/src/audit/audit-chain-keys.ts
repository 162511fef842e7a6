import { createHash, createHmac } from 'node:crypto';
import { auditMacKeys, InvalidConfigurationError, type AppConfig } from '@cxzy/config';
import { keyedChainVersion, UNKEYED_CHAIN, type ChainDigests } from '@cxzy/domain';

export const sha256Hex = (input: string): string => createHash('sha256').update(input).digest('hex');

const hmacHex = (key: string) => (input: string) => createHmac('sha256', key).update(input).digest('hex');

type KeySettings = Pick<AppConfig, 'AUDIT_MAC_KEY' | 'AUDIT_MAC_KEY_ID' | 'AUDIT_MAC_PREVIOUS_KEYS'>;

/**
 * The audit chain's keys (ADR 0018): the current one MACs new records and anchors; those rotated out
 * (AUDIT_MAC_PREVIOUS_KEYS) still verify what they MAC'd. They come from the environment, never from
 * the database, so whoever can write audit_records cannot re-chain it.
 */
export class AuditChainKeys {
  private constructor(
    private readonly current: { readonly id: string; readonly key: string },
    private readonly byId: ReadonlyMap<string, string>,
  ) {}

  /** Refuses to build without AUDIT_MAC_KEY: no process writes or checks the trail with no key. */
  static fromConfig(config: KeySettings): AuditChainKeys {
    const { current, all } = auditMacKeys(config);
    if (!current)
      throw new InvalidConfigurationError([
        {
          variable: 'AUDIT_MAC_KEY',
          reason: 'is required to write or verify the audit trail (no default; docs/security.md)',
        },
      ]);
    return new AuditChainKeys(current, all);
  }

  /** The chain version new records and anchors are made with. */
  get currentVersion(): string {
    return keyedChainVersion(this.current.id);
  }

  get currentKeyId(): string {
    return this.current.id;
  }

  /** HMAC-SHA256 under the current key, hex. */
  mac(input: string): string {
    return hmacHex(this.current.key)(input);
  }

  /** HMAC-SHA256 under the key `keyId`, or undefined when this process does not hold it. */
  macWith(keyId: string): ((input: string) => string) | undefined {
    const key = this.byId.get(keyId);
    return key === undefined ? undefined : hmacHex(key);
  }

  readonly digests: ChainDigests = (version) => {
    if (version === UNKEYED_CHAIN) return sha256Hex;
    const prefix = keyedChainVersion('');
    return version.startsWith(prefix) ? this.macWith(version.slice(prefix.length)) : undefined;
  };
}
