import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/curves/utils.js';
import { DomainError } from '../domain.error.js';

/**
 * What the API verified about the caller of one Workflow Update (ADR 0009): who, in which role at
 * which organisation, for which workflow, Update and idempotency key, until when. Signed by the
 * API with Ed25519; the workflow's validator verifies it with the public keys of its input, so an
 * Update sent straight to Temporal cannot claim to act as anybody.
 */
export interface UpdateIdentityClaims {
  readonly userId: string;
  /** The username (audit records and the payload's actor name people by it). */
  readonly username: string;
  readonly role: string;
  readonly organisationId: string;
  readonly workflowId: string;
  readonly updateName: string;
  readonly idempotencyKey: string;
  /** Epoch milliseconds after which the identity is refused. */
  readonly expiresAt: number;
}

export interface SignedUpdateIdentity {
  readonly keyId: string;
  readonly claims: UpdateIdentityClaims;
  /** Ed25519 signature of the canonical claims, hex. */
  readonly signature: string;
}

/** Public keys (hex, 32 bytes) by key id: more than one while a key rotates. */
export type UpdateIdentityKeys = Readonly<Record<string, string>>;

export interface ExpectedUpdate {
  readonly workflowId: string;
  readonly updateName: string;
  readonly idempotencyKey: string;
  /** The roles the step allows. */
  readonly roles: readonly string[];
}

/** Fixed field order, so signer and verifier hash the same bytes whatever order an object has. */
export function canonicalIdentity(claims: UpdateIdentityClaims): Uint8Array {
  return utf8ToBytes(
    JSON.stringify([
      'cxzy-update-identity/1',
      claims.userId,
      claims.username,
      claims.role,
      claims.organisationId,
      claims.workflowId,
      claims.updateName,
      claims.idempotencyKey,
      claims.expiresAt,
    ]),
  );
}

export function signUpdateIdentity(
  claims: UpdateIdentityClaims,
  keyId: string,
  privateKeyHex: string,
): SignedUpdateIdentity {
  const signature = bytesToHex(ed25519.sign(canonicalIdentity(claims), hexToBytes(privateKeyHex)));
  return { keyId, claims, signature };
}

export const publicKeyOf = (privateKeyHex: string): string =>
  bytesToHex(ed25519.getPublicKey(hexToBytes(privateKeyHex)));

const refused = (reason: { zhCN: string; en: string }): DomainError =>
  new DomainError(
    'UPDATE_IDENTITY_INVALID',
    'forbidden',
    { zhCN: `操作身份无效：${reason.zhCN}`, en: `the Update's identity is not valid: ${reason.en}` },
    'identity',
  );

/**
 * The claims, when `signed` is a valid signature by one of `keys` for exactly this Update, not
 * expired at `now` (epoch ms; in a workflow, the deterministic workflow clock), in a role the
 * step allows. Throws UPDATE_IDENTITY_INVALID (403) otherwise. Pure: runs in the workflow sandbox.
 */
export function verifyUpdateIdentity(
  signed: SignedUpdateIdentity | undefined,
  keys: UpdateIdentityKeys,
  expected: ExpectedUpdate,
  now: number,
): UpdateIdentityClaims {
  if (!signed || typeof signed !== 'object' || !signed.claims)
    throw refused({ zhCN: '缺少签名身份', en: 'no signed identity' });
  const key = Object.prototype.hasOwnProperty.call(keys, signed.keyId) ? keys[signed.keyId] : undefined;
  if (!key) throw refused({ zhCN: `未知密钥 ${signed.keyId}`, en: `unknown key id ${signed.keyId}` });
  let valid = false;
  try {
    valid = ed25519.verify(hexToBytes(signed.signature), canonicalIdentity(signed.claims), hexToBytes(key));
  } catch {
    valid = false;
  }
  if (!valid) throw refused({ zhCN: '签名不符', en: 'the signature does not match' });
  const { claims } = signed;
  if (
    claims.workflowId !== expected.workflowId ||
    claims.updateName !== expected.updateName ||
    claims.idempotencyKey !== expected.idempotencyKey
  )
    throw refused({ zhCN: '签名属于另一操作', en: 'it was signed for another workflow, Update or key' });
  if (!(now < claims.expiresAt)) throw refused({ zhCN: '已过期', en: 'it has expired' });
  if (!expected.roles.includes(claims.role))
    throw refused({ zhCN: `角色 ${claims.role} 不能办理此步骤`, en: `role ${claims.role} may not take this step` });
  return claims;
}
