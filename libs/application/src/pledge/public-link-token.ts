import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * 群众评议链接 — `<token id>.<expiry ms>.<signature>`: HMAC-SHA256 over the token id, the pledge it
 * rates and the expiry, so a link cannot be altered, moved to another pledge or extended. The token
 * id names one stored row, which a rating uses up.
 */
export interface PublicLinkToken {
  readonly tokenId: string;
  readonly pledgeId: string;
  readonly expiresAt: Date;
}

const signature = (secret: string, token: PublicLinkToken): string =>
  createHmac('sha256', secret)
    .update(`${token.tokenId}.${token.pledgeId}.${token.expiresAt.getTime()}`)
    .digest('base64url');

export function signPublicLinkToken(secret: string, token: PublicLinkToken): string {
  return `${token.tokenId}.${token.expiresAt.getTime()}.${signature(secret, token)}`;
}

/** 'ok' with the token, or why not: a wrong or altered signature, or past its expiry. */
export function verifyPublicLinkToken(
  secret: string,
  text: string,
  pledgeId: string,
  now: Date,
): { status: 'ok'; token: PublicLinkToken } | { status: 'invalid' | 'expired' } {
  const match = /^([0-9a-f-]{36})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(text);
  if (!match) return { status: 'invalid' };
  const token = { tokenId: match[1] as string, pledgeId, expiresAt: new Date(Number(match[2])) };
  const expected = Buffer.from(signature(secret, token));
  const given = Buffer.from(match[3] as string);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { status: 'invalid' };
  if (token.expiresAt.getTime() <= now.getTime()) return { status: 'expired' };
  return { status: 'ok', token };
}
