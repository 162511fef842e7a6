import { jest } from '@jest/globals';
import {
  campaignStatusQuery,
  campaignWorkflowId,
  fromUpdateRejection,
  rankCampaignUpdate,
  stepDeadlineWorkflowId,
  type StepDeadlineInput,
} from '@cxzy/contracts';
import { UpdateIdentitySigner } from '@cxzy/application';
import { eventually } from '../../support/eventually.js';
import { idOf, upload } from '../../support/registry.js';
import { useTestStack } from '../../support/test-stack.js';
import { residentIdNumber, setUpWindowCounty } from '../../support/window-county.js';

jest.setTimeout(240_000);

const WINDOW_MEMBERS = [
  {
    idNumber: residentIdNumber('33010119800101011'),
    name: '周窗口',
    organisationCode: 'QS-T01-W01',
    post: '综合受理岗',
  },
  { idNumber: residentIdNumber('33010119810101012'), name: '吴窗口', organisationCode: 'QS-T01-W01', post: '审核岗' },
  { idNumber: residentIdNumber('33010119820101013'), name: '郑窗口', organisationCode: 'QS-T01-W01', post: '出件岗' },
];

describe('三亮三比三评: one campaign for a window unit on the real stack', () => {
  const stack = useTestStack('campaign', {
    env: () => ({ PUBLIC_RATING_RATE_LIMIT_PER_MINUTE: '1000' }),
  });
  let unitId = '';
  let members: string[] = [];

  beforeAll(async () => {
    const county = await setUpWindowCounty(stack.api, stack.db, {
      members: WINDOW_MEMBERS,
      users: [
        ['qs-admin', 'administrator', 'QS'],
        ['t01-supervisor', 'supervisor', 'QS-T01'],
        ['w01-secretary', 'branch-secretary', 'QS-T01-W01'],
        ['w02-secretary', 'branch-secretary', 'QS-T01-W02'],
        ['w01-member', 'member', 'QS-T01-W01'],
      ],
      publish: { processKind: 'campaign', sectorCode: 'window-service' },
    });
    unitId = await idOf(await stack.as('qs-admin'), 'QS-T01-W01');
    members = county.memberIds;
  });

  it('collects ratings from many tokens, refuses a replayed token, follows up a complaint, ranks the unit and its members', async () => {
    const supervisor = await stack.as('t01-supervisor');
    const secretary = await stack.as('w01-secretary');
    const neighbour = await stack.as('w02-secretary');

    // The unit's own secretary cannot launch (the superior line runs the campaign); the supervisor can.
    await secretary
      .post('/campaigns')
      .send({ organisationId: unitId, title: '2027年三亮三比三评', periodStart: '2027-04-01', periodEnd: '2027-06-30' })
      .expect(403);
    await supervisor
      .post('/campaigns')
      .send({ organisationId: unitId, title: 'x', periodStart: '2027-06-30', periodEnd: '2027-04-01' })
      .expect(422)
      .expect((res) => expect(JSON.stringify(res.body)).toContain('periodEnd'));
    const launched = await supervisor
      .post('/campaigns')
      .send({ organisationId: unitId, title: '2027年三亮三比三评', periodStart: '2027-04-01', periodEnd: '2027-06-30' })
      .expect(201);
    const campaignId = launched.body.campaignId as string;
    expect(launched.body.workflowId).toBe(campaignWorkflowId(campaignId));
    // The console's list: the unit's own campaigns, or every unit's below the supervisor's organisation.
    const listed = [
      { id: campaignId, organisationId: unitId, organisationName: '行政服务中心综合窗口党支部', state: 'open' },
    ];
    const t01 = await idOf(await stack.as('qs-admin'), 'QS-T01');
    expect((await supervisor.get(`/campaigns?organisationId=${t01}`).expect(200)).body).toMatchObject(listed);
    expect((await secretary.get(`/campaigns?organisationId=${unitId}`).expect(200)).body).toMatchObject(listed);
    await neighbour.get(`/campaigns?organisationId=${unitId}`).expect(403);
    // A window unit inside T01's territory but led by its vertical department (管理模式三, 税务): its
    // campaign is not the T01 supervisor's to see — the list follows the leading line, not the map.
    await upload(
      await stack.as('qs-admin'),
      '/organisations/import',
      'vertical.csv',
      [
        'code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit',
        'SW,国家税务总局青山县税务局委员会,committee,agency,QS,,1,,',
        'QS-T01-W09,行政服务中心税务窗口党支部,branch,window-service,QS-T01,SW,3,,',
      ].join('\n'),
    ).expect(200);
    const w09 = await idOf(await stack.as('qs-admin'), 'QS-T01-W09');
    await stack.db.query(
      `INSERT INTO campaigns (id, workflow_id, organisation_id, title, period_start, period_end, definition_id,
         definition_version, rules, state, launched_by)
       SELECT gen_random_uuid(), 'fixture-w09', $1, '税务窗口三亮三比三评', '2027-04-01', '2027-06-30', definition_id,
              definition_version, rules, 'open', 'fixture' FROM campaigns WHERE id = $2`,
      [w09, campaignId],
    );
    expect((await supervisor.get(`/campaigns?organisationId=${t01}`).expect(200)).body).toMatchObject(listed);
    expect((await supervisor.get(`/campaigns?organisationId=${t01}`).expect(200)).body).toHaveLength(1);

    // 三评 public tokens: the unit issues them; the neighbouring unit may not.
    await neighbour.post(`/campaigns/${campaignId}/rating-tokens`).send({ count: 2, validHours: 24 }).expect(403);
    const { tokens } = (
      await secretary.post(`/campaigns/${campaignId}/rating-tokens`).send({ count: 12, validHours: 24 }).expect(201)
    ).body as { tokens: string[] };
    expect(tokens).toHaveLength(12);

    const rate = (token: string, body: Record<string, unknown>) =>
      stack
        .http()
        .post(`/public/campaigns/${campaignId}/ratings`)
        .send({ token, ...body });
    const scores = [95, 90, 88, 92, 85, 97, 91, 89, 94, 86];
    for (const [i, score] of scores.entries()) {
      const res = await rate(tokens[i] as string, { score, vote: 'satisfied', suggestion: '办事效率高' }).expect(200);
      expect(res.body.followUpId).toBeNull();
    }
    // A replayed token is refused and nothing is stored; a malformed rating leaves the token unspent.
    await rate(tokens[0] as string, { score: 100, vote: 'satisfied' })
      .expect(409)
      .expect((res) => expect(res.body.code).toBe('RATING_TOKEN_USED'));
    await rate(tokens[10] as string, { score: 40, vote: 'dissatisfied', complaint: true })
      .expect(422)
      .expect((res) => expect(JSON.stringify(res.body)).toContain('suggestion'));
    // …so the same token then carries the complaint, which opens a follow-up for the unit.
    const complaint = await rate(tokens[10] as string, {
      score: 40,
      vote: 'dissatisfied',
      suggestion: '窗口午休时间无人办理',
      complaint: true,
    }).expect(200);
    const followUpId = complaint.body.followUpId as string;
    expect(followUpId).toEqual(expect.any(String));
    const ratings = await stack.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM campaign_public_ratings WHERE campaign_id = $1',
      [campaignId],
    );
    expect(ratings[0]?.n).toBe(11);

    // The follow-up is an open step task for the unit with its reminder plan (stepDeadlineWorkflow).
    const workflowId = campaignWorkflowId(campaignId);
    const childId = stepDeadlineWorkflowId(workflowId, `follow-up-${followUpId}`, 0);
    const task = await eventually(async () => {
      const rows = await stack.db.query<{ status: string; organisation_id: string; step_zh_cn: string }>(
        'SELECT status, organisation_id, step_zh_cn FROM step_tasks WHERE owner_workflow_id = $1',
        [workflowId],
      );
      return rows.length > 0 ? rows[0] : undefined;
    });
    expect(task).toEqual({ status: 'open', organisation_id: unitId, step_zh_cn: '整改存在问题' });
    const history = await stack.client.workflow.getHandle(childId).fetchHistory();
    const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
    const payload = started?.input?.payloads?.[0]?.data;
    const input = JSON.parse(Buffer.from(payload as Uint8Array).toString('utf8')) as StepDeadlineInput;
    expect(input.assigneeRole).toBe('branch-secretary');
    expect(input.plan.length).toBeGreaterThan(0);
    expect(input.plan.map((p) => p.template)).toContain('step-due-soon');

    const followUps = (await secretary.get(`/campaigns/${campaignId}/follow-ups`).expect(200)).body as {
      id: string;
      reason: string;
      status: string;
      suggestion: string;
    }[];
    expect(followUps).toEqual([
      expect.objectContaining({
        id: followUpId,
        reason: 'complaint',
        status: 'open',
        suggestion: '窗口午休时间无人办理',
      }),
    ]);

    // 领导点评: collective on the unit, individual on one member; a collective comment naming a member is refused.
    await supervisor
      .post(`/campaigns/${campaignId}/leader-comments`)
      .send({ kind: 'collective', memberId: members[0], score: 90, text: 'x' })
      .expect(422)
      .expect((res) => expect(JSON.stringify(res.body)).toContain('memberId'));
    await secretary
      .post(`/campaigns/${campaignId}/leader-comments`)
      .send({ kind: 'collective', score: 90, text: 'x' })
      .expect(403);
    await supervisor
      .post(`/campaigns/${campaignId}/leader-comments`)
      .send({ kind: 'on-site', score: 80, text: '现场检查：服务规范，标识清楚' })
      .expect(201);
    await supervisor
      .post(`/campaigns/${campaignId}/leader-comments`)
      .send({ kind: 'individual', memberId: members[0], score: 96, text: '业务熟练，群众称赞' })
      .expect(201);
    await supervisor
      .post(`/campaigns/${campaignId}/leader-comments`)
      .send({ kind: 'random', memberId: members[1], score: 70, text: '随机抽查：答复不够耐心' })
      .expect(201);

    // 三比 entries on the sheet; 互评 among members.
    await supervisor
      .post(`/campaigns/${campaignId}/entries`)
      .send({ subjectKind: 'member', subjectId: members[0], itemScores: { skills: 95, 'work-style': 90 } })
      .expect(422)
      .expect((res) => expect(JSON.stringify(res.body)).toContain('itemScores.results'));
    for (const [memberId, s] of [
      [members[0], 95],
      [members[1], 75],
      [members[2], 85],
    ] as const) {
      await supervisor
        .post(`/campaigns/${campaignId}/entries`)
        .send({ subjectKind: 'member', subjectId: memberId, itemScores: { skills: s, 'work-style': s, results: s } })
        .expect(201);
    }
    // 互评: the reviewer is the caller's own member (linked by the unit's administrator), never a body field.
    const member = await stack.as('w01-member');
    const reviews = async () =>
      (
        await stack.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM campaign_peer_reviews WHERE campaign_id = $1',
          [campaignId],
        )
      )[0]?.n;
    await member
      .post(`/campaigns/${campaignId}/peer-reviews`)
      .send({ memberId: members[0], score: 92 })
      .expect(403)
      .expect((res) => expect(res.body.code).toBe('NOT_OWN_MEMBER_MATTER'));
    await member
      .post(`/campaigns/${campaignId}/peer-reviews`)
      .send({ reviewerMemberId: members[2], memberId: members[0], score: 92 })
      .expect(400);
    expect(await reviews()).toBe(0);
    await (await stack.as('qs-admin')).put('/users/w01-member/member').send({ memberId: members[1] }).expect(200);
    await member.post(`/campaigns/${campaignId}/peer-reviews`).send({ memberId: members[0], score: 92 }).expect(201);
    await member.post(`/campaigns/${campaignId}/peer-reviews`).send({ memberId: members[0], score: 50 }).expect(409);
    await member.post(`/campaigns/${campaignId}/peer-reviews`).send({ memberId: members[1], score: 100 }).expect(422);
    const [review] = await stack.db.query<{ reviewer_member_id: string; member_id: string }>(
      'SELECT * FROM campaign_peer_reviews WHERE campaign_id = $1',
      [campaignId],
    );
    expect(review).toMatchObject({ reviewer_member_id: members[1], member_id: members[0] });

    // The unit fixes the problem: the follow-up closes and its reminders stop.
    await neighbour
      .post(`/campaigns/${campaignId}/follow-ups/${followUpId}/close`)
      .send({ resolution: '已安排午间轮岗' })
      .expect(403);
    await secretary
      .post(`/campaigns/${campaignId}/follow-ups/${followUpId}/close`)
      .send({ resolution: '已安排午间轮岗' })
      .expect(200);
    await secretary
      .post(`/campaigns/${campaignId}/follow-ups/${followUpId}/close`)
      .send({ resolution: '再次' })
      .expect(409);
    const closedChild = await stack.client.workflow.getHandle(childId).result();
    expect(closedChild.completed).toBe(true);

    // 结果排名: stored per unit and per member, with the unit's mapped 群众评价 share.
    await secretary.post(`/campaigns/${campaignId}/rank`).send({}).expect(403);
    // ADR 0009: a ranking sent straight to Temporal in the supervisor's name, unsigned or signed
    // for the secretary, is refused by the validator; nothing is ranked or audited.
    const rankedBefore = await stack.db.query(
      `SELECT (SELECT state FROM campaigns WHERE id = $1::uuid) AS state,
              (SELECT count(*)::int FROM audit_records WHERE object_id = $1::text) AS audit,
              (SELECT count(*)::int FROM campaign_results WHERE campaign_id = $1::uuid) AS results`,
      [campaignId],
    );
    const supervisorActor = { requestId: null, actorId: 't01-supervisor', actorRole: 'supervisor', actorOrg: null };
    const rankDirect = (payload: Record<string, unknown>) =>
      stack.client.workflow
        .getHandle(workflowId)
        .executeUpdate(rankCampaignUpdate, { args: [{ actor: supervisorActor, ...payload } as never] })
        .then(
          () => null,
          (error: unknown) => fromUpdateRejection(error)?.code ?? String(error),
        );
    expect(await rankDirect({})).toBe('UPDATE_IDENTITY_INVALID');
    const secretaryIdentity = stack.api
      .get(UpdateIdentitySigner)
      .sign(
        { requestId: null, actorId: 'w01-secretary', actorRole: 'branch-secretary', actorOrg: unitId, userId: 'u' },
        { workflowId, updateName: rankCampaignUpdate.name, idempotencyKey: 'k' },
      );
    expect(await rankDirect({ idempotencyKey: 'k', identity: secretaryIdentity })).toBe('UPDATE_IDENTITY_INVALID');
    expect(
      await rankDirect({
        idempotencyKey: 'k',
        identity: secretaryIdentity,
        actor: { requestId: null, actorId: 'w01-secretary', actorRole: 'branch-secretary', actorOrg: unitId },
      }),
    ).toBe('UPDATE_IDENTITY_INVALID');
    expect(
      await stack.db.query(
        `SELECT (SELECT state FROM campaigns WHERE id = $1::uuid) AS state,
                (SELECT count(*)::int FROM audit_records WHERE object_id = $1::text) AS audit,
                (SELECT count(*)::int FROM campaign_results WHERE campaign_id = $1::uuid) AS results`,
        [campaignId],
      ),
    ).toEqual(rankedBefore);
    expect((await supervisor.post(`/campaigns/${campaignId}/rank`).send({}).expect(200)).body).toEqual({
      units: 1,
      members: 3,
    });
    // Ranking ends the workflow: ranking again is a conflict, not a 500 (found by the route × role matrix).
    expect((await supervisor.post(`/campaigns/${campaignId}/rank`).send({}).expect(409)).body.code).toBe(
      'CAMPAIGN_RANKED',
    );
    const result = (await secretary.get(`/campaigns/${campaignId}/result`).expect(200)).body as {
      kind: string;
      id: string;
      score: number;
      rank: number;
      publicAppraisalPercent: number | null;
    }[];
    // Public mean (10 × ~90.7 and one 40) 86.09 weighs 40, on-site comment 80 weighs 20, no unit entry: 84.06.
    expect(result[0]).toMatchObject({ kind: 'unit', id: unitId, rank: 1, score: 84.06, publicAppraisalPercent: 85 });
    // Named for the console: the unit and its members.
    expect((result as unknown as { name: string }[]).map((r) => r.name)).toEqual([
      '行政服务中心综合窗口党支部',
      '周窗口',
      '郑窗口',
      '吴窗口',
    ]);
    expect(result.filter((r) => r.kind === 'member').map((r) => [r.id, r.rank])).toEqual([
      [members[0], 1],
      [members[2], 2],
      [members[1], 3],
    ]);
    // The campaign is over for the public: a late rating is refused.
    await rate(tokens[11] as string, { score: 99, vote: 'satisfied' }).expect(409);
    // …but only a valid token learns that (issue #22): a forged one is refused as such.
    await rate('forged-token', { score: 99, vote: 'satisfied' }).expect(401);
    const handle = stack.client.workflow.getHandle(workflowId);
    expect(await handle.query(campaignStatusQuery)).toEqual({ state: 'ranked', openFollowUps: [] });
    await handle.result();
    const audited = await stack.db.query<{ action: string }>(
      `SELECT DISTINCT action FROM audit_records WHERE object_id = $1 ORDER BY action`,
      [campaignId],
    );
    expect(audited.map((a) => a.action)).toEqual([
      'campaign.entry',
      'campaign.follow-up.close',
      'campaign.follow-up.open',
      'campaign.launch',
      'campaign.leader-comment',
      'campaign.peer-review',
      'campaign.public-rating',
      'campaign.rank',
      'campaign.rating-tokens.issue',
    ]);
  });
});
