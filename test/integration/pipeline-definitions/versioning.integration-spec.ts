import { jest } from '@jest/globals';
import { ResolvePipelineDefinitionUseCase } from '@cxzy/application';
import { startApiOnFreshDatabase, type ApiUnderTest } from '../../support/api-under-test.js';
import { createDraft, publish, type LooseBody } from './pipeline-definition-requests.js';

jest.setTimeout(120_000);

describe('pipeline definitions are immutable once published, and versioned', () => {
  let app: ApiUnderTest;
  let v1: LooseBody;

  beforeAll(async () => {
    app = await startApiOnFreshDatabase('pipeline-versions');
    v1 = await createDraft(app, 'grading-cycle', 'village');
    await publish(app, v1.id);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses to edit, delete or re-publish a published definition (409), and changes nothing', async () => {
    const changed = { ...v1.body, publicityWorkingDays: 7 };
    const edit = await app.http().put(`/pipeline-definitions/${v1.id}`).send({ body: changed }).expect(409);
    expect(edit.body).toMatchObject({ code: 'PIPELINE_DEFINITION_NOT_DRAFT', field: 'id' });
    expect(edit.body.message).toContain('不能修改');
    await app.http().delete(`/pipeline-definitions/${v1.id}`).expect(409);
    await app.http().post(`/pipeline-definitions/${v1.id}/publish`).send({}).expect(409);
    const stored = await app.db.query<{ body: LooseBody }>('SELECT body FROM pipeline_definitions WHERE id = $1', [
      v1.id,
    ]);
    expect(stored[0]?.body.publicityWorkingDays).toBe(5);
  });

  it('has the database refuse a direct UPDATE or DELETE of a published row, but not of a draft', async () => {
    const direct = (sql: string) => app.db.query(sql, [v1.id]);
    await expect(direct(`UPDATE pipeline_definitions SET body = '{"x": 1}' WHERE id = $1`)).rejects.toMatchObject({
      code: 'CX409',
      message: expect.stringContaining('immutable'),
    });
    await expect(
      direct(`UPDATE pipeline_definitions SET body = jsonb_set(body, '{publicityWorkingDays}', '9') WHERE id = $1`),
    ).rejects.toMatchObject({ code: 'CX409' });
    await expect(
      direct(`UPDATE pipeline_definitions SET status = 'draft', published_at = NULL WHERE id = $1`),
    ).rejects.toMatchObject({ code: 'CX409' });
    await expect(direct(`UPDATE pipeline_definitions SET version = 7 WHERE id = $1`)).rejects.toMatchObject({
      code: 'CX409',
    });
    await expect(direct(`DELETE FROM pipeline_definitions WHERE id = $1`)).rejects.toMatchObject({ code: 'CX409' });

    const draft = await createDraft(app, 'pledge', 'village');
    await app.db.query(
      `UPDATE pipeline_definitions SET body = jsonb_set(body, '{publicityWorkingDays}', '6') WHERE id = $1`,
      [draft.id],
    );
    expect((await app.http().get(`/pipeline-definitions/${draft.id}`).expect(200)).body.body.publicityWorkingDays).toBe(
      6,
    );
    await app.http().delete(`/pipeline-definitions/${draft.id}`).expect(204);
    await app.http().get(`/pipeline-definitions/${draft.id}`).expect(404);
  });

  it('publishing v2 changes what is current, but not v1’s body nor the snapshot taken from v1', async () => {
    const resolve = app.api.get(ResolvePipelineDefinitionUseCase);
    const snapshotV1 = await resolve.execute({ processKind: 'grading-cycle', sectorCode: 'village' });
    expect(snapshotV1).toMatchObject({ definitionId: v1.id, version: 1 });
    expect(Object.isFrozen(snapshotV1.body.tiers)).toBe(true);
    expect(() => {
      (snapshotV1.body.tiers as { advancedMaxPercent: number }).advancedMaxPercent = 99;
    }).toThrow(TypeError);
    const snapshotV1Copy = JSON.parse(JSON.stringify(snapshotV1));

    const v2 = (await (await app.as('admin-03')).post(`/pipeline-definitions/${v1.id}/versions`).send({}).expect(201))
      .body;
    expect(v2).toMatchObject({ version: 2, status: 'draft', createdBy: 'admin-03', body: v1.body });
    const edited = structuredClone(v2.body);
    edited.tiers.advancedMaxPercent = 25;
    await app.http().put(`/pipeline-definitions/${v2.id}`).send({ body: edited }).expect(200);
    const { published, retired } = await publish(app, v2.id);
    expect(published).toMatchObject({ id: v2.id, version: 2, status: 'published' });
    expect(retired).toMatchObject({ id: v1.id, version: 1, status: 'retired', retiredBy: 'admin-02' });

    const current = await app.http().get('/pipeline-definitions/current/grading-cycle/village').expect(200);
    expect(current.body).toMatchObject({ id: v2.id, version: 2 });
    expect(current.body.body.tiers.advancedMaxPercent).toBe(25);
    expect((await resolve.execute({ processKind: 'grading-cycle', sectorCode: 'village' })).version).toBe(2);

    expect(JSON.parse(JSON.stringify(snapshotV1))).toEqual(snapshotV1Copy);
    const v1Again = await resolve.byId(v1.id);
    expect(JSON.parse(JSON.stringify(v1Again))).toEqual(snapshotV1Copy);
    expect(v1Again.body.tiers?.advancedMaxPercent).toBe(30);
    const v1Read = await app.http().get(`/pipeline-definitions/${v1.id}`).expect(200);
    expect(v1Read.body).toMatchObject({ status: 'retired', body: v1.body });

    const diff = await app.http().get(`/pipeline-definitions/compare?from=${v1.id}&to=${v2.id}`).expect(200);
    expect(diff.body).toEqual({
      from: expect.objectContaining({ id: v1.id, version: 1, status: 'retired' }),
      to: expect.objectContaining({ id: v2.id, version: 2, status: 'published' }),
      changes: [{ path: '$.tiers.advancedMaxPercent', change: 'changed', before: 30, after: 25 }],
    });
  });

  it('keeps one draft at a time per kind and sector, numbered after the latest version', async () => {
    const v3 = (await app.http().post(`/pipeline-definitions/${v1.id}/versions`).send({}).expect(201)).body;
    expect(v3).toMatchObject({ version: 3, status: 'draft', createdBy: 'administrator' });
    expect(v3.body.tiers.advancedMaxPercent).toBe(30); // copied from v1, not from the current v2
    const again = await app.http().post(`/pipeline-definitions/${v3.id}/versions`).send({}).expect(409);
    expect(again.body.code).toBe('PIPELINE_DEFINITION_IS_DRAFT');
    const second = await app
      .http()
      .post('/pipeline-definitions')
      .send({ processKind: 'grading-cycle', sectorCode: 'village' })
      .expect(409);
    expect(second.body.code).toBe('PIPELINE_DEFINITION_DRAFT_EXISTS');
    const resolve = app.api.get(ResolvePipelineDefinitionUseCase);
    await expect(resolve.byId(v3.id)).rejects.toMatchObject({ code: 'PIPELINE_DEFINITION_IS_DRAFT' });
    await app.http().delete(`/pipeline-definitions/${v3.id}`).expect(204);
  });

  it('lets only one of two simultaneous drafts in', async () => {
    const attempt = () =>
      app.http().post('/pipeline-definitions').send({ processKind: 'pledge', sectorCode: 'university' });
    const statuses = (await Promise.all([attempt(), attempt(), attempt()])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409]);
  });

  it('retires the current version: nothing is current, but the version still reads by id', async () => {
    const current = (await app.http().get('/pipeline-definitions/current/grading-cycle/village').expect(200)).body;
    const retired = await app.http().post(`/pipeline-definitions/${current.id}/retire`).send({}).expect(200);
    expect(retired.body).toMatchObject({ status: 'retired', retiredBy: 'administrator' });
    const none = await app.http().get('/pipeline-definitions/current/grading-cycle/village').expect(404);
    expect(none.body.code).toBe('PIPELINE_DEFINITION_NONE_PUBLISHED');
    const again = await app.http().post(`/pipeline-definitions/${current.id}/retire`).send({}).expect(409);
    expect(again.body.code).toBe('PIPELINE_DEFINITION_NOT_PUBLISHED');
    const resolve = app.api.get(ResolvePipelineDefinitionUseCase);
    expect((await resolve.byId(current.id)).version).toBe(2);
    await expect(resolve.execute({ processKind: 'grading-cycle', sectorCode: 'village' })).rejects.toMatchObject({
      code: 'PIPELINE_DEFINITION_NONE_PUBLISHED',
    });
    await app.http().get('/pipeline-definitions/current/Grading/village').expect(400);
  });
});
