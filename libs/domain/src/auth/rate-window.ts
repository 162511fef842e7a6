import { DomainError } from '../domain.error.js';

/** What one request learns from its fixed window's shared counter (Redis or memory; ADR 0022). */
export interface RateWindowDecision {
  readonly totalHits: number;
  /** Seconds until the window ends (at least 1). */
  readonly timeToExpire: number;
  readonly isBlocked: boolean;
  /** Seconds a refused client waits: until its window ends (0 when admitted). */
  readonly timeToBlockExpire: number;
}

/**
 * 限流 (fixed window): the request that made the window's count `hits`, with `msLeft` of the window
 * to run, is admitted while `hits ≤ limit`. A refused client is told to come back when the window
 * ends — counting its refused requests moves nothing, so waiting `timeToBlockExpire` always works.
 */
export function decideRateWindow(hits: number, msLeft: number, limit: number): RateWindowDecision {
  const timeToExpire = Math.max(1, Math.ceil(msLeft / 1000));
  const isBlocked = hits > limit;
  return { totalHits: hits, timeToExpire, isBlocked, timeToBlockExpire: isBlocked ? timeToExpire : 0 };
}

export const tooManyRequests = (retryAfterSeconds: number) =>
  new DomainError('RATE_LIMITED', 'rate-limited', {
    zhCN: `请求过于频繁，请 ${retryAfterSeconds} 秒后再试`,
    en: `too many requests: retry in ${retryAfterSeconds} s`,
  });
