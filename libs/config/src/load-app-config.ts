import { appConfigSchema, type AppConfig } from './app-config.schema.js';

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
