import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { Redis } from 'ioredis';
import { decideRateWindow, type RateWindowDecision } from '@cxzy/domain';

/**
 * One hit on a fixed window, atomically: the count goes up, and the first hit (or a key somehow
 * left without expiry) starts the window. Answers the count and the milliseconds left.
 */
const WINDOW_HIT = `
local hits = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
return { hits, left }
`;

/**
 * The rate limits' counters in Redis, shared by every API process (ADR 0022): a client's requests
 * are counted once however many processes a load balancer spreads them over. Keys are
 * `<RATE_LIMIT_KEY_PREFIX><bucket>|<client>` and expire with their window.
 */
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('RateLimits');
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly keyPrefix: string,
  ) {
    // Few retries and a short connect timeout: a request waits on Redis for a moment at most,
    // then gets 503 (RateLimitGuard) instead of hanging.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000, lazyConnect: true });
    this.redis.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
  }

  /** Refuses to start the API while its Redis does not answer (the limits could not be kept). */
  async onModuleInit(): Promise<void> {
    await this.redis.connect().catch((error: Error) => {
      throw new Error(`the rate limits' Redis (REDIS_URL) does not answer: ${error.message}`);
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  async increment(key: string, ttl: number, limit: number): Promise<RateWindowDecision> {
    const [hits, left] = (await this.redis.eval(WINDOW_HIT, 1, this.keyPrefix + key, String(ttl))) as [number, number];
    return decideRateWindow(hits, left, limit);
  }
}
