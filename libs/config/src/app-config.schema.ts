import { z } from 'zod';
import { checkTemporalEngine, temporalEngineFields } from './temporal/temporal-engine.schema.js';

/**
 * The one configuration schema of the system. Every process (api, worker, scripts) reads its
 * settings through `loadAppConfig`; no other file touches `process.env`.
 */
const coreConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .default('postgres://postgres@127.0.0.1:5432/cxzy'),
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[^\s:]+:\d+$/, 'must be host:port')
    .default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('cxzy-main'),
  /** Sticky workflow cache of the worker; small by default because the machine has 2 cores. */
  TEMPORAL_WORKFLOW_CACHE_SIZE: z.coerce.number().int().min(0).default(1000),
  /** Default time zone for users: the documents are Chinese, deadlines are in Beijing time. */
  APP_TIME_ZONE: z.string().min(1).default('Asia/Shanghai'),
});

/** Plus TLS, API key and worker concurrency, for a cluster or Temporal Cloud (docs/deployment.md). */
export const appConfigSchema = coreConfigSchema.extend(temporalEngineFields).superRefine(checkTemporalEngine, {
  when: () => true, // also when another variable is invalid, so one run lists every problem
});

export type AppConfig = z.infer<typeof appConfigSchema>;
