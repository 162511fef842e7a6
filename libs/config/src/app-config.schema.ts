import { z } from 'zod';
import { auditChainFields } from './audit/audit-chain.settings.js';
import { databaseRoleFields } from './database/database-role.settings.js';
import { pledgeWindowFields } from './pledge/pledge-window.settings.js';
import { httpEdgeFields, rateLimitStoreProblems } from './http/http-edge.settings.js';
import { missingSecrets } from './process-secrets.js';
import { checkTemporalEngine, temporalEngineFields } from './temporal/temporal-engine.schema.js';

/**
 * The one configuration schema of the system. Every process (api, worker, scripts) reads its
 * settings through `loadAppConfig`; no other file touches `process.env`.
 */
const coreConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /**
   * Which process this is: names its database connections and logs, and says which secrets it
   * needs (process-secrets.ts). Set by each entry point.
   */
  PROCESS_ROLE: z.enum(['api', 'worker', 'tool']).default('tool'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .default('postgres://postgres@127.0.0.1:5432/cxzy'),
  /** Connections each process may hold (TypeORM pool); PostgreSQL's default limit is 100 in all. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
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
  /** Base of the links in notifications (the console or API a user opens). */
  PUBLIC_BASE_URL: z.url().default('http://127.0.0.1:3000'),
  /**
   * The built web console (npm run build:console) the API serves under /console/; relative paths
   * are from the working directory. Absent or unbuilt: the API runs without a console.
   */
  CONSOLE_DIR: z.string().min(1).default('dist/console'),

  /** E-mail channel; off when SMTP_HOST is unset. */
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(25),
  SMTP_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3).default('创先争优系统 <noreply@cxzy.local>'),

  /** Webhook channel (SMS gateway, messaging app); off when WEBHOOK_URL is unset. */
  WEBHOOK_URL: z.url().optional(),
  /** HMAC-SHA256 key for the X-Cxzy-Signature header; required with WEBHOOK_URL. */
  WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Signs the public (群众评议) evaluation links; required by the API (no default, docs/security.md). */
  PUBLIC_LINK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),

  /** Retries of e-mail and webhook deliveries before a dead letter: ~2 h of doubling back-off by default. */
  NOTIFICATION_RETRY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  NOTIFICATION_RETRY_INITIAL_MS: z.coerce.number().int().min(100).default(10_000),
  NOTIFICATION_RETRY_MAX_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(30 * 60_000),

  /** Reminders (SPEC §3.5): quiet hours 'HH:MM-HH:MM' Beijing time, held until they end; '' for none. */
  REMINDER_QUIET_HOURS: z
    .string()
    .regex(/^(([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d)?$/, 'must be HH:MM-HH:MM, e.g. 22:00-07:00, or empty')
    .default('22:00-07:00'),
  /** Clock time day-based reminders go out, and the time a deadline day ends. */
  REMINDER_SEND_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')
    .default('09:00'),
  STEP_DEADLINE_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')
    .default('18:00'),
  /** Whether reminder offsets count working days (调休-aware) or calendar days. */
  REMINDER_DAY_UNIT: z.enum(['working', 'calendar']).default('working'),

  /** Signs access tokens and rating tokens (HS256), ≥ 32 characters; required by the API (no default). */
  AUTH_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * Signs the identity each Workflow Update carries (ADR 0009): Ed25519 private key, 32 bytes hex.
   * Required by the API and the worker (no default, ADR 0019).
   */
  UPDATE_IDENTITY_PRIVATE_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (an Ed25519 private key)')
    .optional(),
  /** The key's id, carried with every signature so the workflows can hold more than one key. */
  UPDATE_IDENTITY_KEY_ID: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,32}$/, 'must be 1–32 letters, digits, _ . -')
    .default('k1'),
  /**
   * Older public keys new workflows still accept while a key rotates: "keyId=hex,keyId=hex".
   * The current key's public key is always included.
   */
  UPDATE_IDENTITY_EXTRA_PUBLIC_KEYS: z
    .string()
    .regex(
      /^([A-Za-z0-9_.-]{1,32}=[0-9a-fA-F]{64}(,[A-Za-z0-9_.-]{1,32}=[0-9a-fA-F]{64})*)?$/,
      'must be "keyId=hex64,…"',
    )
    .default(''),
  /** How long a signed identity is valid (the Update must reach its validator within it). */
  UPDATE_IDENTITY_TTL_SECONDS: z.coerce.number().int().min(5).max(3_600).default(300),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  /** Requests per minute from one client address (429 with Retry-After beyond): login/refresh, the public's rating. */
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  PUBLIC_RATING_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(60),
  /** Requests per minute from one client address on the public pages' reads (三亮 page, pledge board). */
  PUBLIC_READ_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** bcrypt cost; 12 in production, tests may lower it. */
  PASSWORD_HASH_COST: z.coerce.number().int().min(4).max(15).default(12),
  /** 晋位升级 fan-out: branch workflows started per page, and pages per run before continue-as-new. */
  GRADING_FAN_OUT_BATCH: z.coerce.number().int().min(1).max(1_000).default(200),
  GRADING_FAN_OUT_BATCHES_PER_RUN: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * 公示 of a round's tiers: unset = the definition's publicityWorkingDays on the 调休 calendar (ending
   * at the start of the day after the last working day, Beijing time); set = that many seconds (tests, demos).
   */
  GRADING_PUBLICITY_SECONDS: z.coerce.number().int().min(1).max(86_400).optional(),
  /**
   * Tests and demos only: the commendation's 考察 and 公示 windows last this many seconds instead of
   * the definition's vetWorkingDays / publicityWorkingDays on the working-day calendar.
   */
  COMMENDATION_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).optional(),
  /** Accepted approval operations (审批 workflows) per run before continue-as-new. */
  APPROVAL_OPERATIONS_PER_RUN: z.coerce.number().int().min(1).max(10_000).default(200),
  /** Accepted round actions (proposals, decisions, objection resolutions) per run before continue-as-new. */
  GRADING_ROUND_ACTIONS_PER_RUN: z.coerce.number().int().min(1).max(10_000).default(200),
  /**
   * A round whose tiers may not become final yet because last year's round still has branches
   * without 考核验收 (SPEC §6 rule 13) looks again this often (seconds).
   */
  GRADING_ACCEPTANCE_RECHECK_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
  /** Branch workflows signalled per activity call when the tiers become final. */
  GRADING_SIGNAL_BATCH: z.coerce.number().int().min(1).max(1_000).default(200),
  /**
   * 整改进展 reports are due every few calendar months (lagging branches more often); a positive
   * value makes one such "month" last that many seconds instead (tests and demos only). 0 = real months.
   */
  GRADING_PROGRESS_MONTH_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(31 * 86_400)
    .default(0),
  /**
   * 晋位升级 launched each year by a Temporal Schedule (docs/grading-rounds.md): the grading units
   * (organisation codes, comma-separated) and the day and time (five-field cron, APP_TIME_ZONE).
   * Empty = no schedule. The launch is by GRADING_LAUNCH_ACTOR, for the year the schedule fires in.
   */
  GRADING_LAUNCH_UNITS: z
    .string()
    .regex(/^([A-Za-z0-9_-]+(,[A-Za-z0-9_-]+)*)?$/, 'must be organisation codes separated by commas, e.g. "QS,HX"')
    .default(''),
  GRADING_LAUNCH_CRON: z
    .string()
    .regex(/^\s*\S+(\s+\S+){4}\s*$/, 'must be a five-field cron expression, e.g. "0 9 5 1 *"')
    .default('0 9 5 1 *'),
  GRADING_LAUNCH_ACTOR: z.string().min(1).max(64).default('system:grading-schedule'),
  /**
   * 学习先进 launched each year (around 七一) by a Temporal Schedule (docs/campaigns.md): the grading
   * units (organisation codes, comma-separated) and the day and time (cron, APP_TIME_ZONE).
   * Empty (the default) = no schedule: disabled until configured.
   */
  COMMENDATION_LAUNCH_UNITS: z
    .string()
    .regex(/^([A-Za-z0-9_-]+(,[A-Za-z0-9_-]+)*)?$/, 'must be organisation codes separated by commas, e.g. "QS,HX"')
    .default(''),
  COMMENDATION_LAUNCH_CRON: z
    .string()
    .regex(/^\s*\S+(\s+\S+){4}\s*$/, 'must be a five-field cron expression, e.g. "0 9 1 6 *"')
    .default('0 9 1 6 *'),
  COMMENDATION_LAUNCH_ACTOR: z.string().min(1).max(64).default('system:commendation-schedule'),

  /** 每日待办提醒: a Temporal Schedule, created or updated by the worker at start. */
  DIGEST_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Five-field cron in APP_TIME_ZONE; default every day at 08:30 Beijing time. */
  DIGEST_CRON: z
    .string()
    .regex(/^\s*\S+(\s+\S+){4}\s*$/, 'must be a five-field cron expression, e.g. "30 8 * * *"')
    .default('30 8 * * *'),
  DIGEST_DUE_WITHIN_DAYS: z.coerce.number().int().min(0).max(60).default(3),
  DIGEST_ORGANISATIONS_PER_PAGE: z.coerce.number().int().min(1).max(5_000).default(200),
});

