import { signPublicLinkToken, verifyPublicLinkToken } from './public-link-token.js';

const SECRET = 'a-test-secret-that-is-long-enough-0001';
const token = {
  tokenId: '0b9f3a52-4c1e-4f7e-9d7a-2f1c8e6b5a10',
  pledgeId: '5d2c1b0a-9e8f-4a7b-8c6d-1e2f3a4b5c6d',
  expiresAt: new Date('2027-01-31T16:00:00Z'),
};
const before = new Date('2027-01-01T00:00:00Z');

describe('public evaluation links', () => {
  it('verifies a link it signed, for the pledge it was signed for, before it expires', () => {
    const text = signPublicLinkToken(SECRET, token);
    expect(verifyPublicLinkToken(SECRET, text, token.pledgeId, before)).toEqual({ status: 'ok', token });
    expect(verifyPublicLinkToken(SECRET, text, token.pledgeId, token.expiresAt).status).toBe('expired');
  });

  it('refuses an altered expiry, another pledge, another secret and garbage', () => {
    const text = signPublicLinkToken(SECRET, token);
    const [id, , sig] = text.split('.');
    const later = `${id}.${token.expiresAt.getTime() + 86_400_000}.${sig}`;
    expect(verifyPublicLinkToken(SECRET, later, token.pledgeId, before).status).toBe('invalid');
    expect(verifyPublicLinkToken(SECRET, text, '00000000-0000-4000-8000-000000000000', before).status).toBe('invalid');
    expect(verifyPublicLinkToken(`${SECRET}x`, text, token.pledgeId, before).status).toBe('invalid');
    expect(verifyPublicLinkToken(SECRET, 'not-a-token', token.pledgeId, before).status).toBe('invalid');
  });
});
