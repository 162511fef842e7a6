import { jest } from '@jest/globals';
import { startApiOnFreshDatabase, type ApiUnderTest } from '../../support/api-under-test.js';
import { createDraft, defaultBodyOf, errorCodes, publish, type LooseBody } from './pipeline-definition-requests.js';

jest.setTimeout(120_000);

describe('publishing a pipeline definition: every problem in one 422, with its JSON path', () => {
  let app: ApiUnderTest;

  beforeAll(async () => {
    app = await startApiOnFreshDatabase('pipeline-publish');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('creates a draft from the default, shows practice defaults, and publishes it', async () => {
    const draft = await createDraft(app, 'grading-cycle', 'soe-finance');
    expect(draft).toMatchObject({
      processKind: 'grading-cycle',
      sectorCode: 'soe-finance',
      version: 1,
      status: 'draft',
      createdBy: 'admin-01',
      problems: [],
    });
    expect(draft.body.indicatorSheet.items[10].name.zhCN).toBe('提高管理水平、完成生产经营任务');
    expect(draft.practiceDefaults).toContainEqual({
      path: '$.appraisalWeights',
      rule: 'SPEC §6 rule 4',
      label: { zhCN: '默认值，可配置', en: 'Default, configurable' },
    });
    const { published, retired } = await publish(app, draft.id);
    expect(published).toMatchObject({ id: draft.id, status: 'published', publishedBy: 'admin-02' });
    expect(retired).toBeNull();
  });

  it('answers one 422 listing every problem of a badly broken grading cycle, and publishes nothing', async () => {
    const body = await defaultBodyOf(app, 'grading-cycle', 'village');
    const draft = await createDraft(app, 'grading-cycle', 'village', body);
    const broken: LooseBody = structuredClone(body);
    broken.indicatorSheet.items[3].weight = 4; // 工作思路's items now total 9 of 10
    broken.indicatorSheet.items[5].indicator = 'economy'; // not one of the seven
    broken.steps[0].actor.role = 'mayor';
    broken.steps[0].quorum = { kind: 'n-of-m', n: 0, m: 2 };
    broken.steps[1].escalation = [{ level: 'self', afterDays: 1 }]; // down from the superior
    broken.steps.splice(2, 0, {
      key: 'publicise-tiers',
      name: { zhCN: '公示', en: 'Publicity' },
      actor: { role: 'supervisor', level: 'grading-unit' },
      quorum: { kind: 'one' },
      deadline: { kind: 'working-days', days: 5 },
      reminders: [],
      escalation: [{ level: 'superior', afterDays: 1 }], // past the top: never ends
    });
    broken.steps[3].actor.level = 'province';
    broken.steps[4].quorum = { kind: 'n-of-m', n: 4, m: 3 };
    broken.steps[4].escalation = [
      { level: 2, afterDays: 1 },
      { level: 2, afterDays: 2 },
    ];
    broken.steps.push(structuredClone(body.steps[1])); // a second "grade"
    broken.tiers.advancedMaxPercent = 80;
    broken.tiers.laggingMinPercent = 30;
    broken.tiers.laggingBelowScore = 95;
    broken.appraisalWeights.superior = 60;
    const saved = await app.http().put(`/pipeline-definitions/${draft.id}`).send({ body: broken }).expect(200);
    expect(saved.body.problems.length).toBe(14);

    const refused = await app.http().post(`/pipeline-definitions/${draft.id}/publish`).send({}).expect(422);
    expect(refused.body.code).toBe('PIPELINE_DEFINITION_INVALID');
    expect(errorCodes(refused.body)).toEqual(
      [
        'INDICATOR_ITEMS_SUM_MISMATCH@$.indicatorSheet.indicators[1].weight',
        'INDICATOR_ITEMS_SUM_MISMATCH@$.indicatorSheet.indicators[2].weight',
        'ITEM_UNKNOWN_INDICATOR@$.indicatorSheet.items[5].indicator',
        'ROLE_UNKNOWN@$.steps[0].actor.role',
        'QUORUM_N_BELOW_ONE@$.steps[0].quorum.n',
        'ESCALATION_DOWNWARD@$.steps[1].escalation[0].level',
        'ESCALATION_NEVER_ENDS@$.steps[2].escalation[0].level',
        'LEVEL_UNKNOWN@$.steps[3].actor.level',
        'QUORUM_N_ABOVE_M@$.steps[4].quorum.n',
        'ESCALATION_LOOP@$.steps[4].escalation[1].level',
        'STEP_KEY_DUPLICATE@$.steps[5].key',
        'TIER_QUOTAS_INFEASIBLE@$.tiers',
        'TIER_THRESHOLDS_OUT_OF_ORDER@$.tiers.laggingBelowScore',
        'APPRAISAL_WEIGHTS_TOTAL_NOT_100@$.appraisalWeights',
      ].sort(),
    );
    const mismatch = refused.body.errors.find((e: { field: string }) => e.field.endsWith('indicators[1].weight'));
    expect(mismatch.messageZhCN).toBe('指标「工作思路」的细项合计 9 分，与该指标的 10 分不符');
    expect(refused.body.message).toMatch(/^流程定义有 14 处问题，未发布/);

    const english = await app
      .http()
      .post(`/pipeline-definitions/${draft.id}/publish`)
      .set('Accept-Language', 'en')
      .send({})
      .expect(422);
    expect(english.body.message).toMatch(/^the pipeline definition has 14 problem\(s\)/);

    const after = await app.http().get(`/pipeline-definitions/${draft.id}`).expect(200);
    expect(after.body.status).toBe('draft');
    await app.http().get('/pipeline-definitions/current/grading-cycle/village').expect(404);
  });

  it('refuses an empty step list and steps out of order', async () => {
    const empty = await createDraft(app, 'grading-cycle', 'urban-community');
    await app
      .http()
      .put(`/pipeline-definitions/${empty.id}`)
      .send({ body: { ...empty.body, steps: [] } })
      .expect(200);
    const emptyRefused = await app.http().post(`/pipeline-definitions/${empty.id}/publish`).send({}).expect(422);
    expect(errorCodes(emptyRefused.body)).toEqual([
      'STEPS_EMPTY@$.steps',
      ...Array(4).fill('STEP_REQUIRED_MISSING@$.steps'),
    ]);

    const pledge = await createDraft(app, 'pledge', 'agency');
    const reversed = { ...pledge.body, steps: [...pledge.body.steps].reverse() };
    await app.http().put(`/pipeline-definitions/${pledge.id}`).send({ body: reversed }).expect(200);
    const orderRefused = await app.http().post(`/pipeline-definitions/${pledge.id}/publish`).send({}).expect(422);
    expect(errorCodes(orderRefused.body)).toEqual([
      'STEP_ORDER_WRONG@$.steps[0].key',
      'STEP_ORDER_WRONG@$.steps[1].key',
      'STEP_ORDER_WRONG@$.steps[2].key',
      'STEP_ORDER_WRONG@$.steps[3].key',
      'STEP_ORDER_WRONG@$.steps[4].key',
    ]);
  });

  it('refuses a body written for another process kind, and a kind without a default but no body', async () => {
    const pledgeBody = await defaultBodyOf(app, 'pledge', 'village');
    const mismatch = await app
      .http()
      .post('/pipeline-definitions')
      .send({ processKind: 'grading-cycle', sectorCode: 'social-org', body: pledgeBody })
      .expect(422);
    expect(mismatch.body.code).toBe('PIPELINE_DEFINITION_KIND_MISMATCH');

    const noDefault = await app
      .http()
      .post('/pipeline-definitions')
      .send({ processKind: 'democratic-appraisal', sectorCode: 'village' })
      .expect(422);
    expect(noDefault.body.code).toBe('PIPELINE_DEFINITION_NO_DEFAULT');
    expect(noDefault.body.message).toContain('没有默认定义');
    await app.http().get('/pipeline-definitions/defaults/democratic-appraisal/village').expect(422);
  });

  it('accepts a new process kind as data, given a full body', async () => {
    const body: LooseBody = {
      ...(await defaultBodyOf(app, 'pledge', 'village')),
      processKind: 'democratic-appraisal',
      name: { zhCN: '民主评议党员', en: 'Democratic appraisal of members' },
    };
    const draft = await createDraft(app, 'democratic-appraisal', 'village', body);
    const { published } = await publish(app, draft.id);
    expect(published).toMatchObject({ processKind: 'democratic-appraisal', version: 1, status: 'published' });
  });

  it('refuses malformed requests with 400 naming the field', async () => {
    const badKind = await app
      .http()
      .post('/pipeline-definitions')
      .send({ processKind: 'Grading Cycle', sectorCode: 'village' })
      .expect(400);
    expect(badKind.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'processKind' });
    const notObject = await app
      .http()
      .post('/pipeline-definitions')
      .send({ processKind: 'pledge', sectorCode: 'village', body: [1, 2] })
      .expect(400);
    expect(notObject.body.field).toBe('body');
    await app.http().post('/pipeline-definitions/not-a-uuid/publish').send({}).expect(400);
    const unknown = await app
      .http()
      .post('/pipeline-definitions/00000000-0000-4000-8000-000000000000/publish')
      .send({})
      .expect(404);
    expect(unknown.body.code).toBe('PIPELINE_DEFINITION_NOT_FOUND');
  });
});
