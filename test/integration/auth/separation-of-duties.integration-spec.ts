import { jest } from '@jest/globals';
import { type Http } from '../../support/auth.js';
import { bootstrapAdministrator, bootstrapSecurityAdministrator } from '../../support/bootstrap-registry.js';
import { upload } from '../../support/registry.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(120_000);

const ORGANISATIONS = `code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit
QS,中共青山县委员会,committee,agency,,,1,,true
QS-V01,青山县长家庄党支部,branch,village,QS,,1,,
QL,中共青林县委员会,committee,agency,,,1,,true
`;
const HEADER = ORGANISATIONS.split('\n')[0]!;
const PASSWORD = 'separate-duties-password-1';

/**
 * 三员分立 (等保 2.0 level 3, ADR 0023, docs/security.md): the system administrator (registry),
 * the security administrator (users, roles, passwords) and the audit administrator (the trail) each
 * do their own work and are refused (403) the others'; no user holds two of the three duties — a
 * grant that would combine them is 422 naming `roles`, nothing changes, and the refusal is in the
 * unit's audit trail like the grants are.
 */
describe('三员分立: system, security and audit administrators kept apart', () => {
  const stack = useTestStack('separation-of-duties', { worker: false, env: () => ({ PASSWORD_HASH_COST: '4' }) });
  let admin: Http;
  let security: Http;
  let auditor: Http;
  let qsId: string;

  const rolesOf = async (username: string) =>
    (
      await stack.db.query<{ grant: string }>(
        `SELECT r.role || '@' || o.code AS grant FROM user_roles r JOIN users u ON u.id = r.user_id
         JOIN organisations o ON o.id = r.organisation_id WHERE u.username = $1 ORDER BY 1`,
        [username],
      )
    ).map((r) => r.grant);
  const state = async () => ({
    roles: await stack.db.query(`SELECT user_id, role, organisation_id FROM user_roles ORDER BY 1, 2, 3`),
    users: await stack.db.query(`SELECT username, display_name FROM users ORDER BY username`),
    credentials: await stack.db.query(`SELECT user_id, password_hash FROM user_credentials ORDER BY user_id`),
    organisations: await stack.db.query(`SELECT code, name FROM organisations ORDER BY code`),
  });
  const refusedBy = (username: string) =>
    stack.db.query<{ object_id: string; reason: string }>(
      `SELECT object_id, reason FROM audit_records WHERE action = 'access.refused' AND actor_id = $1 ORDER BY seq`,
      [username],
    );

  beforeAll(async () => {
    const bootstrap = await bootstrapAdministrator(stack.api, ORGANISATIONS);
    await upload(bootstrap, '/organisations/import', 'orgs.csv', ORGANISATIONS).expect(200);
    const bootstrapSecurity = await bootstrapSecurityAdministrator(stack.api);
    for (const [username, role, organisationCode] of [
      ['qs-admin', 'administrator', 'QS'],
      ['qs-security', 'security-administrator', 'QS'],
      ['qs-auditor', 'audit-administrator', 'QS'],
      ['v01-secretary', 'branch-secretary', 'QS-V01'],
    ])
      await bootstrapSecurity
        .put(`/users/${username}`)
        .send({ displayName: username, roles: [{ role, organisationCode }] })
        .expect(200);
    admin = await stack.as('qs-admin');
    security = await stack.as('qs-security');
    auditor = await stack.as('qs-auditor');
    qsId = (await stack.db.query<{ id: string }>(`SELECT id FROM organisations WHERE code = 'QS'`))[0]!.id;
  });

  it('each administrator does their own work', async () => {
    // 系统管理员: the registry of their unit.
    await upload(
      admin,
      '/organisations/import',
      'orgs.csv',
      `${HEADER}\nQS-V02,青山县新村党支部,branch,village,QS,,1,,`,
    ).expect(200);
    // 安全管理员: users, their roles and passwords; the user list.
    await security
      .put('/users/new-member')
      .send({ displayName: '新党员', roles: [{ role: 'member', organisationCode: 'QS-V02' }] })
      .expect(200);
    await security.put('/users/v01-secretary/password').send({ password: PASSWORD }).expect(204);
    expect(
      (await security.get('/users?pageSize=100').expect(200)).body.items.map((u: { username: string }) => u.username),
    ).toContain('new-member');
    // 审计管理员: reads, exports and verifies the unit's trail — which shows the others' work.
    const records = (await auditor.get('/audit-records').query({ pageSize: 100 }).expect(200)).body.items as {
      action: string;
      actorId: string;
      actorRole: string;
      objectId: string;
    }[];
    expect(records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'user.save',
          actorId: 'qs-security',
          actorRole: 'security-administrator',
          objectId: 'new-member',
        }),
        expect.objectContaining({ action: 'auth.set-password', actorId: 'qs-security', objectId: 'v01-secretary' }),
      ]),
    );
    expect((await auditor.get('/audit-records/export.csv').expect(200)).text).toContain('new-member');
    expect((await auditor.get('/audit-records/verify').expect(200)).body).toMatchObject({ firstBroken: null });
  });

  it('each is refused the others’ work (403), nothing changes, and the refused commands are audited', async () => {
    const before = await state();
    const newUser = { displayName: '某人', roles: [{ role: 'member', organisationCode: 'QS-V01' }] };
    const orgs = `${HEADER}\nQS-V03,青山县另一村党支部,branch,village,QS,,1,,`;
    // The system administrator: no users, roles or passwords, no trail.
    expect((await admin.put('/users/someone').send(newUser).expect(403)).body.code).toBe('ROLE_REQUIRED');
    await admin.put('/users/v01-secretary/password').send({ password: PASSWORD }).expect(403);
    await admin.get('/audit-records').expect(403);
    await admin.get('/audit-records/export.csv').expect(403);
    await admin.get('/audit-records/verify').expect(403);
    // The security administrator: no registry work, no trail.
    await upload(security, '/organisations/import', 'orgs.csv', orgs).expect(403);
    await security.get('/audit-records').expect(403);
    await security.get('/audit-records/verify').expect(403);
    // The audit administrator: reads the trail and nothing else.
    await auditor.put('/users/someone').send(newUser).expect(403);
    await auditor.put('/users/v01-secretary/password').send({ password: PASSWORD }).expect(403);
    await upload(auditor, '/organisations/import', 'orgs.csv', orgs).expect(403);
    await auditor.get('/users').expect(403);
    expect(await state()).toEqual(before);
    expect((await refusedBy('qs-admin')).map((r) => r.object_id)).toEqual([
      'PUT /users/:username',
      'PUT /users/:username/password',
    ]);
    expect((await refusedBy('qs-auditor')).map((r) => r.object_id)).toEqual([
      'PUT /users/:username',
      'PUT /users/:username/password',
      'POST /organisations/import',
    ]);
    expect((await refusedBy('qs-security')).map((r) => r.object_id)).toEqual(['POST /organisations/import']);
  });

  it('refuses a second administrator duty for one person (422 naming roles), audited in the unit', async () => {
    const before = await state();
    const refused = await security
      .put('/users/qs-admin')
      .send({
        displayName: 'qs-admin',
        roles: [
          { role: 'administrator', organisationCode: 'QS' },
          { role: 'audit-administrator', organisationCode: 'QS' },
        ],
      })
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'ADMINISTRATOR_DUTIES_COMBINED', field: 'roles' });
    expect(refused.body.messageZhCN).toContain('三员分立');
    expect(refused.body.messageEn).toContain('separation of duties');
    // Swapping the duty for another is no way round it either.
    await security
      .put('/users/qs-auditor')
      .send({
        displayName: 'qs-auditor',
        roles: [
          { role: 'audit-administrator', organisationCode: 'QS' },
          { role: 'security-administrator', organisationCode: 'QS' },
        ],
      })
      .expect(422);
    expect(await state()).toEqual(before);
    expect(await rolesOf('qs-admin')).toEqual(['administrator@QS']);

    // The refusal is in the trail, in the unit, for its audit administrator to read — after the grant
    // that made qs-admin the system administrator (newest first).
    const trail = (await auditor.get('/audit-records').query({ objectType: 'user', objectId: 'qs-admin' }).expect(200))
      .body.items;
    expect(trail).toEqual([
      expect.objectContaining({
        action: 'user.save',
        actorId: 'qs-security',
        actorRole: 'security-administrator',
        actorOrg: qsId,
        result: 'refused',
        reason: expect.stringContaining('ADMINISTRATOR_DUTIES_COMBINED'),
        before: { displayName: 'qs-admin', roles: [{ role: 'administrator', organisationCode: 'QS' }] },
      }),
      expect.objectContaining({
        action: 'user.save',
        actorId: 'bootstrap-admin-security',
        actorRole: 'security-administrator',
        actorOrg: qsId,
        result: 'success',
        before: null,
        after: { displayName: 'qs-admin', roles: [{ role: 'administrator', organisationCode: 'QS' }] },
      }),
    ]);
  });

  it('refuses the duties combined across grading units too, and in the database itself', async () => {
    const bothUnits = await bootstrapSecurityAdministrator(stack.api);
    const refused = await bothUnits
      .put('/users/two-hats')
      .send({
        displayName: 'two-hats',
        roles: [
          { role: 'administrator', organisationCode: 'QS' },
          { role: 'security-administrator', organisationCode: 'QL' },
        ],
      })
      .expect(422);
    expect(refused.body.code).toBe('ADMINISTRATOR_DUTIES_COMBINED');
    expect(await stack.db.query(`SELECT 1 FROM users WHERE username = 'two-hats'`)).toEqual([]);
    // A writer going round the API (a script, a hand-made SQL) is stopped by the trigger.
    await expect(
      stack.db.query(
        `INSERT INTO user_roles (user_id, role, organisation_id)
         SELECT id, 'audit-administrator', $1 FROM users WHERE username = 'qs-admin'`,
        [qsId],
      ),
    ).rejects.toThrow(/separation of duties/);
    expect(await rolesOf('qs-admin')).toEqual(['administrator@QS']);
  });

  it('a security administrator never changes their own account; their own password they may', async () => {
    const before = await state();
    const self = await security
      .put('/users/qs-security')
      .send({
        displayName: 'qs-security',
        roles: [
          { role: 'security-administrator', organisationCode: 'QS' },
          { role: 'supervisor', organisationCode: 'QS' },
        ],
      })
      .expect(403);
    expect(self.body).toMatchObject({ code: 'OWN_ACCOUNT_ROLES', field: 'username' });
    expect(await state()).toEqual(before);
    expect((await refusedBy('qs-security')).at(-1)?.reason).toContain('OWN_ACCOUNT_ROLES');
    await security.put('/users/qs-security/password').send({ password: PASSWORD }).expect(204);
  });
});
