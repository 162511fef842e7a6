import { jest } from '@jest/globals';
import { startApiOnFreshDatabase, type ApiUnderTest } from '../../support/api-under-test.js';
import { createDraft, publish } from './pipeline-definition-requests.js';

jest.setTimeout(120_000);

type Row = { processKind: string; sectorCode: string; version: number; status: string };
const label = (r: Row) => `${r.processKind}/${r.sectorCode}/v${r.version}/${r.status}`;

describe('listing pipeline definitions: filters and pages', () => {
  let app: ApiUnderTest;

  beforeAll(async () => {
    app = await startApiOnFreshDatabase('pipeline-list');
    // grading-cycle: village v1 retired + v2 published; agency v1 published; university v1 draft.
    const village = await createDraft(app, 'grading-cycle', 'village');
    await publish(app, village.id);
    const next = (await app.http().post(`/pipeline-definitions/${village.id}/versions`).send({}).expect(201)).body;
    await publish(app, next.id);
    await publish(app, (await createDraft(app, 'grading-cycle', 'agency')).id);
    await createDraft(app, 'grading-cycle', 'university');
    // pledge: village v1 published, agency v1 draft.
    await publish(app, (await createDraft(app, 'pledge', 'village')).id);
    await createDraft(app, 'pledge', 'agency');
  });

  afterAll(async () => {
    await app?.close();
  });

  const list = async (query: string) => (await app.http().get(`/pipeline-definitions${query}`).expect(200)).body;

  it('lists everything by kind, sector, newest version first, without bodies', async () => {
    const page = await list('');
    expect(page).toMatchObject({ total: 6, page: 1, pageSize: 20 });
    expect(page.items.map(label)).toEqual([
      'grading-cycle/agency/v1/published',
      'grading-cycle/university/v1/draft',
      'grading-cycle/village/v2/published',
      'grading-cycle/village/v1/retired',
      'pledge/agency/v1/draft',
      'pledge/village/v1/published',
    ]);
    expect(page.items[0]).not.toHaveProperty('body');
    expect(page.items[3]).toMatchObject({ retiredBy: 'admin-02', publishedBy: 'admin-02', createdBy: 'admin-01' });
  });

  it('pages through the list', async () => {
    const first = await list('?pageSize=4');
    const second = await list('?pageSize=4&page=2');
    const beyond = await list('?pageSize=4&page=3');
    expect(first).toMatchObject({ total: 6, page: 1, pageSize: 4 });
    expect(first.items).toHaveLength(4);
    expect(second.items.map(label)).toEqual(['pledge/agency/v1/draft', 'pledge/village/v1/published']);
    expect(beyond).toMatchObject({ total: 6, items: [] });
  });

  it('filters by kind, sector and status, alone or together', async () => {
    expect((await list('?processKind=pledge')).items.map(label)).toEqual([
      'pledge/agency/v1/draft',
      'pledge/village/v1/published',
    ]);
    expect((await list('?sectorCode=village')).items.map(label)).toEqual([
      'grading-cycle/village/v2/published',
      'grading-cycle/village/v1/retired',
      'pledge/village/v1/published',
    ]);
    expect((await list('?status=draft')).items.map(label)).toEqual([
      'grading-cycle/university/v1/draft',
      'pledge/agency/v1/draft',
    ]);
    const combined = await list('?processKind=grading-cycle&sectorCode=village&status=retired');
    expect(combined).toMatchObject({ total: 1, items: [expect.objectContaining({ version: 1 })] });
    expect(await list('?sectorCode=window-service')).toMatchObject({ total: 0, items: [] });
  });

  it('refuses bad filters and page sizes with 400 naming the field', async () => {
    const tooBig = await app.http().get('/pipeline-definitions?pageSize=500').expect(400);
    expect(tooBig.body.field).toBe('pageSize');
    expect((await app.http().get('/pipeline-definitions?page=0').expect(400)).body.field).toBe('page');
    expect((await app.http().get('/pipeline-definitions?status=archived').expect(400)).body.field).toBe('status');
    expect((await app.http().get('/pipeline-definitions?sort=version').expect(400)).body.field).toBe('sort');
    await app.http().get('/pipeline-definitions/compare?from=abc&to=def').expect(400);
  });

  it('describes the pipeline-definition and calendar routes in OpenAPI', async () => {
    const spec = (await app.http().get('/openapi.json').expect(200)).body;
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/pipeline-definitions',
        '/pipeline-definitions/{id}',
        '/pipeline-definitions/{id}/publish',
        '/pipeline-definitions/{id}/retire',
        '/pipeline-definitions/{id}/versions',
        '/pipeline-definitions/compare',
        '/pipeline-definitions/current/{processKind}/{sectorCode}',
        '/pipeline-definitions/defaults/{processKind}/{sectorCode}',
        '/calendar/{year}',
      ]),
    );
  });
});
