export { appConfigSchema, type AppConfig } from './app-config.schema.js';
export { configForProcess, loadAppConfig, InvalidConfigurationError } from './load-app-config.js';
export { missingSecrets, SECRETS_BY_PROCESS, type ProcessRole } from './process-secrets.js';
export { APP_CONFIG, AppConfigModule } from './app-config.module.js';
export {
  temporalConnectionSettings,
  type TemporalConnectionSettings,
  type TemporalTlsSettings,
} from './temporal/temporal-connection-settings.js';
export { applicationDatabaseUrl, applicationRoleOf, type ApplicationRole } from './database/database-role.settings.js';
export { auditMacKeys } from './audit/audit-chain.settings.js';
export { annualPledgeWindow } from './pledge/pledge-window.settings.js';
export { apiDocsEnabled } from './http/http-edge.settings.js';
