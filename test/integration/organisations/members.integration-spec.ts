import { jest } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { administratorOfEveryUnit, userWith, type Http } from '../../support/auth.js';
import { bootstrapAdministrator } from '../../support/bootstrap-registry.js';
import { bootApi } from '../../support/boot-apps.js';
import { demoCounty, idOf, rowErrors, upload } from '../../support/registry.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { testConfig } from '../../support/test-config.js';

jest.setTimeout(120_000);

describe('members — import and list with personal data masked', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let admin: Http;
  const county = demoCounty(80);
  /** The registry's administrator (the first import is the registry's bootstrap: docs/security.md). */
  const http = () => admin;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await bootApi(testConfig({ DATABASE_URL: db.url }));
    admin = await bootstrapAdministrator(api, county.organisationsCsv);
    await upload(admin, '/organisations/import', 'county.csv', county.organisationsCsv).expect(200);
    // From here on, an administrator of every unit of the county: lists are scoped to the caller.
    admin = await administratorOfEveryUnit(api);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('imports every member once; a re-import changes nothing', async () => {
    const first = await upload(admin, '/members/import', 'members.csv', county.membersCsv).expect(200);
    expect(first.body).toMatchObject({ rows: county.members.length, created: county.members.length, updated: 0 });
    const again = await upload(admin, '/members/import', 'members.csv', county.membersCsv).expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: county.members.length });
    const stored = await db.query<{ category: string; n: number }>(
      'SELECT category, count(*)::int AS n FROM members GROUP BY category ORDER BY category',
    );
    expect(stored.map((r) => r.category)).toEqual(['elderly-infirm', 'mobile', 'no-fixed-post', 'regular']);
  });

  it('never returns a whole ID number or phone number in the list', async () => {
    const response = await http().get('/members').query({ pageSize: 200 }).expect(200);
    const text = JSON.stringify(response.body);
    for (const member of county.members) {
      expect(text).not.toContain(member.idNumber);
      if (member.phone) expect(text).not.toContain(member.phone);
    }
    const first = response.body.items[0];
    expect(first.idNumberMasked).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    expect(first).not.toHaveProperty('idNumber');
    expect(first).not.toHaveProperty('phone');
  });

  it('lists for a branch secretary only their own branch; a township supervisor their township; a neighbour never', async () => {
    const branch = county.highlights.villageBranch;
    const neighbour = county.organisations.find(
      (o) => o.kind === 'branch' && o.code !== branch && county.members.some((m) => m.organisationCode === o.code),
    )!.code;
    const secretary = await userWith(api, 'scope-secretary', [{ role: 'branch-secretary', organisationCode: branch }]);
    const mine = (await secretary.get('/members').query({ pageSize: 200 }).expect(200)).body;
    expect(mine.total).toBe(county.members.filter((m) => m.organisationCode === branch).length);
    expect(mine.items.every((m: { organisationCode: string }) => m.organisationCode === branch)).toBe(true);
    // Asking for the neighbouring branch by id returns nothing, not its members.
    const asked = await secretary
      .get('/members')
      .query({ organisationId: await idOf(admin, neighbour), pageSize: 200 })
      .expect(200);
    expect(asked.body).toMatchObject({ total: 0, items: [] });
    const orgs = (await secretary.get('/organisations').query({ pageSize: 200 }).expect(200)).body;
    expect(orgs.items.map((o: { code: string }) => o.code)).toEqual([branch]);
    const neighbourId = await idOf(admin, neighbour);
    expect((await secretary.get(`/organisations/${neighbourId}`).expect(403)).body.code).toBe('ROLE_REQUIRED');
    await secretary.get(`/organisations/${neighbourId}/lines`).expect(403);

    const supervisor = await userWith(api, 'scope-supervisor', [{ role: 'supervisor', organisationCode: 'QS-T01' }]);
    const township = (await supervisor.get('/organisations').query({ pageSize: 200 }).expect(200)).body;
    const codes = township.items.map((o: { code: string }) => o.code) as string[];
    expect(codes).toContain('QS-T01');
    expect(codes.every((c) => c === 'QS-T01' || c.startsWith('QS-T01-'))).toBe(true);
    expect(codes).not.toContain('QS');
    const nobody = await userWith(api, 'scope-nobody', []);
    expect((await nobody.get('/members').expect(200)).body.total).toBe(0);
  });

  it('filters by organisation, subtree and category', async () => {
    const branch = county.highlights.villageBranch;
    const own = await http()
      .get('/members')
      .query({ organisationId: await idOf(admin, branch), pageSize: 200 })
      .expect(200);
    expect(own.body.total).toBe(county.members.filter((m) => m.organisationCode === branch).length);

    const township = await http()
      .get('/members')
      .query({ subtreeOf: await idOf(admin, 'QS-T01'), pageSize: 200 })
      .expect(200);
    expect(township.body.total).toBe(county.members.filter((m) => m.organisationCode.startsWith('QS-T01-')).length);

    const mobile = await http().get('/members').query({ category: 'mobile', pageSize: 200 }).expect(200);
    expect(mobile.body.total).toBe(county.members.filter((m) => m.category === 'mobile').length);
    expect(
      mobile.body.items.every((m: { hostOrganisationCode: string | null }) => m.hostOrganisationCode !== null),
    ).toBe(true);

    expect((await http().get('/members').query({ category: 'retired' }).expect(400)).body.field).toBe('category');
  });

  it('refuses bad member rows all at once and writes nothing', async () => {
    const [good] = county.members;
    const csv = [
      'id_number,name,organisation_code,category,post,host_organisation_code,pledge_exempt,phone',
      `${good!.idNumber},${good!.name},QS-NOWHERE,regular,,,,`,
      '110105194912310021,王五,QS-T01-V01,no-fixed-post,,,,',
      `990000199001010011,赵六,QS-T01-V01,mobile,,QS-T01-V01,,`,
    ].join('\n');
    const before = await db.query('SELECT count(*)::int AS n FROM members');
    const response = await upload(admin, '/members/import', 'members.csv', csv).expect(422);
    expect(rowErrors(response.body)).toEqual([
      '2:organisation_code:IMPORT_UNKNOWN_ORGANISATION',
      '3:id_number:IMPORT_ID_NUMBER_INVALID',
      '4:id_number:IMPORT_ID_NUMBER_INVALID',
    ]);
    const rules = [
      'id_number,name,organisation_code,category,post,host_organisation_code,pledge_exempt,phone',
      `${county.members[1]!.idNumber},王五,QS-T01-V01,no-fixed-post,,,是,`,
      `${county.members[2]!.idNumber},赵六,QS-T01-V01,mobile,,QS-T01-V01,,`,
    ].join('\n');
    expect(rowErrors((await upload(admin, '/members/import', 'rules.csv', rules).expect(422)).body)).toEqual([
      '2:pledge_exempt:MEMBER_EXEMPTION_NOT_ALLOWED',
      '2:post:MEMBER_POST_REQUIRED',
      '3:host_organisation_code:MEMBER_HOST_IS_HOME',
    ]);
    expect(await db.query('SELECT count(*)::int AS n FROM members')).toEqual(before);
  });
});
