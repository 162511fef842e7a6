import { DomainError } from '../domain.error.js';

/**
 * 限流 (fixed window, counted by rate-limiter-flexible in Redis; ADR 0022): a refused client waits
 * until its window ends — whole seconds, rounded up, at least one (a Retry-After of 0 invites a
 * retry that is refused again).
 */
export const retryAfterSeconds = (msBeforeNext: number): number => Math.max(1, Math.ceil(msBeforeNext / 1000));

export const tooManyRequests = (retryAfterSeconds: number) =>
  new DomainError('RATE_LIMITED', 'rate-limited', {
    zhCN: `请求过于频繁，请 ${retryAfterSeconds} 秒后再试`,
    en: `too many requests: retry in ${retryAfterSeconds} s`,
  });
