import { Inject, Injectable } from '@nestjs/common';
import { publicKeyOf, signUpdateIdentity, type SignedUpdateIdentity, type UpdateIdentityKeys } from '@cxzy/domain';
import { APP_CONFIG, InvalidConfigurationError, type AppConfig } from '@cxzy/config';
import type { RequestContext } from '../audit/request-context.js';

/**
 * ADR 0009: the API signs the identity it verified into every Workflow Update it sends, and gives
 * new workflows the public keys to check it with. A caller that reaches Temporal directly has no
 * private key, so its Update is refused by the validator. There is no default key (ADR 0019): the
 * API and the worker refuse to start without UPDATE_IDENTITY_PRIVATE_KEY, and a process built
 * without it (a tool) fails at the first use, naming the variable.
 */
@Injectable()
export class UpdateIdentitySigner {
  private readonly configuredKey: string | undefined;
  private readonly keyId: string;
  private readonly ttlMs: number;
  private readonly extraKeys: UpdateIdentityKeys;
  private keys: UpdateIdentityKeys | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.configuredKey = config.UPDATE_IDENTITY_PRIVATE_KEY;
    this.keyId = config.UPDATE_IDENTITY_KEY_ID;
    this.ttlMs = config.UPDATE_IDENTITY_TTL_SECONDS * 1000;
    const extra = config.UPDATE_IDENTITY_EXTRA_PUBLIC_KEYS.split(',')
      .filter((pair) => pair !== '')
      .map((pair) => pair.split('=') as [string, string]);
    this.extraKeys = Object.fromEntries(extra);
  }

  private privateKey(): string {
    if (!this.configuredKey)
      throw new InvalidConfigurationError([
        { variable: 'UPDATE_IDENTITY_PRIVATE_KEY', reason: 'is required to sign Workflow Updates (no default)' },
      ]);
    return this.configuredKey;
  }

  /** The public keys by key id, for the input of a workflow the API starts. */
  publicKeys(): UpdateIdentityKeys {
    this.keys ??= { ...this.extraKeys, [this.keyId]: publicKeyOf(this.privateKey()) };
    return this.keys;
  }

  /** The caller as it acts (after the role check: role and organisation set) for one Update. */
  sign(
    acting: RequestContext,
    update: { readonly workflowId: string; readonly updateName: string; readonly idempotencyKey: string },
  ): SignedUpdateIdentity {
    return signUpdateIdentity(
      {
        userId: acting.userId ?? '',
        username: acting.actorId,
        role: acting.actorRole ?? '',
        organisationId: acting.actorOrg ?? '',
        ...update,
        expiresAt: Date.now() + this.ttlMs,
      },
      this.keyId,
      this.privateKey(),
    );
  }
}
