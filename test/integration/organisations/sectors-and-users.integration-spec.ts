import { jest } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { as, type Http } from '../../support/auth.js';
import { bootstrapAdministrator, bootstrapSecurityAdministrator } from '../../support/bootstrap-registry.js';
import { bootApi } from '../../support/boot-apps.js';
import { demoCounty, upload } from '../../support/registry.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { testConfig } from '../../support/test-config.js';

jest.setTimeout(120_000);

const COUNTY = demoCounty(60);

describe('sectors and users over HTTP', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let admin: Http;
  /** The administrator of the county's grading units (bootstrapped as admin:create does: docs/security.md). */
  const http = () => admin;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await bootApi(testConfig({ DATABASE_URL: db.url }));
    admin = await bootstrapAdministrator(api, COUNTY.organisationsCsv);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('lists the eight seeded sectors in the documents’ order', async () => {
    const response = await http().get('/sectors').expect(200);
    expect(response.body.map((s: { code: string }) => s.code)).toEqual([
      'village',
      'urban-community',
      'agency',
      'soe-finance',
      'non-public-enterprise',
      'social-organisation',
      'university',
      'window-service',
    ]);
    expect(response.body[0]).toEqual({ code: 'village', nameZhCN: '行政村', nameEn: 'village', builtin: true });
  });

  it('adds a sector (201), refuses its code again (409) and a malformed one (400 naming the field)', async () => {
    const sector = { code: 'rural-cooperative', nameZhCN: '农民专业合作社', nameEn: 'rural cooperative' };
    expect((await http().post('/sectors').send(sector).expect(201)).body).toEqual({ ...sector, builtin: false });
    const duplicate = await http()
      .post('/sectors')
      .send({ ...sector, nameZhCN: '另一个' })
      .expect(409);
    expect(duplicate.body).toMatchObject({ code: 'SECTOR_EXISTS', field: 'code' });
    expect(
      (
        await http()
          .post('/sectors')
          .send({ ...sector, code: 'Bad Code' })
          .expect(400)
      ).body.field,
    ).toBe('code');
    expect(
      (await http().post('/sectors').send({ code: 'x-y' }).expect(400)).body.errors.map(
        (e: { field: string }) => e.field,
      ),
    ).toEqual(expect.arrayContaining(['nameZhCN', 'nameEn']));
    const listed = (await http().get('/sectors').expect(200)).body;
    expect(listed.at(-1)).toMatchObject({ code: 'rural-cooperative', builtin: false });

    const csv =
      'code,name,kind,sector_code,territorial_parent_code,is_grading_unit\nCOOP,合作社联合党委,committee,农民专业合作社,,true\n';
    // A new grading unit is bootstrapped as production does it (admin:create), then imported by its administrator.
    await upload(await bootstrapAdministrator(api, csv, 'coop-admin'), '/organisations/import', 'coop.csv', csv).expect(
      200,
    );
    expect(await db.query("SELECT sector_code FROM organisations WHERE code = 'COOP'")).toEqual([
      { sector_code: 'rural-cooperative' },
    ]);
  });

  it('saves users with roles idempotently and refuses a role where it cannot be held', async () => {
    await upload(admin, '/organisations/import', 'county.csv', COUNTY.organisationsCsv).expect(200);
    // Users and roles are the security administrator's work (三员分立, ADR 0023).
    const security = await bootstrapSecurityAdministrator(api);
    const qsAdmin = { displayName: '青山县委组织部管理员', roles: [{ role: 'administrator', organisationCode: 'QS' }] };
    const saved = await security.put('/users/qs-admin').send(qsAdmin).expect(200);
    expect(saved.body).toMatchObject({
      username: 'qs-admin',
      roles: [{ role: 'administrator', organisationCode: 'QS' }],
    });
    await security.put('/users/qs-admin').send(qsAdmin).expect(200);
    await security
      .put('/users/t01-supervisor')
      .send({ displayName: '东岭镇组织委员', roles: [{ role: 'supervisor', organisationCode: 'QS-T01' }] })
      .expect(200);

    const users = (await security.get('/users').expect(200)).body;
    // The bootstrap administrators hold roles in the county's units: listed too.
    expect(users.total).toBe(4);
    expect(users.items.map((u: { username: string }) => u.username)).toEqual([
      'bootstrap-admin',
      'bootstrap-admin-security',
      'qs-admin',
      't01-supervisor',
    ]);

    const wrongScope = await security
      .put('/users/someone')
      .send({ displayName: '某人', roles: [{ role: 'administrator', organisationCode: 'QS-T01' }] })
      .expect(422);
    expect(wrongScope.body).toMatchObject({ code: 'ROLE_SCOPE_INVALID', field: 'roles.0.role' });
    const unknownOrg = await security
      .put('/users/someone')
      .send({ displayName: '某人', roles: [{ role: 'member', organisationCode: 'NOPE' }] })
      .expect(422);
    expect(unknownOrg.body.field).toBe('roles.0.organisationCode');
    const badRole = await security
      .put('/users/someone')
      .send({ displayName: '某人', roles: [{ role: 'king', organisationCode: 'QS' }] })
      .expect(400);
    expect(badRole.body.field).toBe('roles.0.role');
    expect((await security.put('/users/Bad Name').send(qsAdmin).expect(400)).body.field).toBe('username');
    expect(await db.query("SELECT count(*)::int AS n FROM users WHERE username = 'someone'")).toEqual([{ n: 0 }]);
  });

  it('only a security administrator manages users; a user may set their own password, nobody else’s', async () => {
    const supervisor = await as(api, 't01-supervisor');
    const refused = await supervisor
      .put('/users/t01-supervisor')
      .send({ displayName: '自封管理员', roles: [{ role: 'administrator', organisationCode: 'QS' }] })
      .expect(403);
    expect(refused.body.code).toBe('ROLE_REQUIRED');
    await supervisor.get('/users').expect(403);
    await supervisor.put('/users/t01-supervisor/password').send({ password: 'a-long-passphrase-1' }).expect(204);
    await supervisor.put('/users/qs-admin/password').send({ password: 'a-long-passphrase-2' }).expect(403);
    await request(api.getHttpServer()).get('/users').expect(401);
    const roles = await db.query<{ role: string }>(
      "SELECT r.role FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.username = 't01-supervisor'",
    );
    expect(roles).toEqual([{ role: 'supervisor' }]);
  });
});
