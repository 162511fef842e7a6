import { appConfigSchema, type AppConfig } from './app-config.schema.js';
import { rateLimitStoreProblems } from './http/http-edge.settings.js';
import { missingSecrets, type ProcessRole } from './process-secrets.js';

/** Thrown at start-up when the environment is invalid; the message names every bad variable. */
export class InvalidConfigurationError extends Error {
  override readonly name = 'InvalidConfigurationError';
  constructor(readonly problems: readonly { variable: string; reason: string }[]) {
    super('配置无效 / invalid configuration:\n' + problems.map((p) => `  - ${p.variable}: ${p.reason}`).join('\n'));
  }
}

/** Validates the environment once; fails fast with every problem listed. */
export function loadAppConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = appConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new InvalidConfigurationError(
      parsed.error.issues.map((issue) => ({
        variable: issue.path.join('.') || '(root)',
        reason: issue.message,
      })),
    );
  }
  return parsed.data;
}

/**
 * The config of the process `role` (PROCESS_ROLE set), or the start-up error naming every secret
 * it needs and lacks (process-secrets.ts) — and, for the API, the Redis its rate limits are shared in. The API and worker modules call it, so a process built
 * from an already loaded config (tests, another entry point) cannot start without its secrets either.
 */
export function configForProcess(config: AppConfig, role: ProcessRole): AppConfig {
  const missing = [...missingSecrets(config, role), ...rateLimitStoreProblems(config, role)];
  if (missing.length > 0) throw new InvalidConfigurationError(missing);
  return { ...config, PROCESS_ROLE: role };
}
