import fc from 'fast-check';
import { signWebhook, verifyWebhookSignature } from './webhook-signature.js';

describe('webhook signature', () => {
  it('verifies what it signed', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 16 }), fc.string(), fc.string(), (secret, ts, body) =>
        verifyWebhookSignature(secret, ts, body, signWebhook(secret, ts, body)),
      ),
    );
  });

  it('refuses a changed body, timestamp or secret', () => {
    const signature = signWebhook('a-secret-of-16+chars', '1700000000000', '{"a":1}');
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature('a-secret-of-16+chars', '1700000000000', '{"a":2}', signature)).toBe(false);
    expect(verifyWebhookSignature('a-secret-of-16+chars', '1700000000001', '{"a":1}', signature)).toBe(false);
    expect(verifyWebhookSignature('another-secret-16ch', '1700000000000', '{"a":1}', signature)).toBe(false);
    expect(verifyWebhookSignature('a-secret-of-16+chars', '1700000000000', '{"a":1}', 'sha256=00')).toBe(false);
  });
});
