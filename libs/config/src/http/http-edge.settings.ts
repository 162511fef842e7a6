import { z } from 'zod';

/**
 * The API's edge: whether it serves its OpenAPI description, and where the rate limits are counted
 * (ADR 0022, docs/security.md "Rate limits").
 */
export const httpEdgeFields = {
  /**
   * Serve `/docs` and `/openapi.json`. Unset: on, except with NODE_ENV=production (the description
   * maps every route for an attacker); `true` turns them on there too, `false` off everywhere.
   */
  API_DOCS_ENABLED: z.enum(['true', 'false']).optional(),
  /**
   * Where the rate limits are counted: `redis` (shared by every API process, REDIS_URL) or `memory`
   * (per process: N processes admit N × the limit) — for a single development process only, and
   * refused with NODE_ENV=production.
   */
  RATE_LIMIT_STORE: z.enum(['redis', 'memory']).default('redis'),
  /** The Redis server the API processes count rate limits in, e.g. redis://127.0.0.1:6379. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/[^\s]+$/, 'must be a redis:// or rediss:// URL')
    .optional(),
  /** Prefix of the rate-limit keys in Redis, so deployments (or test stacks) sharing one server never mix counts. */
  RATE_LIMIT_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be 1–64 letters, digits, _ . : -')
    .default('cxzy:rate:'),
  /** Smoke checks one administrator may start per minute (each starts a workflow). */
  SMOKE_CHECK_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(10),
};

type EdgeSettings = {
  NODE_ENV: string;
  API_DOCS_ENABLED?: 'true' | 'false' | undefined;
  RATE_LIMIT_STORE: 'redis' | 'memory';
  REDIS_URL?: string | undefined;
};

/** Whether this API serves `/docs` and `/openapi.json`. */
export const apiDocsEnabled = (config: EdgeSettings): boolean =>
  config.API_DOCS_ENABLED === undefined ? config.NODE_ENV !== 'production' : config.API_DOCS_ENABLED === 'true';

/**
 * The API counts its rate limits in Redis unless told otherwise: without REDIS_URL it refuses to
 * start, and the per-process memory store is for development (never NODE_ENV=production).
 */
export function rateLimitStoreProblems(
  config: Readonly<Record<string, unknown>>,
  role: string,
): { variable: string; reason: string }[] {
  if (config.RATE_LIMIT_STORE === 'memory') {
    return config.NODE_ENV === 'production'
      ? [
          {
            variable: 'RATE_LIMIT_STORE',
            reason: 'memory counts per process: not with NODE_ENV=production (use redis)',
          },
        ]
      : [];
  }
  return role === 'api' && !config.REDIS_URL
    ? [
        {
          variable: 'REDIS_URL',
          reason:
            'is required by the api process: rate limits are shared through Redis (RATE_LIMIT_STORE=memory for one development process; docs/security.md)',
        },
      ]
    : [];
}
