import { Inject, Injectable } from '@nestjs/common';
import { publicKeyOf, signUpdateIdentity, type SignedUpdateIdentity, type UpdateIdentityKeys } from '@cxzy/domain';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import type { RequestContext } from '../audit/request-context.js';

/**
 * Only for development and tests (a fixed RFC 8032 test seed, so several API processes agree):
 * production refuses to start without UPDATE_IDENTITY_PRIVATE_KEY (config rule).
 */
const DEVELOPMENT_ONLY_KEY = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';

/**
 * ADR 0009: the API signs the identity it verified into every Workflow Update it sends, and gives
 * new workflows the public keys to check it with. A caller that reaches Temporal directly has no
 * private key, so its Update is refused by the validator.
 */
@Injectable()
export class UpdateIdentitySigner {
  private readonly privateKey: string;
  private readonly keyId: string;
  private readonly ttlMs: number;
  private readonly keys: UpdateIdentityKeys;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.privateKey = config.UPDATE_IDENTITY_PRIVATE_KEY ?? DEVELOPMENT_ONLY_KEY;
    this.keyId = config.UPDATE_IDENTITY_KEY_ID;
    this.ttlMs = config.UPDATE_IDENTITY_TTL_SECONDS * 1000;
    const extra = config.UPDATE_IDENTITY_EXTRA_PUBLIC_KEYS.split(',')
      .filter((pair) => pair !== '')
      .map((pair) => pair.split('=') as [string, string]);
    this.keys = { ...Object.fromEntries(extra), [this.keyId]: publicKeyOf(this.privateKey) };
  }

  /** The public keys by key id, for the input of a workflow the API starts. */
  publicKeys(): UpdateIdentityKeys {
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
      this.privateKey,
    );
  }
}
