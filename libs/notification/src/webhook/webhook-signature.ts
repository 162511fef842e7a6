import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * X-Cxzy-Signature: `sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">` with the shared secret;
 * X-Cxzy-Timestamp carries the timestamp (ms). A gateway verifies both and refuses stale requests.
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function verifyWebhookSignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
