import { jest } from '@jest/globals';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import request from 'supertest';
import { gradingRoundStatusQuery } from '@cxzy/contracts';
import { as } from '../../support/auth.js';
import { bootApi, bootWorker } from '../../support/boot-apps.js';
import { eventually } from '../../support/eventually.js';
import {
  GRADING_COUNTY_BRANCHES,
  importGradingCounty,
  publishDefaultGradingPipelines,
  secretaryOf,
} from '../../support/grading-county.js';
import { idOf } from '../../support/registry.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { testConfig } from '../../support/test-config.js';
import { testTemporalAddress, uniqueTaskQueue } from '../../support/temporal.js';

jest.setTimeout(180_000);

interface RoundView {
  id: string;
  state: string;
  workflowId: string;
  definitionIds: Record<string, string>;
  progress: {
    branches: number;
    byState: Record<string, number>;
    bySector: { sectorCode: string; branches: number; byState: Record<string, number> }[];
  };
}

describe('grading round: deploy, acknowledge, self-assess (real Temporal and PostgreSQL)', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let unitId: string;
  let round: RoundView;
  let connection: Connection;
  let client: Client;
  // Last year's window (1 Nov two years ago – 31 Mar last year) is always past: the launch needs a reason.
  const year = new Date().getUTCFullYear() - 1;
  const ids = new Map<string, string>();
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase();
    // No quiet hours, so a reminder due in seconds goes out whatever the hour of the test run.
    const config = testConfig({
      DATABASE_URL: db.url,
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue('grading'),
      REMINDER_QUIET_HOURS: '',
      // Tiny pages, so 10 branches take several pages and the round continues as new twice.
      GRADING_FAN_OUT_BATCH: '3',
      GRADING_FAN_OUT_BATCHES_PER_RUN: '2',
    });
    api = await bootApi(config);
    worker = await bootWorker(config);
    await importGradingCounty(api);
    await publishDefaultGradingPipelines(api, ['village', 'urban-community']);
    const admin = await as(api, 'qs-admin');
    unitId = await idOf(admin, 'QS');
    for (const code of GRADING_COUNTY_BRANCHES) ids.set(code, await idOf(admin, code));
    connection = await Connection.connect({ address: testTemporalAddress() });
    client = new Client({ connection });
  });

  afterAll(async () => {
    await connection?.close();
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  const readRound = async () =>
    (await (await as(api, 'qs-admin')).get(`/grading-rounds/${round.id}`).expect(200)).body as RoundView;
  const branchUrl = (code: string, action: string) => `/grading-rounds/${round.id}/branches/${ids.get(code)}/${action}`;
  const acknowledge = async (code: string, key = `ack-${code}`) =>
    (await as(api, secretaryOf(code))).post(branchUrl(code, 'acknowledge')).send({ idempotencyKey: key });
  const branchState = async (code: string) =>
    (
      await db.query<{ state: string }>(
        'SELECT state FROM round_branches WHERE round_id = $1 AND organisation_id = $2',
        [round.id, ids.get(code)],
      )
    )[0]?.state;

  it('refuses a round outside the deploy window without a reason (422), before anything is written', async () => {
    // The 2020 window closed on 31 March 2020.
    const response = await (
      await as(api, 'qs-admin')
    )
      .post('/grading-rounds')
      .send({ gradingUnitId: unitId, year: 2020 });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('GRADING_DEPLOY_OUTSIDE_WINDOW');
    expect(await db.query('SELECT 1 FROM grading_rounds')).toEqual([]);
  });

  it('launches a round: every branch of both sectors is notified and enrolled, on its sector’s pinned definition', async () => {
    const response = await (await as(api, 'qs-admin')).post('/grading-rounds').send({
      gradingUnitId: unitId,
      year,
      overrideReason: '测试：在部署窗口外部署',
      acknowledgeBy: new Date(Date.now() + 15_000).toISOString(),
    });
    expect(response.status).toBe(201);
    round = response.body as RoundView;
    expect(round.workflowId).toBe(`grading-round/${unitId}/${year}`);
    expect(Object.keys(round.definitionIds).sort()).toEqual(['urban-community', 'village']);

    const enrolled = await eventually(
      async () => {
        const view = await readRound();
        return view.progress.branches === 10 && view.state === 'grade.collecting' ? view : undefined;
      },
      { what: '10 branches enrolled' },
    );
    expect(enrolled.progress.byState).toEqual({ 'deploy.notified': 10 });
    expect(enrolled.progress.bySector).toEqual([
      { sectorCode: 'urban-community', branches: 4, byState: { 'deploy.notified': 4 } },
      { sectorCode: 'village', branches: 6, byState: { 'deploy.notified': 6 } },
    ]);
    // Each secretary gets the deploy notice in the inbox.
    await eventually(
      async () => {
        const rows = await db.query<{ recipient: string }>(
          `SELECT recipient FROM inbox_notices WHERE title_zh_cn = $1 ORDER BY recipient`,
          [`【部署】${year}年度基层党组织晋位升级`],
        );
        return rows.length === 10 ? rows : undefined;
      },
      { what: '10 deploy notices' },
    );
    const [audit] = await db.query<{ reason: string }>(
      `SELECT reason FROM audit_records WHERE action = 'grading-round.launch'`,
    );
    expect(audit?.reason).toBe('测试：在部署窗口外部署');
  });

  it('fans out in pages, continuing as new, with search attributes an operator can query', async () => {
    // Pages of 3 branches, 2 pages per run: 10 branches take three runs of the round workflow.
    // After the fan-out the round waits for its 分类定级 actions; its query says the fan-out is done.
    const status = await eventually(
      async () => {
        const now = await client.workflow.getHandle(round.workflowId).query(gradingRoundStatusQuery);
        return now.fanOutDone ? now : undefined;
      },
      { what: 'the fan-out done' },
    );
    expect(status).toMatchObject({ branches: 10, fanOutDone: true, state: 'grade.collecting' });
    const runs = await eventually(
      async () => {
        const found = [];
        for await (const execution of client.workflow.list({ query: `WorkflowId = '${round.workflowId}'` })) {
          found.push(execution.runId);
        }
        return found.length === 3 ? found : undefined;
      },
      { what: 'three runs of the round workflow' },
    );
    expect(new Set(runs).size).toBe(3);
    const villages = await eventually(
      async () => {
        const found = [];
        for await (const execution of client.workflow.list({
          query: `GradingUnit = 'QS' AND RoundYear = ${year} AND SectorCode = 'village' AND WorkflowType = 'gradingBranchWorkflow' AND CurrentStep = 'deploy.notified'`,
        })) {
          // Other specs on this server grade 青山县 too: keep this round's branches.
          if (execution.workflowId.startsWith(`${round.workflowId}/branch/`)) found.push(execution.workflowId);
        }
        return found.length === 6 ? found : undefined;
      },
      { what: 'six village branch workflows by search attribute' },
    );
    expect(new Set(villages).size).toBe(6);
  });

  it('refuses a second launch for the same unit and year with 409 and starts nothing', async () => {
    const response = await (await as(api, 'qs-admin')).post('/grading-rounds').send({
      gradingUnitId: unitId,
      year,
      overrideReason: 'again',
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('GRADING_ROUND_EXISTS');
    expect(await db.query('SELECT id FROM grading_rounds')).toEqual([{ id: round.id }]);
  });

  it('a wrong-step Update is refused with 409 and changes nothing', async () => {
    const code = GRADING_COUNTY_BRANCHES[0]!;
    await eventually(async () => ((await branchState(code)) === 'deploy.notified' ? true : undefined));
    const response = await (
      await as(api, secretaryOf(code))
    )
      .post(branchUrl(code, 'self-assessment'))
      .send({ idempotencyKey: 'early', items: {} });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('GRADING_WRONG_STEP');
    expect(await branchState(code)).toBe('deploy.notified');
  });

  it('only the branch’s own secretary may act (403)', async () => {
    const [first, second] = GRADING_COUNTY_BRANCHES;
    const response = await (
      await as(api, secretaryOf(second!))
    )
      .post(branchUrl(first!, 'acknowledge'))
      .send({ idempotencyKey: 'wrong-person' });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('GRADING_ACTOR_NOT_BRANCH_SECRETARY');
    // Nothing in a body can name the actor any more: an `actor` field is an unknown field.
    const named = await (
      await as(api, secretaryOf(first!))
    )
      .post(branchUrl(first!, 'acknowledge'))
      .send({ actor: secretaryOf(first!), idempotencyKey: 'named-actor' });
    expect(named.status).toBe(400);
    expect(JSON.stringify(named.body)).toContain('actor');
    // No token, or a forged one: 401.
    expect((await http().post(branchUrl(first!, 'acknowledge')).send({ idempotencyKey: 'anon' })).status).toBe(401);
    const forged = await http()
      .post(branchUrl(first!, 'acknowledge'))
      .set('authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl')
      .send({ idempotencyKey: 'forged' });
    expect(forged.status).toBe(401);
    expect(await branchState(first!)).toBe('deploy.notified');
  });

  it('reminds a secretary who has not acknowledged, then every branch acknowledges (a repeat returns the first result)', async () => {
    const late = GRADING_COUNTY_BRANCHES.at(-1)!;
    await eventually(
      async () => {
        const rows = await db.query<{ title_zh_cn: string }>(
          `SELECT title_zh_cn FROM inbox_notices WHERE recipient = $1 AND title_zh_cn LIKE '【提醒】%'`,
          [secretaryOf(late)],
        );
        return rows.length > 0 ? rows : undefined;
      },
      { timeoutMs: 60_000, what: 'the acknowledgement reminder' },
    );
    for (const code of GRADING_COUNTY_BRANCHES) {
      const response = await acknowledge(code);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        organisationId: ids.get(code),
        action: 'acknowledgeNotice',
        from: 'deploy.notified',
        to: 'grade.self-assessing',
      });
    }
    const repeat = await acknowledge(GRADING_COUNTY_BRANCHES[0]!);
    expect(repeat.status).toBe(200);
    expect(repeat.body.to).toBe('grade.self-assessing');
    // The same action with a new key is a wrong step now.
    expect((await acknowledge(GRADING_COUNTY_BRANCHES[0]!, 'another-key')).status).toBe(409);
    expect(
      await db.query(`SELECT count(*)::int AS n FROM audit_records WHERE action = 'grading-branch.acknowledgeNotice'`),
    ).toEqual([{ n: 10 }]);
    expect(
      await db.query(
        `SELECT status, count(*)::int AS n FROM step_tasks WHERE step_key = 'deploy-acknowledge' GROUP BY status`,
      ),
    ).toEqual([{ status: 'completed', n: 10 }]);
  });

  it('checks self-assessment scores against the sheet (422 with paths), then accepts them', async () => {
    const definition = await (
      await as(api, 'qs-admin')
    )
      .get(`/pipeline-definitions/${round.definitionIds['village']}`)
      .expect(200);
    const items = definition.body.body.indicatorSheet.items as { key: string; weight: number }[];
    const full = Object.fromEntries(items.map((i) => [i.key, i.weight]));
    const code = GRADING_COUNTY_BRANCHES[0]!;

    const tooHigh = await (
      await as(api, secretaryOf(code))
    )
      .post(branchUrl(code, 'self-assessment'))
      .send({ idempotencyKey: 'bad', items: { ...full, [items[0]!.key]: 1000 } });
    expect(tooHigh.status).toBe(422);
    expect(tooHigh.body.code).toBe('GRADING_SCORE_OUT_OF_RANGE');
    expect(JSON.stringify(tooHigh.body)).toContain(items[0]!.key);
    expect(await branchState(code)).toBe('grade.self-assessing');

    // Evidence is referred to by id: another branch's upload is not this branch's evidence (422 per path).
    const other = GRADING_COUNTY_BRANCHES[1]!;
    const uploaded = await (
      await as(api, secretaryOf(other))
    )
      .post(branchUrl(other, 'evidence'))
      .field('itemKey', items[0]!.key)
      .attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), '会议记录.pdf')
      .expect(201);
    const borrowed = await (
      await as(api, secretaryOf(code))
    )
      .post(branchUrl(code, 'self-assessment'))
      .send({ idempotencyKey: 'borrowed', items: full, evidence: { [items[0]!.key]: [uploaded.body.id] } });
    expect(borrowed.status).toBe(422);
    expect(borrowed.body.code).toBe('EVIDENCE_UNKNOWN');
    expect(borrowed.body.errors).toEqual([expect.objectContaining({ field: `$.evidence.${items[0]!.key}[0]` })]);
    expect(await branchState(code)).toBe('grade.self-assessing');

    for (const branch of GRADING_COUNTY_BRANCHES.slice(0, 7)) {
      const response = await (
        await as(api, secretaryOf(branch))
      )
        .post(branchUrl(branch, 'self-assessment'))
        .send({ idempotencyKey: `self-${branch}`, items: full, note: '自评说明' });
      expect(response.status).toBe(200);
      expect(response.body.to).toBe('grade.awaiting-rating');
    }
    const [stored] = await db.query<{ self_assessment: { items: Record<string, number>; note: string } }>(
      'SELECT self_assessment FROM round_branches WHERE round_id = $1 AND organisation_id = $2',
      [round.id, ids.get(code)],
    );
    expect(stored?.self_assessment).toEqual({ items: full, note: '自评说明' });
  });

  it('takes the superior rating from a supervisor on the leading line only, in its step, with valid scores', async () => {
    const rate = async (code: string, actor: string, body: object, key = `rate-${code}`) =>
      (await as(api, actor)).post(branchUrl(code, 'superior-rating')).send({ idempotencyKey: key, ...body });
    const [first, second] = GRADING_COUNTY_BRANCHES;
    const notYet = GRADING_COUNTY_BRANCHES.at(-1)!;

    expect((await rate(first!, secretaryOf(first!), { overall: 80 })).status).toBe(403);
    const early = await rate(notYet, 't01-supervisor', { overall: 80 });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('GRADING_WRONG_STEP');
    expect(await branchState(notYet)).toBe('grade.self-assessing');
    const outOfRange = await rate(first!, 't01-supervisor', { overall: 101 });
    expect(outOfRange.status).toBe(422);
    expect(outOfRange.body.code).toBe('GRADING_SCORE_OUT_OF_RANGE');
    expect((await rate(first!, 't01-supervisor', {})).status).toBe(422);
    expect(await branchState(first!)).toBe('grade.awaiting-rating');

    const rated = await rate(first!, 't01-supervisor', { overall: 88.5, comment: '较好' });
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({
      action: 'submitSuperiorRating',
      from: 'grade.awaiting-rating',
      to: 'grade.rated',
    });
    expect((await rate(first!, 't01-supervisor', { overall: 88.5 })).body).toEqual(rated.body);
    expect((await rate(second!, 't01-supervisor', { overall: 70 })).status).toBe(200);
    const [stored] = await db.query<{ superior_rating: unknown }>(
      'SELECT superior_rating FROM round_branches WHERE round_id = $1 AND organisation_id = $2',
      [round.id, ids.get(first!)],
    );
    expect(stored?.superior_rating).toEqual({ overall: 88.5, comment: '较好' });
    const [audit] = await db.query<{ actor_id: string; actor_role: string }>(
      `SELECT actor_id, actor_role FROM audit_records WHERE action = 'grading-branch.submitSuperiorRating' LIMIT 1`,
    );
    expect(audit).toEqual({ actor_id: 't01-supervisor', actor_role: 'supervisor' });
  });

  it('lists what waits for a supervisor in their 待审批 (from the projection), and nothing for a secretary', async () => {
    interface PendingPage {
      items: { roundId: string; organisationCode: string; state: string }[];
      total: number;
    }
    const pendingOf = async (username: string) =>
      (await (await as(api, username)).get('/grading-approvals/pending?pageSize=50').expect(200)).body as PendingPage;
    // Seven branches self-assessed, two of them already rated: five wait for the township's supervisor.
    const queue = await pendingOf('t01-supervisor');
    expect(queue.total).toBe(5);
    expect(queue.items.map((item) => item.organisationCode).sort()).toEqual(
      GRADING_COUNTY_BRANCHES.slice(2, 7).slice().sort(),
    );
    expect(queue.items.every((item) => item.state === 'grade.awaiting-rating' && item.roundId === round.id)).toBe(true);
    expect(await pendingOf(secretaryOf(GRADING_COUNTY_BRANCHES[2]!))).toEqual({ items: [], total: 0 });
    expect((await (await as(api, 't01-supervisor')).get('/grading-approvals/pending?pageSize=500')).status).toBe(400);
  });

  it('shows the progress from the projection', async () => {
    const view = await readRound();
    expect(view.progress.byState).toEqual({
      'grade.rated': 2,
      'grade.awaiting-rating': 5,
      'grade.self-assessing': 3,
    });
    expect(view.progress.bySector).toEqual([
      {
        sectorCode: 'urban-community',
        branches: 4,
        byState: { 'grade.awaiting-rating': 1, 'grade.self-assessing': 3 },
      },
      { sectorCode: 'village', branches: 6, byState: { 'grade.awaiting-rating': 4, 'grade.rated': 2 } },
    ]);
    expect((await (await as(api, 'qs-admin')).get('/grading-rounds/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
    expect((await http().get(`/grading-rounds/${round.id}`)).status).toBe(401);
  });
});