type AppConfigFields = z.infer<typeof coreConfigSchema> & Record<string, unknown>;

/** Settings that only make sense together (besides the engine's, in temporal-engine.schema.ts). */
function checkPairedSettings(config: AppConfigFields, context: z.RefinementCtx): void {
  if (config.WEBHOOK_URL && !config.WEBHOOK_SECRET) {
    context.addIssue({ code: 'custom', path: ['WEBHOOK_SECRET'], message: 'is required when WEBHOOK_URL is set' });
  }
  // Whatever NODE_ENV says (ADR 0019): a process that signs needs its secrets.
  for (const { variable, reason } of missingSecrets(config, config.PROCESS_ROLE))
    context.addIssue({ code: 'custom', path: [variable], message: reason });
  for (const { variable, reason } of rateLimitStoreProblems(config, config.PROCESS_ROLE))
    context.addIssue({ code: 'custom', path: [variable], message: reason });
  if (Boolean(config.SMTP_USER) !== Boolean(config.SMTP_PASSWORD)) {
    context.addIssue({ code: 'custom', path: ['SMTP_PASSWORD'], message: 'SMTP_USER and SMTP_PASSWORD go together' });
  }
}

/**
 * Plus TLS, API key and worker concurrency, for a cluster or Temporal Cloud (docs/deployment.md),
 * the database roles, the audit chain's key and anchors, and the API's docs and rate-limit store
 * (docs/security.md), the annual pledge window.
 */
const moreFields = {
  ...temporalEngineFields,
  ...databaseRoleFields,
  ...auditChainFields,
  ...httpEdgeFields,
  ...pledgeWindowFields,
};
export const appConfigSchema = coreConfigSchema.extend(moreFields).superRefine(
  (config, context) => {
    checkTemporalEngine(config, context);
    checkPairedSettings(config as AppConfigFields, context);
  },
  { when: () => true }, // also when another variable is invalid, so one run lists every problem
);

export type AppConfig = z.infer<typeof appConfigSchema>;
