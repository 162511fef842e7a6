import { DomainError } from '../domain.error.js';

/** Requests counted for one client address in the current fixed window. */
export interface RateWindow {
  readonly startedAt: number;
  readonly count: number;
}

export type RateDecision =
  | { readonly allowed: true; readonly window: RateWindow }
  | { readonly allowed: false; readonly window: RateWindow; readonly retryAfterSeconds: number };

/**
 * 限流 (fixed window): at most `limit` requests per `windowMs` from one address. A refused request
 * is not counted, so a client that waits `retryAfterSeconds` is served again.
 */
export function admitRequest(
  window: RateWindow | undefined,
  now: number,
  limit: number,
  windowMs: number,
): RateDecision {
  const current = window && now - window.startedAt < windowMs ? window : { startedAt: now, count: 0 };
  if (current.count < limit) return { allowed: true, window: { ...current, count: current.count + 1 } };
  return {
    allowed: false,
    window: current,
    retryAfterSeconds: Math.max(1, Math.ceil((current.startedAt + windowMs - now) / 1000)),
  };
}

export const tooManyRequests = (retryAfterSeconds: number) =>
  new DomainError('RATE_LIMITED', 'rate-limited', {
    zhCN: `请求过于频繁，请 ${retryAfterSeconds} 秒后再试`,
    en: `too many requests from this address: retry in ${retryAfterSeconds} s`,
  });
