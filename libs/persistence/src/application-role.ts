import type { ApplicationRole } from '@cxzy/config';
import type { EntityManager } from 'typeorm';

/** 42710 duplicate_object, or 23505 when two sessions insert the same role name at the same moment. */
const ROLE_ALREADY_MADE = new Set(['42710', '23505']);

const codeOf = (error: unknown): string | undefined =>
  (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;

interface RoleFlags {
  rolsuper: boolean;
  rolcreaterole: boolean;
  rolcreatedb: boolean;
  rolbypassrls: boolean;
  owner_member: boolean;
}

/**
 * Creates the application role when it is missing (roles are cluster-wide: several databases — test
 * clones, a second deployment — share it, and may run this at the same moment) and refuses one that
 * could undo the point of having it: a superuser, a role that makes roles or databases, or a member
 * of the owner. With a password configured, sets it (so rotating it is a config change and a migrate).
 */
export async function ensureApplicationRole(db: EntityManager, role: ApplicationRole): Promise<void> {
  const [{ owner }] = (await db.query('SELECT current_user AS owner')) as { owner: string }[] as [{ owner: string }];
  if (owner === role.name)
    throw new Error(`DATABASE_APP_ROLE (${role.name}) must not be DATABASE_URL's user, the schema owner`);
  const login = role.password ? `LOGIN PASSWORD %L` : 'LOGIN';
  const statement = async (template: string): Promise<void> => {
    const [{ sql }] = (await db.query(`SELECT format($1, $2::text, $3::text) AS sql`, [
      template,
      role.name,
      role.password ?? null,
    ])) as [{ sql: string }];
    await db.query(sql);
  };
  if (!(await exists(db, role.name))) {
    try {
      await statement(`CREATE ROLE %I NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT ${login}`);
    } catch (error) {
      if (!ROLE_ALREADY_MADE.has(codeOf(error) ?? '')) throw error;
    }
  } else if (role.password) {
    await statement(`ALTER ROLE %I ${login}`);
  }
  const [flags] = (await db.query(
    `SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, pg_has_role($1, current_user, 'MEMBER') AS owner_member
       FROM pg_roles WHERE rolname = $1`,
    [role.name],
  )) as RoleFlags[];
  const powers = Object.entries(flags ?? {})
    .filter(([, on]) => on === true)
    .map(([flag]) => flag);
  if (!flags || powers.length > 0)
    throw new Error(
      `the application role ${role.name} must be a plain login role; it has ${powers.join(', ') || 'vanished'}`,
    );
  await db.query('SELECT grant_application_role($1)', [role.name]);
}

async function exists(db: EntityManager, name: string): Promise<boolean> {
  return ((await db.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name])) as unknown[]).length > 0;
}
