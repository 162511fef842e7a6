import { jest } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { administratorOfEveryUnit, type Http } from '../../support/auth.js';
import { bootstrapAdministrator } from '../../support/bootstrap-registry.js';
import { bootApi } from '../../support/boot-apps.js';
import { demoCounty, idOf, upload } from '../../support/registry.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { testConfig } from '../../support/test-config.js';

jest.setTimeout(120_000);

interface Org {
  id: string;
  code: string;
  name: string;
  sectorCode: string;
  managementMode: number;
}

describe('GET /organisations — lists, filters and the two lines over HTTP', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let admin: Http;
  const county = demoCounty(200);
  /** The registry's administrator (the first import is the registry's bootstrap: docs/security.md). */
  const http = () => admin;
  const list = async (query: Record<string, string | number>) =>
    (await http().get('/organisations').query(query).expect(200)).body as {
      items: Org[];
      total: number;
      page: number;
      pageSize: number;
    };

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

  it('pages through every organisation once, in code order', async () => {
    const first = await list({ page: 1, pageSize: 70 });
    const rest = [await list({ page: 2, pageSize: 70 }), await list({ page: 3, pageSize: 70 })];
    expect([first.total, first.page, first.pageSize, first.items.length]).toEqual([200, 1, 70, 70]);
    const codes = [first, ...rest].flatMap((p) => p.items.map((o) => o.code));
    expect(codes).toHaveLength(200);
    expect(new Set(codes).size).toBe(200);
    expect(codes).toEqual([...codes].sort());
    expect((await list({ page: 4, pageSize: 70 })).items).toEqual([]);
    expect((await list({})).pageSize).toBe(20);
  });

  it('filters by sector, management mode and text', async () => {
    const villages = await list({ sector: 'village', pageSize: 200 });
    expect(villages.total).toBe(county.organisations.filter((o) => o.sectorCode === 'village').length);
    expect(villages.items.every((o) => o.sectorCode === 'village')).toBe(true);

    const mode3 = await list({ managementMode: 3 });
    expect(mode3.items.map((o) => o.code)).toEqual(['QS-TAX']);
    const mode2 = await list({ managementMode: 2 });
    expect(mode2.items.map((o) => o.code)).toEqual(['QS-MET']);

    const tax = await list({ q: '税务局' });
    expect(tax.items.map((o) => o.code)).toEqual(['QL-TAX', 'QS-TAX', 'QS-TAX-B01', 'QS-TAX-B02']);
    expect((await list({ q: '100%_' })).total).toBe(0);
  });

  it('filters a territorial subtree: the township and everything under it, nothing else', async () => {
    const township = await idOf(admin, 'QS-T01');
    const subtree = await list({ subtreeOf: township, pageSize: 200 });
    const expected = county.organisations
      .filter((o) => o.code === 'QS-T01' || o.code.startsWith('QS-T01-'))
      .map((o) => o.code);
    expect(subtree.items.map((o) => o.code).sort()).toEqual(expected.sort());
    const villagesOfTownship = await list({ subtreeOf: township, sector: 'village', pageSize: 200 });
    expect(villagesOfTownship.items.every((o) => o.code.startsWith('QS-T01-') && o.sectorCode === 'village')).toBe(
      true,
    );
    // The whole county (the tax bureau sits in it territorially, though led up the tax system).
    expect((await list({ subtreeOf: await idOf(admin, 'QS'), q: 'QS-TAX' })).total).toBe(3);
  });

  it('answers 400 naming the field for bad query parameters, 404 for an unknown subtree root', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ pageSize: '0' }, 'pageSize'],
      [{ pageSize: '201' }, 'pageSize'],
      [{ page: 'first' }, 'page'],
      [{ managementMode: '4' }, 'managementMode'],
      [{ subtreeOf: 'QS-T01' }, 'subtreeOf'],
      [{ sector: 'Village!' }, 'sector'],
      [{ colour: 'red' }, 'colour'],
    ];
    for (const [query, field] of cases) {
      const response = await http().get('/organisations').query(query).expect(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', field });
      expect(response.body.messageZhCN).toContain(field);
    }
    const unknown = await http()
      .get('/organisations')
      .query({ subtreeOf: '00000000-0000-4000-8000-000000000000' })
      .expect(404);
    expect(unknown.body).toMatchObject({ code: 'ORGANISATION_NOT_FOUND', field: 'subtreeOf' });
  });

  it('shows one organisation with its references, 404 when unknown, 400 naming `id` when malformed', async () => {
    const id = await idOf(admin, 'QS-TAX');
    const response = await http().get(`/organisations/${id}`).expect(200);
    expect(response.body).toMatchObject({
      code: 'QS-TAX',
      managementMode: 3,
      territorialParentCode: 'QS',
      verticalDepartmentCode: 'QL-TAX',
      gradingUnitCode: 'QL-TAX',
      isGradingUnit: false,
    });
    expect(response.body).not.toHaveProperty('path');
    await http().get('/organisations/00000000-0000-4000-8000-000000000000').expect(404);
    expect((await http().get('/organisations/QS-TAX').expect(400)).body.field).toBe('id');
  });

  it('documents the endpoints in OpenAPI, the imports as multipart uploads', async () => {
    const spec = (await http().get('/openapi.json').expect(200)).body;
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/organisations',
        '/organisations/import',
        '/organisations/{id}',
        '/organisations/{id}/lines',
        '/members',
        '/members/import',
        '/sectors',
        '/users',
        '/users/{username}',
      ]),
    );
    expect(spec.paths['/organisations/import'].post.requestBody.content).toHaveProperty('multipart/form-data');
    expect(spec.paths['/members/import'].post.requestBody.content).toHaveProperty('multipart/form-data');
  });

  describe('GET /organisations/:id/lines — 领导线 and 抄送线', () => {
    const lines = async (code: string) => {
      const body = (
        await http()
          .get(`/organisations/${await idOf(admin, code)}/lines`)
          .expect(200)
      ).body;
      return {
        mode: body.organisation.managementMode,
        leading: body.leadingLine.map((o: Org) => o.code),
        copy: body.copyLine.map((o: Org) => o.code),
      };
    };

    it('mode 1: a village branch is led by its township and the county', async () => {
      expect(await lines('QS-T01-V01')).toEqual({ mode: 1, leading: ['QS-T01', 'QS'], copy: [] });
      expect(await lines('QS-T01-WSY')).toEqual({ mode: 1, leading: ['QS-T01', 'QS'], copy: ['QS-WJ'] });
    });

    it('mode 2: the weather station is led locally; the city bureau is copied', async () => {
      expect(await lines('QS-MET')).toEqual({ mode: 2, leading: ['QS-JG', 'QS'], copy: ['QL-MET'] });
    });

    it('mode 3: the tax bureau is led up the tax system; the county committee is copied', async () => {
      expect(await lines('QS-TAX')).toEqual({ mode: 3, leading: ['QL-TAX'], copy: ['QS'] });
      expect(await lines('QS-TAX-B01')).toEqual({ mode: 1, leading: ['QS-TAX', 'QL-TAX'], copy: ['QS'] });
    });

    it('a grading unit has no lines; an unknown organisation is 404', async () => {
      expect(await lines('QS')).toEqual({ mode: 1, leading: [], copy: [] });
      const missing = await http().get('/organisations/00000000-0000-4000-8000-000000000000/lines').expect(404);
      expect(missing.body.code).toBe('ORGANISATION_NOT_FOUND');
    });
  });
});
