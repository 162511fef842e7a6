import { jest } from '@jest/globals';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { applicationDatabaseUrl } from '@cxzy/config';
import { AuditRecordRepository } from '@cxzy/persistence';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(120_000);

/** What PostgreSQL answers the application role (docs/security.md, "Database roles"). */
describe('database roles: the API and the worker log in as the application role, which cannot alter the audit trail', () => {
  const stack = useTestStack('db-roles');
  let app: pg.Client;

  beforeAll(async () => {
    await stack.worker.get(AuditRecordRepository, { strict: false }).append({
      occurredAt: new Date().toISOString(),
      requestId: null,
      actorId: 'roles-test',
      actorRole: null,
      actorOrg: null,
      action: 'test.append',
      objectType: 'test',
      objectId: 'roles',
      before: null,
      after: { n: 1 },
      result: 'success',
      reason: null,
    });
    app = new pg.Client({ connectionString: applicationDatabaseUrl(stack.config) });
    // The stack's clean-up may drop the database (WITH FORCE) before this client has ended.
    app.on('error', () => undefined);
    await app.connect();
  });
  afterAll(async () => {
    await app?.end();
  });

  it('connects the API and the worker as the application role, not as the owner', async () => {
    const role = stack.config.DATABASE_APP_ROLE;
    expect(role).toBe('cxzy_app');
    for (const process of [stack.api, stack.worker]) {
      const [row] = (await process.get(DataSource).query('SELECT current_user AS "user"')) as { user: string }[];
      expect(row!.user).toBe(role);
    }
    const [owner] = await stack.db.query<{ user: string }>('SELECT current_user AS "user"');
    expect(owner!.user).not.toBe(role);
  });

  it('is a plain role: no superuser, no role or database making, no bypassing row security', async () => {
    const [flags] = await stack.db.query(
      'SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = $1',
      [stack.config.DATABASE_APP_ROLE],
    );
    expect(flags).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
  });

  it('keeps its grants in a database cloned from the migrated template', async () => {
    const privileges = await stack.db.query<{ privilege: string; held: boolean }>(
      `SELECT p AS privilege, has_table_privilege($1, 'audit_records', p) AS held
         FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER']) AS p`,
      [stack.config.DATABASE_APP_ROLE],
    );
    expect(Object.fromEntries(privileges.map((p) => [p.privilege, p.held]))).toEqual({
      SELECT: true,
      INSERT: true,
      UPDATE: false,
      DELETE: false,
      TRUNCATE: false,
      TRIGGER: false,
    });
  });

  it.each([
    ['UPDATE', `UPDATE audit_records SET actor_id = 'intruder'`, /permission denied for table audit_records/],
    ['DELETE', 'DELETE FROM audit_records', /permission denied for table audit_records/],
    ['TRUNCATE', 'TRUNCATE audit_records', /permission denied for table audit_records/],
    [
      'DISABLE TRIGGER',
      'ALTER TABLE audit_records DISABLE TRIGGER tr_audit_records_append_only',
      /must be owner of table audit_records/,
    ],
    ['DROP TABLE', 'DROP TABLE audit_records', /must be owner of table audit_records/],
    ['CREATE TABLE', 'CREATE TABLE shadow_audit (seq bigint)', /permission denied for schema public/],
    ['a migration record', `INSERT INTO migrations (timestamp, name) VALUES (1, 'Forged1')`, /permission denied/],
  ])('refuses the application role %s (permission denied)', async (_what, sql, message) => {
    const before = await stack.db.query('SELECT seq, actor_id, hash FROM audit_records ORDER BY seq');
    const error = (await app.query(sql).then(
      () => undefined,
      (e: unknown) => e,
    )) as { code?: string; message?: string } | undefined;
    expect(error?.code).toBe('42501'); // insufficient_privilege
    expect(error?.message).toMatch(message);
    expect(await stack.db.query('SELECT seq, actor_id, hash FROM audit_records ORDER BY seq')).toEqual(before);
  });

  it('lets it do its work: read and add to the trail, read and change the other tables', async () => {
    await expect(app.query('SELECT count(*) FROM audit_records')).resolves.toBeDefined();
    await expect(app.query(`UPDATE organisations SET name = name WHERE false`)).resolves.toBeDefined();
    await expect(app.query(`DELETE FROM inbox_notices WHERE false`)).resolves.toBeDefined();
  });
});
