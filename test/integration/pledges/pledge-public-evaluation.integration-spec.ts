import { jest } from '@jest/globals';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { accessTokenFor, withToken } from '../../support/auth.js';
import { bootApi, bootWorker } from '../../support/boot-apps.js';
import { eventually } from '../../support/eventually.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { testConfig } from '../../support/test-config.js';
import { uniqueTaskQueue } from '../../support/temporal.js';
import { PLEDGE_YEAR, buildPledgeWorld, type PledgeWorld } from './pledge-fixture.js';

jest.setTimeout(180_000);

describe('群众评议: signed, expiring, single-use links', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let world: PledgeWorld;
  let n = 0;
  let secretaryToken = '';
  /** As the branch's secretary; the public's rating goes without any token (`anyone`). */
  const http = () => withToken(api, secretaryToken);
  const anyone = () => request(api.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig({
      DATABASE_URL: db.url,
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue('pledge-public'),
      PUBLIC_LINK_SECRET: 'integration-test-secret-0123456789abcdef',
    });
    api = await bootApi(config);
    worker = await bootWorker(config);
    world = await buildPledgeWorld(api, db);
    secretaryToken = await accessTokenFor(api, 'v01-secretary');
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  async function publicisedPledge(content: string): Promise<string> {
    const { pledgeId } = (
      await http()
        .post('/pledges')
        .send({
          kind: 'annual',
          form: 'individual',
          pledgerKind: 'member',
          year: PLEDGE_YEAR,
          memberId: world.member.wang,
          organisationId: world.branchId,
          items: [{ content }],
        })
        .expect(202)
    ).body as { pledgeId: string };
    await eventually(async () => ((await http().get(`/pledges/${pledgeId}`)).status === 200 ? true : undefined));
    await step(pledgeId, 'review', { decision: 'approve' }).expect(200);
    await step(pledgeId, 'publicise', {
      scope: 'public',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    }).expect(200);
    return pledgeId;
  }
  const step = (pledgeId: string, path: string, body: Record<string, unknown>) =>
    http()
      .post(`/pledges/${pledgeId}/${path}`)
      .send({ idempotencyKey: `k-${++n}`, ...body });
  const issue = async (pledgeId: string, count: number) =>
    (await http().post(`/pledges/${pledgeId}/public-links`).send({ count, validDays: 7 }).expect(201)).body as {
      links: { token: string; url: string }[];
    };
  const rate = (pledgeId: string, token: string, score = 80) =>
    anyone().post(`/public/pledges/${pledgeId}/ratings`).send({ token, score, comment: '服务热情' });
  const unused = async (pledgeId: string) =>
    (
      await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pledge_public_tokens WHERE pledge_id = $1 AND used_at IS NULL',
        [pledgeId],
      )
    )[0]?.n;

  it('each link rates its own pledge once; a refused rating leaves the link unused', async () => {
    const pledgeId = await publicisedPledge('带头清理村道垃圾');
    const other = await publicisedPledge('带头参加夜间巡逻');
    const { links } = await issue(pledgeId, 3);
    const [first, second] = links.map((l) => l.token);
    expect(links[0]?.url).toContain(`/public/pledges/${pledgeId}/rate?token=`);

    // What the link rates and who published it, for the public before rating (no personal data).
    const describe = (id: string, token: string) => anyone().get(`/public/pledges/${id}`).query({ token });
    expect((await describe(pledgeId, first as string).expect(200)).body).toMatchObject({
      pledgeId,
      organisationName: '东岭镇长家庄党支部',
      year: PLEDGE_YEAR,
      kind: 'annual',
      items: ['带头清理村道垃圾'],
      linkUsed: false,
    });
    expect((await describe(other, first as string).expect(403)).body.code).toBe('PUBLIC_LINK_INVALID');

    // Not yet open for evaluation: refused, nothing used.
    expect((await rate(pledgeId, first as string).expect(409)).body.code).toBe('PLEDGE_WRONG_STEP');
    expect(await unused(pledgeId)).toBe(3);

    await step(pledgeId, 'progress', { note: '完成', percent: 100, completed: true }).expect(200);
    await rate(pledgeId, first as string, 70).expect(200);
    expect((await rate(pledgeId, first as string).expect(409)).body.code).toBe('PUBLIC_LINK_USED');
    expect((await describe(pledgeId, first as string).expect(200)).body.linkUsed).toBe(true);
    expect((await rate(other, second as string).expect(403)).body.code).toBe('PUBLIC_LINK_INVALID');
    const tampered = `${(second as string).slice(0, -2)}AA`;
    expect((await rate(pledgeId, tampered).expect(403)).body.code).toBe('PUBLIC_LINK_INVALID');
    await rate(pledgeId, second as string, 90).expect(200);
    expect(await unused(pledgeId)).toBe(1);

    await step(pledgeId, 'evaluations', { source: 'self', evaluatorId: world.member.wang, score: 80 }).expect(200);
    await step(pledgeId, 'evaluations', { source: 'peer', evaluatorId: world.member.li, score: 80 }).expect(200);
    await step(pledgeId, 'evaluations', {
      source: 'leader',
      evaluatorId: 'v01-secretary',
      score: 80,
      achievements: '按时完成',
      problemsAndDirection: '发动更多群众参与',
    }).expect(200);
    const concluded = await step(pledgeId, 'conclude-evaluation', {}).expect(200);
    expect(concluded.body.result).toMatchObject({
      score: 80,
      bySource: { public: 80 },
      weights: { self: 20, peer: 20, public: 20, leader: 40 },
    });
    const audit = await db.query<{ actor_id: string }>(
      `SELECT actor_id FROM audit_records WHERE object_id = $1 AND action = 'pledge.evaluate' AND actor_role = 'public'`,
      [pledgeId],
    );
    expect(audit).toHaveLength(2);
    expect(audit.every((a) => a.actor_id.startsWith('public:'))).toBe(true);
  });
});
