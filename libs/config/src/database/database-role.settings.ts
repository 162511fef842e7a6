import { z } from 'zod';

/**
 * Who logs in to PostgreSQL (docs/security.md, "Database roles"). DATABASE_URL names the schema
 * owner: migrations and `audit:verify` use it. Everything that runs use cases (API, worker,
 * `admin:create`) logs in as the application role instead — same host, port and database, the role's
 * name and password — which may read and write rows but change no schema, and only add to the audit trail.
 */
export const databaseRoleFields = {
  /** PostgreSQL roles are cluster-wide: the migration runner creates it when missing and grants it its rights. */
  DATABASE_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case PostgreSQL identifier, e.g. cxzy_app')
    .default('cxzy_app'),
  /** The application role's password; unset where the server trusts local connections (development, tests). */
  DATABASE_APP_PASSWORD: z.string().min(1).optional(),
};

export interface ApplicationRole {
  readonly name: string;
  readonly password?: string;
}

type RoleSettings = { DATABASE_URL: string; DATABASE_APP_ROLE: string; DATABASE_APP_PASSWORD?: string | undefined };

export const applicationRoleOf = (config: RoleSettings): ApplicationRole => ({
  name: config.DATABASE_APP_ROLE,
  ...(config.DATABASE_APP_PASSWORD ? { password: config.DATABASE_APP_PASSWORD } : {}),
});

/** DATABASE_URL with the application role's name and password in place of the owner's. */
export function applicationDatabaseUrl(config: RoleSettings): string {
  const url = new URL(config.DATABASE_URL);
  url.username = encodeURIComponent(config.DATABASE_APP_ROLE);
  url.password = config.DATABASE_APP_PASSWORD ? encodeURIComponent(config.DATABASE_APP_PASSWORD) : '';
  return url.toString();
}
