import { spawnSync } from 'node:child_process';
import { jest } from '@jest/globals';
import { CreateFirstAdministratorUseCase } from '@cxzy/application';
import { withToken } from '../../support/auth.js';
import { upload } from '../../support/registry.js';
import { testTemporalAddress } from '../../support/temporal.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(180_000);

const PASSWORD = '首次管理员-correct-horse-9';
const ORGANISATIONS = `code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit
QS,中共青山县委员会,committee,agency,,,1,,true
QS-T01,中共青山县东岭镇委员会,committee,agency,QS,,1,,
QS-T01-V01,东岭镇长家庄党支部,branch,village,QS-T01,,1,,
`;

/**
 * `npm run admin:create` (docs/security.md, "Bootstrap"): on an empty registry the command creates
 * the grading unit and its first administrator, who logs in and imports the registry; it refuses an
 * existing user, a short password, an organisation that is no grading unit — each changing nothing.
 */
describe('the first administrator: npm run admin:create', () => {
  const stack = useTestStack('admin-create', {
    worker: false,
    env: () => ({ PASSWORD_HASH_COST: '4', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }),
  });
  const run = (args: string[], password: string) =>
    spawnSync(
      process.execPath,
      [
        '--enable-source-maps',
        '--import',
        './scripts/devkit/ts-runtime/register.mjs',
        'apps/api/src/admin-create.main.ts',
        ...args,
      ],
      {
        input: `${password}\n`,
        encoding: 'utf8',
        env: {
          PATH: process.env['PATH'] ?? '',
          HOME: process.env['HOME'] ?? '',
          NODE_ENV: 'test',
          LOG_LEVEL: 'warn',
          DATABASE_URL: stack.db.url,
          AUDIT_MAC_KEY: stack.config.AUDIT_MAC_KEY ?? '',
          TEMPORAL_ADDRESS: testTemporalAddress(),
          PASSWORD_HASH_COST: '4',
        },
        timeout: 120_000,
      },
    );
  const state = async () => ({
    users: await stack.db.query('SELECT username FROM users ORDER BY username'),
    credentials: await stack.db.query('SELECT user_id, password_hash FROM user_credentials ORDER BY user_id'),
    organisations: await stack.db.query('SELECT code FROM organisations ORDER BY code'),
    audit: (await stack.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_records'))[0]?.n,
  });

  it('creates the unit and its administrator, who logs in and imports; a second run refuses', async () => {
    const created = run(['--username', 'qs-first-admin', '--unit', 'QS', '--unit-name', '中共青山县委员会'], PASSWORD);
    if (created.status !== 0) throw new Error(`admin:create failed (${created.status}): ${created.stderr}`);
    expect(created.stdout).toContain('qs-first-admin');
    // The password never appears on the command line or in the output.
    expect(created.stdout).not.toContain(PASSWORD);

    const login = await stack.http().post('/auth/login').send({ username: 'qs-first-admin', password: PASSWORD });
    expect(login.status).toBe(200);
    const admin = withToken(stack.api, login.body.accessToken as string);
    expect((await admin.get('/auth/me').expect(200)).body).toMatchObject({
      username: 'qs-first-admin',
      roles: [{ role: 'administrator' }],
    });
    await upload(admin, '/organisations/import', 'orgs.csv', ORGANISATIONS).expect(200);
    const audited = await stack.db.query<{ actor_id: string; actor_role: string; after: Record<string, unknown> }>(
      `SELECT actor_id, actor_role, after FROM audit_records WHERE action = 'user.bootstrap-administrator'`,
    );
    expect(audited).toEqual([
      {
        actor_id: 'admin:create',
        actor_role: 'system',
        after: expect.objectContaining({ username: 'qs-first-admin', unitCode: 'QS', unitCreated: true }),
      },
    ]);

    // Run again for the same user (say, to take over the account with a new password): refused.
    const before = await state();
    const again = run(['--username', 'qs-first-admin', '--unit', 'QS'], 'another-password-0000');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists already');
    expect(await state()).toEqual(before);
  });

  it('makes the unit’s security administrator with --role (三员分立), who saves users; an unknown role is refused', async () => {
    const created = run(
      ['--username', 'qs-first-security', '--unit', 'QS', '--role', 'security-administrator'],
      PASSWORD,
    );
    if (created.status !== 0) throw new Error(`admin:create failed (${created.status}): ${created.stderr}`);
    const login = await stack.http().post('/auth/login').send({ username: 'qs-first-security', password: PASSWORD });
    expect(login.status).toBe(200);
    const security = withToken(stack.api, login.body.accessToken as string);
    expect((await security.get('/auth/me').expect(200)).body.roles).toEqual([
      expect.objectContaining({ role: 'security-administrator' }),
    ]);
    await security
      .put('/users/qs-first-auditor')
      .send({ displayName: '审计管理员', roles: [{ role: 'audit-administrator', organisationCode: 'QS' }] })
      .expect(200);
    const audited = await stack.db.query<{ after: Record<string, unknown> }>(
      `SELECT after FROM audit_records WHERE action = 'user.bootstrap-administrator' AND object_id = 'qs-first-security'`,
    );
    expect(audited).toEqual([{ after: expect.objectContaining({ role: 'security-administrator', unitCode: 'QS' }) }]);

    const before = await state();
    const unknown = run(['--username', 'qs-king', '--unit', 'QS', '--role', 'king'], PASSWORD);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('usage');
    expect(await state()).toEqual(before);
  });

  it('refuses a weak password, a unit that is no grading unit, an unknown unit without a name: nothing changes', async () => {
    const create = stack.api.get(CreateFirstAdministratorUseCase);
    const before = await state();
    const attempt = (over: Record<string, string>) =>
      create
        .execute({
          username: 'second-admin',
          displayName: '第二管理员',
          unitCode: 'QS',
          password: PASSWORD,
          operator: 'test',
          ...over,
        })
        .then(
          () => 'created',
          (error: { code?: string }) => error.code,
        );
    expect(await attempt({ password: 'short' })).toBe('PASSWORD_TOO_SHORT');
    // The password policy of `PUT /users/:username/password` (issue #22) applies here too.
    expect(await attempt({ password: ' '.repeat(12) })).toBe('PASSWORD_BLANK');
    expect(await attempt({ password: '123456789012' })).toBe('PASSWORD_TOO_SIMPLE');
    expect(await attempt({ password: 'Second-Admin-77x' })).toBe('PASSWORD_CONTAINS_USERNAME');
    expect(await attempt({ password: 'Admin@123456' })).toBe('PASSWORD_TOO_COMMON');
    expect(await attempt({ unitCode: 'QS-T01' })).toBe('NOT_A_GRADING_UNIT');
    expect(await attempt({ unitCode: 'QL' })).toBe('UNIT_NAME_REQUIRED');
    expect(await attempt({ username: 'Robert"); DROP TABLE users;--' })).toBe('USERNAME_INVALID');
    expect(await state()).toEqual(before);
    // The CLI without the required options prints its usage and changes nothing.
    const usage = run(['--unit', 'QS'], PASSWORD);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage');
    expect(await state()).toEqual(before);
  });
});
