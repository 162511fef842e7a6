import { Module, type DynamicModule } from '@nestjs/common';
import { ThrottlerModule, ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';
import type { Request } from 'express';
import type { AuthenticatedUser } from '@cxzy/application';
import type { AppConfig } from '@cxzy/config';
import { RateLimitGuard, type RateBucket } from './rate-limit.guard.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';

const RATE_LIMIT_STORAGE = Symbol('RATE_LIMIT_STORAGE');
const MINUTE_MS = 60_000;

/** The store, as a provider of its own so Nest connects and closes it with the application. */
@Module({})
class RateLimitStorageModule {
  static forRoot(config: AppConfig): DynamicModule {
    const storage = {
      provide: RATE_LIMIT_STORAGE,
      useFactory: (): ThrottlerStorage =>
        config.RATE_LIMIT_STORE === 'redis'
          ? new RedisThrottlerStorage(config.REDIS_URL!, config.RATE_LIMIT_KEY_PREFIX)
          : // Development only (refused with NODE_ENV=production): counted per process.
            new ThrottlerStorageService(),
    };
    return { module: RateLimitStorageModule, providers: [storage], exports: [storage] };
  }
}

/** The per-minute limit of each bucket; the client is its address, for smoke checks the signed-in user. */
function throttlersOf(config: AppConfig) {
  const perMinute = (name: RateBucket, limit: number) => ({ name, ttl: MINUTE_MS, limit });
  return [
    perMinute('login', config.LOGIN_RATE_LIMIT_PER_MINUTE),
    perMinute('public-rating', config.PUBLIC_RATING_RATE_LIMIT_PER_MINUTE),
    perMinute('public-read', config.PUBLIC_READ_RATE_LIMIT_PER_MINUTE),
    {
      ...perMinute('smoke-check', config.SMOKE_CHECK_RATE_LIMIT_PER_MINUTE),
      // Behind the AccessTokenGuard: the user is known, and an address may be shared (a proxy, an office).
      getTracker: (request: Record<string, unknown>) =>
        `user:${(request as unknown as Request & { user?: AuthenticatedUser }).user?.userId ?? 'none'}`,
    },
  ];
}

/**
 * 限流 with @nestjs/throttler on a store shared by the API processes (ADR 0022). Routes opt in with
 * `@RateLimited(bucket)`; the guard is a provider here so its throttlers are set up at start.
 */
@Module({})
export class RateLimitModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: RateLimitModule,
      imports: [
        ThrottlerModule.forRootAsync({
          imports: [RateLimitStorageModule.forRoot(config)],
          inject: [RATE_LIMIT_STORAGE],
          // Headers: only Retry-After on a refusal (RateLimitGuard), not the per-bucket X-RateLimit-*.
          useFactory: (storage: ThrottlerStorage) => ({ throttlers: throttlersOf(config), storage, setHeaders: false }),
        }),
      ],
      providers: [RateLimitGuard],
      exports: [RateLimitGuard],
    };
  }
}
