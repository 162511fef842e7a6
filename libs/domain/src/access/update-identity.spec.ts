import fc from 'fast-check';
import {
  publicKeyOf,
  signUpdateIdentity,
  verifyUpdateIdentity,
  type ExpectedUpdate,
  type UpdateIdentityClaims,
} from './update-identity.js';

// Fixed test keys (32-byte seeds): the API's key and an attacker's.
const API_KEY = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const OTHER_KEY = '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb';
const keys = { k1: publicKeyOf(API_KEY) };

const claims: UpdateIdentityClaims = {
  userId: 'u-1',
  username: 'v01-secretary',
  role: 'branch-secretary',
  organisationId: 'v01',
  workflowId: 'grading-round/qs-2027/branch/v01',
  updateName: 'acknowledgeDeploy',
  idempotencyKey: 'ack-1',
  expiresAt: 2_000,
};
const expected: ExpectedUpdate = {
  workflowId: claims.workflowId,
  updateName: claims.updateName,
  idempotencyKey: claims.idempotencyKey,
  roles: ['branch-secretary'],
};
const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'accepted';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('verifyUpdateIdentity', () => {
  it('accepts the API-signed identity for exactly this Update before it expires', () => {
    expect(verifyUpdateIdentity(signUpdateIdentity(claims, 'k1', API_KEY), keys, expected, 1_999)).toEqual(claims);
  });

  it('refuses a missing identity, an unknown key id, another key, and an expired identity', () => {
    expect(codeOf(() => verifyUpdateIdentity(undefined, keys, expected, 0))).toBe('UPDATE_IDENTITY_INVALID');
    expect(codeOf(() => verifyUpdateIdentity(signUpdateIdentity(claims, 'k2', API_KEY), keys, expected, 0))).toBe(
      'UPDATE_IDENTITY_INVALID',
    );
    expect(codeOf(() => verifyUpdateIdentity(signUpdateIdentity(claims, 'k1', OTHER_KEY), keys, expected, 0))).toBe(
      'UPDATE_IDENTITY_INVALID',
    );
    expect(codeOf(() => verifyUpdateIdentity(signUpdateIdentity(claims, 'k1', API_KEY), keys, expected, 2_000))).toBe(
      'UPDATE_IDENTITY_INVALID',
    );
    expect(codeOf(() => verifyUpdateIdentity({ keyId: 'k1', claims } as never, keys, expected, 0))).toBe(
      'UPDATE_IDENTITY_INVALID',
    );
  });

  it('refuses a signature for another workflow, Update or key, and a role the step does not allow', () => {
    const signed = signUpdateIdentity(claims, 'k1', API_KEY);
    for (const other of [
      { ...expected, workflowId: 'grading-round/qs-2027/branch/v02' },
      { ...expected, updateName: 'submitSelfAssessment' },
      { ...expected, idempotencyKey: 'ack-2' },
      { ...expected, roles: ['supervisor'] },
    ])
      expect(codeOf(() => verifyUpdateIdentity(signed, keys, other, 0))).toBe('UPDATE_IDENTITY_INVALID');
  });

  it('refuses any change to a signed claim (property)', () => {
    const signed = signUpdateIdentity(claims, 'k1', API_KEY);
    const fields = ['userId', 'username', 'role', 'organisationId'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.string({ minLength: 1 }), (field, value) => {
        fc.pre(value !== claims[field]);
        const forged = { ...signed, claims: { ...signed.claims, [field]: value } };
        expect(codeOf(() => verifyUpdateIdentity(forged, keys, expected, 0))).toBe('UPDATE_IDENTITY_INVALID');
      }),
      { numRuns: 50 },
    );
  });
});
