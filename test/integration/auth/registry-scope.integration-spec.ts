import { jest } from '@jest/globals';
import { type Http } from '../../support/auth.js';
import { bootstrapAdministrator, bootstrapSecurityAdministrator } from '../../support/bootstrap-registry.js';
import { upload } from '../../support/registry.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(120_000);

// 青州市委 owns the registry (no parent); 青山县委 and 青林县委 are grading units below it.
const ORGANISATIONS = `code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit
QZ,中共青州市委员会,committee,agency,,,1,,true
QS,中共青山县委员会,committee,agency,QZ,,1,,true
QS-V01,青山县长家庄党支部,branch,village,QS,,1,,
QL,中共青林县委员会,committee,agency,QZ,,1,,true
QL-V01,青林县上坡村党支部,branch,village,QL,,1,,
`;

/**
 * Registry-wide data (docs/security.md, ADR 0016): `GET /users` lists only the users holding a role
 * in the caller's grading units, with those roles; sectors, the calendar, pipeline definitions and
 * the notification dead letters are changed only by an administrator of a top-level grading unit
 * (403 REGISTRY_ADMINISTRATOR_REQUIRED, audited, nothing written) and read by any signed-in user.
 */
describe('registry-wide data is scoped to the administrator', () => {
  const stack = useTestStack('registry-scope', { worker: false });
  let bootstrap: Http;
  let qsAdmin: Http;
  let qzAdmin: Http;
  let qsSecretary: Http;

  const settings = async () => ({
    sectors: await stack.db.query('SELECT code, name_zh_cn FROM sectors ORDER BY code'),
    calendar: await stack.db.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date, kind FROM calendar_days ORDER BY date`),
    definitions: await stack.db.query('SELECT id, status FROM pipeline_definitions ORDER BY id'),
    audit: await stack.db.query(`SELECT count(*)::int AS n FROM audit_records WHERE action <> 'access.refused'`),
  });
  const refusals = async (username: string) =>
    stack.db.query<{ object_id: string; reason: string }>(
      `SELECT object_id, reason FROM audit_records WHERE action = 'access.refused' AND actor_id = $1 ORDER BY seq`,
      [username],
    );

  beforeAll(async () => {
    bootstrap = await bootstrapAdministrator(stack.api, ORGANISATIONS);
    await upload(bootstrap, '/organisations/import', 'orgs.csv', ORGANISATIONS).expect(200);
    const security = await bootstrapSecurityAdministrator(stack.api);
    for (const [username, roles] of [
      ['qz-admin', [{ role: 'administrator', organisationCode: 'QZ' }]],
      ['qs-admin', [{ role: 'administrator', organisationCode: 'QS' }]],
      ['ql-admin', [{ role: 'administrator', organisationCode: 'QL' }]],
      ['qs-secretary', [{ role: 'branch-secretary', organisationCode: 'QS-V01' }]],
      ['ql-secretary', [{ role: 'branch-secretary', organisationCode: 'QL-V01' }]],
      [
        'both-member',
        [
          { role: 'member', organisationCode: 'QS-V01' },
          { role: 'member', organisationCode: 'QL-V01' },
        ],
      ],
      ['nobody', []],
    ] as const)
      await security.put(`/users/${username}`).send({ displayName: username, roles }).expect(200);
    qsAdmin = await stack.as('qs-admin');
    qzAdmin = await stack.as('qz-admin');
    qsSecretary = await stack.as('qs-secretary');
  });

  it('lists to an administrator only the users holding a role in their grading unit, with those roles', async () => {
    const page = (await qsAdmin.get('/users?pageSize=100').expect(200)).body;
    expect(page.total).toBe(5);
    expect(
      page.items.map((u: { username: string; roles: { role: string; organisationCode: string }[] }) => [
        u.username,
        u.roles.map((r) => `${r.role}@${r.organisationCode}`),
      ]),
    ).toEqual([
      ['bootstrap-admin', ['administrator@QS']],
      ['bootstrap-admin-security', ['security-administrator@QS']],
      ['both-member', ['member@QS-V01']],
      ['qs-admin', ['administrator@QS']],
      ['qs-secretary', ['branch-secretary@QS-V01']],
    ]);
    // The city's administrator administers the city's own unit, not the counties' (they are units).
    const city = (await qzAdmin.get('/users?pageSize=100').expect(200)).body;
    expect(city.items.map((u: { username: string }) => u.username)).toEqual([
      'bootstrap-admin',
      'bootstrap-admin-security',
      'qz-admin',
    ]);
    // The bootstrap administrator of all three units sees everybody holding a role in them; a user
    // without roles is listed to nobody (ADR 0019: no registry-wide administrator).
    const all = (await bootstrap.get('/users?pageSize=100').expect(200)).body;
    expect(all.total).toBe(8);
    expect(all.items.map((u: { username: string }) => u.username)).not.toContain('nobody');
    expect(all.items.find((u: { username: string }) => u.username === 'both-member').roles).toHaveLength(2);
    expect((await qsSecretary.get('/users').expect(403)).body.code).toBe('ROLE_REQUIRED');
  });

  it('refuses registry-wide settings to a county administrator, audited, nothing written', async () => {
    const before = await settings();
    const sector = { code: 'rural-cooperative', nameZhCN: '农民专业合作社', nameEn: 'rural cooperative' };
    const refused = await qsAdmin.post('/sectors').send(sector).expect(403);
    expect(refused.body).toMatchObject({ code: 'REGISTRY_ADMINISTRATOR_REQUIRED' });
    expect(refused.body.messageZhCN).toContain('最上级组织实施单位');
    expect(refused.body.messageEn).toContain('top-level grading unit');
    await qsAdmin
      .put('/calendar/2031')
      .send({ holidays: [{ date: '2031-01-01', nameZhCN: '元旦' }], makeUpWorkdays: [] })
      .expect(403);
    await qsAdmin.post('/pipeline-definitions').send({}).expect(403);
    await qsAdmin.get('/notifications/dead-letters').expect(403);
    expect(await settings()).toEqual(before);
    expect((await refusals('qs-admin')).map((r) => r.object_id)).toEqual([
      'POST /sectors',
      'PUT /calendar/:year',
      'POST /pipeline-definitions',
    ]);
    expect((await refusals('qs-admin'))[0]!.reason).toContain('REGISTRY_ADMINISTRATOR_REQUIRED');
    // A branch secretary is no administrator at all.
    expect((await qsSecretary.post('/sectors').send(sector).expect(403)).body.code).toBe('ROLE_REQUIRED');
    expect(await settings()).toEqual(before);
  });

  it('lets the top-level administrator change them, and everybody signed in read them', async () => {
    const sector = { code: 'rural-cooperative', nameZhCN: '农民专业合作社', nameEn: 'rural cooperative' };
    await qzAdmin.post('/sectors').send(sector).expect(201);
    await qzAdmin
      .put('/calendar/2031')
      .send({ holidays: [{ date: '2031-01-01', nameZhCN: '元旦' }], makeUpWorkdays: [] })
      .expect(200);
    await qzAdmin.get('/notifications/dead-letters').expect(200);
    const sectors = (await qsSecretary.get('/sectors').expect(200)).body.map((s: { code: string }) => s.code);
    expect(sectors).toContain('rural-cooperative');
    expect((await qsSecretary.get('/calendar/2031').expect(200)).body.holidays).toEqual([
      { date: '2031-01-01', nameZhCN: '元旦' },
    ]);
    await qsAdmin.get('/pipeline-definitions').expect(200);
  });

  it('lets an administrator notify and set the preferences of their grading unit’s people only', async () => {
    const preferences = { email: 'zhibu@example.cn', emailEnabled: true, webhookTarget: null, webhookEnabled: false };
    const notice = (recipient: string) => ({
      recipient,
      title: { zhCN: '请按时提交自评', en: 'Please submit the self-assessment' },
      body: { zhCN: '截止本周五', en: 'Due Friday' },
      reference: `scope-${recipient}`,
    });
    const stored = () => stack.db.query('SELECT recipient, email FROM notification_preferences ORDER BY recipient');

    await qsAdmin.put('/notifications/preferences/qs-secretary').send(preferences).expect(200);
    await qsAdmin.get('/notifications/preferences/qs-secretary').expect(200);
    await qsAdmin.post('/notifications').send(notice('qs-secretary')).expect(202);
    // A member of both counties is someone of each county's.
    await qsAdmin.put('/notifications/preferences/both-member').send(preferences).expect(200);
    const before = await stored();
    expect(before).toEqual([
      { recipient: 'both-member', email: 'zhibu@example.cn' },
      { recipient: 'qs-secretary', email: 'zhibu@example.cn' },
    ]);

    // The neighbouring county's secretary, a user with no role anywhere, a member id of nobody: refused.
    for (const recipient of ['ql-secretary', 'nobody', 'member:00000000-0000-4000-8000-000000000009']) {
      const sent = await qsAdmin.post('/notifications').send(notice(recipient)).expect(403);
      expect(sent.body).toMatchObject({ code: 'OUTSIDE_GRADING_UNIT' });
      expect(sent.body.message).toContain(recipient);
      await qsAdmin.put(`/notifications/preferences/${recipient}`).send(preferences).expect(403);
      await qsAdmin.get(`/notifications/preferences/${recipient}`).expect(403);
    }
    expect(await stored()).toEqual(before);
    // The bootstrap administrator (of every unit here) reaches anyone of them; a person always their own.
    await bootstrap.put('/notifications/preferences/ql-secretary').send(preferences).expect(200);
    await (await stack.as('nobody')).get('/notifications/preferences/nobody').expect(200);
  });
});
