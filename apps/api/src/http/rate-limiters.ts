import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { AppConfig } from '@cxzy/config';

export type RateBucket = 'login' | 'public-rating' | 'public-read' | 'smoke-check';

export type RateAdmission = { readonly admitted: true } | { readonly admitted: false; readonly msBeforeNext: number };

/** Raised when the shared count cannot be read (Redis down): the guard answers 503. */
export class RateLimitStoreUnavailableError extends Error {
  override readonly name = 'RateLimitStoreUnavailableError';
}

/**
 * 限流 counters, one fixed window of a minute per bucket and client (rate-limiter-flexible). In
 * Redis they are shared by every API process (ADR 0022): a client spreading its requests over N
 * processes still gets the limit once. Keys: `<RATE_LIMIT_KEY_PREFIX><bucket>:<client>`, expiring
 * with their window. The memory store (RATE_LIMIT_STORE=memory) counts per process: development only.
 */
export class RateLimiters implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('RateLimits');
  private readonly redis: Redis | null;
  private readonly limiters: Record<RateBucket, RateLimiterAbstract>;

  constructor(config: AppConfig) {
    this.redis =
      config.RATE_LIMIT_STORE === 'redis'
        ? // Short connect timeout, no offline queue: a request waits on Redis a moment at most, then 503.
          new Redis(config.REDIS_URL!, { lazyConnect: true, connectTimeout: 2_000, enableOfflineQueue: false })
        : null;
    this.redis?.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
    const limiter = (bucket: RateBucket, points: number): RateLimiterAbstract =>
      this.redis
        ? new RateLimiterRedis({
            storeClient: this.redis,
            keyPrefix: `${config.RATE_LIMIT_KEY_PREFIX}${bucket}`,
            points,
            duration: 60,
            rejectIfRedisNotReady: true,
          })
        : new RateLimiterMemory({ keyPrefix: bucket, points, duration: 60 });
    this.limiters = {
      login: limiter('login', config.LOGIN_RATE_LIMIT_PER_MINUTE),
      'public-rating': limiter('public-rating', config.PUBLIC_RATING_RATE_LIMIT_PER_MINUTE),
      'public-read': limiter('public-read', config.PUBLIC_READ_RATE_LIMIT_PER_MINUTE),
      'smoke-check': limiter('smoke-check', config.SMOKE_CHECK_RATE_LIMIT_PER_MINUTE),
    };
  }

  /** The API does not start while its Redis does not answer: the limits could not be kept. */
  async onModuleInit(): Promise<void> {
    await this.redis?.connect().catch((error: Error) => {
      throw new Error(`the rate limits' Redis (REDIS_URL) does not answer: ${error.message}`);
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }

  /** Counts one request of `client` in `bucket`; refused past the limit until the window ends. */
  async consume(bucket: RateBucket, client: string): Promise<RateAdmission> {
    try {
      await this.limiters[bucket].consume(client);
      return { admitted: true };
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return { admitted: false, msBeforeNext: outcome.msBeforeNext };
      throw new RateLimitStoreUnavailableError(`rate-limit store: ${(outcome as Error).message}`, { cause: outcome });
    }
  }
}
