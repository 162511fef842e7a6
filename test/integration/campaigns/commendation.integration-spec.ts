import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import {
  advanceCommendationUpdate,
  approvalOperationUpdate,
  approvalWorkflowId,
  fromUpdateRejection,
  commendationStatusQuery,
  commendationWorkflowId,
} from '@cxzy/contracts';
import { UpdateIdentitySigner } from '@cxzy/application';
import { eventually } from '../../support/eventually.js';
import { idOf } from '../../support/registry.js';
import { useTestStack } from '../../support/test-stack.js';
import { residentIdNumber, setUpWindowCounty } from '../../support/window-county.js';

jest.setTimeout(240_000);

const WINDOW_MEMBERS = [
  {
    idNumber: residentIdNumber('33010119800101021'),
    name: '孙先进',
    organisationCode: 'QS-T01-W01',
    post: '综合受理岗',
  },
  { idNumber: residentIdNumber('33010119810101022'), name: '钱一般', organisationCode: 'QS-T01-W02', post: '审核岗' },
];

/** The rule's code of an Update refused by its validator (null: accepted). */
const refusalCode = (sent: Promise<unknown>): Promise<string | null> =>
  sent.then(
    () => null,
    (error: unknown) => fromUpdateRejection(error)?.code ?? String(error),
  );

describe('学习先进: one commendation round through to the commendation list', () => {
  const stack = useTestStack('commendation', { env: () => ({ PUBLIC_RATING_RATE_LIMIT_PER_MINUTE: '1000' }) });
  const auditCount = async () =>
    (
      await stack.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_records WHERE action LIKE 'approval.%' OR action LIKE 'commendation.%'`,
      )
    )[0]!.n;
  let unitId = '';
  let w01 = '';
  let w02 = '';
  let members: string[] = [];
  const campaignId = randomUUID();
  const publicNotice = (roundId: string) => stack.http().get(`/public/commendations/${roundId}`).expect(200);
  const gradingRoundId = randomUUID();

  beforeAll(async () => {
    const county = await setUpWindowCounty(stack.api, stack.db, {
      members: WINDOW_MEMBERS,
      users: [
        ['qs-admin', 'administrator', 'QS'],
        ['qs-supervisor', 'supervisor', 'QS'],
        ['w01-secretary', 'branch-secretary', 'QS-T01-W01'],
        ['w02-secretary', 'branch-secretary', 'QS-T01-W02'],
        ['w01-member', 'member', 'QS-T01-W01'],
        ['w02-member', 'member', 'QS-T01-W02'],
      ],
      publish: { processKind: 'commendation', sectorCode: 'agency' },
    });
    const admin = await stack.as('qs-admin');
    const definitionId = county.definitionId!;
    unitId = await idOf(admin, 'QS');
    w01 = await idOf(admin, 'QS-T01-W01');
    w02 = await idOf(admin, 'QS-T01-W02');
    members = county.memberIds;

    // Records a nomination may cite (their own processes are tested elsewhere): W01's ranked
    // campaign (the unit and members[0] ranked in it) and W01's final tier in the 2026 grading round.
    await stack.db.query(
      `INSERT INTO campaigns (id, workflow_id, organisation_id, title, period_start, period_end, definition_id,
         definition_version, rules, state, launched_by)
       VALUES ($1, 'fixture-campaign', $2, '2027年三亮三比三评', '2027-04-01', '2027-06-30', $3, 1, '{}', 'ranked', 'fixture')`,
      [campaignId, w01, definitionId],
    );
    await stack.db.query(
      `INSERT INTO campaign_results (campaign_id, subject_kind, subject_id, score, rank, averages, public_appraisal_percent)
       VALUES ($1, 'unit', $2, 91, 1, '{}', 100), ($1, 'member', $3, 95, 1, '{}', NULL)`,
      [campaignId, w01, members[0]],
    );
    await stack.db.query(
      `INSERT INTO grading_rounds (id, grading_unit_id, year, workflow_id, state, definition_ids, deploy_on, launched_by)
       VALUES ($1, $2, 2026, 'fixture-grading', 'accepted', '{}', '2026-01-05', 'fixture')`,
      [gradingRoundId, unitId],
    );
    await stack.db.query(
      `INSERT INTO round_branches (round_id, organisation_id, sector_code, definition_id, state, final_tier)
       VALUES ($1, $2, 'window-service', $3, 'accepted', 'advanced')`,
      [gradingRoundId, w01, definitionId],
    );
  });

  it('nominates with evidence, vets with members and the public, publicises with an objection, decides by approval, commends', async () => {
    const admin = await stack.as('qs-admin');
    const w01Secretary = await stack.as('w01-secretary');
    const w02Secretary = await stack.as('w02-secretary');

    await w01Secretary
      .post('/commendations')
      .send({ gradingUnitId: unitId, title: '2027年七一表彰', year: 2027 })
      .expect(403);
    const { roundId } = (
      await admin
        .post('/commendations')
        .send({ gradingUnitId: unitId, title: '2027年七一表彰', year: 2027 })
        .expect(201)
    ).body as { roundId: string };
    // The console's list of a unit's rounds: the administrator, and the secretaries inside the unit.
    const listed = [{ id: roundId, title: '2027年七一表彰', year: 2027, phase: 'nominate', nominations: 0 }];
    expect((await admin.get(`/commendations?gradingUnitId=${unitId}`).expect(200)).body).toMatchObject(listed);
    expect((await w01Secretary.get(`/commendations?gradingUnitId=${unitId}`).expect(200)).body).toMatchObject(listed);
    await admin.get('/commendations?gradingUnitId=QS').expect(400);

    // 推荐, citing evidence by id; the neighbouring secretary cannot nominate for W01.
    const nominate = (http: typeof admin, body: Record<string, unknown>) =>
      http.post(`/commendations/${roundId}/nominations`).send(body);
    await nominate(w02Secretary, {
      nomineeKind: 'member',
      nomineeId: members[0],
      organisationId: w01,
      reason: '事迹',
    }).expect(403);
    await nominate(w01Secretary, {
      nomineeKind: 'member',
      nomineeId: members[0],
      organisationId: w01,
      reason: '窗口服务群众满意率第一',
      evidence: [{ kind: 'rumour', id: 'x' }],
    }).expect(400);
    // Cited evidence is looked up: it must exist and be the nominee's (422 naming evidence[i].id).
    const refusedEvidence = async (body: Record<string, unknown>, field: string, code: string) =>
      nominate(body.organisationId === w02 ? w02Secretary : w01Secretary, body)
        .expect(422)
        .expect((res) => expect(res.body).toMatchObject({ code, field }));
    const starBody = { nomineeKind: 'member', nomineeId: members[0], organisationId: w01, reason: '事迹' };
    await refusedEvidence(
      { ...starBody, evidence: [{ kind: 'campaign-result', id: randomUUID() }] },
      'evidence[0].id',
      'NOMINATION_EVIDENCE_NOT_FOUND',
    );
    await refusedEvidence(
      {
        ...starBody,
        evidence: [
          { kind: 'campaign-result', id: campaignId },
          { kind: 'pledge-evaluation', id: 'x-1' },
        ],
      },
      'evidence[1].id',
      'NOMINATION_EVIDENCE_NOT_FOUND',
    );
    await refusedEvidence(
      { ...starBody, evidence: [{ kind: 'grading-tier', id: gradingRoundId }] },
      'evidence[0].id',
      'NOMINATION_EVIDENCE_NOT_NOMINEE',
    );
    await refusedEvidence(
      {
        nomineeKind: 'member',
        nomineeId: members[1],
        organisationId: w02,
        reason: '事迹',
        evidence: [{ kind: 'campaign-result', id: campaignId }],
      },
      'evidence[0].id',
      'NOMINATION_EVIDENCE_NOT_NOMINEE',
    );
    const star = (
      await nominate(w01Secretary, {
        nomineeKind: 'member',
        nomineeId: members[0],
        organisationId: w01,
        reason: '窗口服务群众满意率第一',
        evidence: [{ kind: 'campaign-result', id: campaignId }],
      }).expect(201)
    ).body.nominationId as string;
    await nominate(w01Secretary, { nomineeKind: 'member', nomineeId: members[0], organisationId: w01, reason: '再次' })
      .expect(409)
      .expect((res) => expect(res.body.code).toBe('NOMINATION_DUPLICATE'));
    const unit = (
      await nominate(w01Secretary, {
        nomineeKind: 'organisation',
        nomineeId: w01,
        organisationId: w01,
        reason: '三亮三比三评成效突出',
        evidence: [
          { kind: 'grading-tier', id: gradingRoundId },
          { kind: 'campaign-result', id: campaignId },
        ],
      }).expect(201)
    ).body.nominationId as string;
    const weak = (
      await nominate(w02Secretary, {
        nomineeKind: 'member',
        nomineeId: members[1],
        organisationId: w02,
        reason: '工作认真',
      }).expect(201)
    ).body.nominationId as string;

    // Opinions are taken only while vetting.
    const member1 = await stack.as('w01-member');
    await member1.post(`/nominations/${star}/opinions`).send({ stance: 'support' }).expect(409);
    // The phase is told only to those who may give an opinion (issue #22): a member of another
    // branch gets 403, a forged public token 401 — not the 409 above.
    const outsider = await stack.as('w02-member');
    const refused = await outsider.post(`/nominations/${star}/opinions`).send({ stance: 'support' }).expect(403);
    expect(refused.body.code).toBe('ROLE_REQUIRED');
    await stack
      .http()
      .post(`/public/nominations/${star}/opinions`)
      .send({ token: 'forged-token', stance: 'support' })
      .expect(401);
    await admin.post(`/commendations/${roundId}/advance`).send({ to: 'vet' }).expect(200);
    // The public notice shows nothing while nominations are only vetted inside the unit.
    expect((await publicNotice(roundId)).body).toMatchObject({ phase: 'vet', entries: [], publicityEndsAt: null });
    await w01Secretary
      .post(`/commendations/${roundId}/nominations`)
      .send({
        nomineeKind: 'member',
        nomineeId: members[0],
        organisationId: w01,
        reason: 'late',
      })
      .expect(409);

    // 考察: members of the nominating branch and the public (one opinion per token).
    await member1.post(`/nominations/${star}/opinions`).send({ stance: 'support' }).expect(201);
    await member1.post(`/nominations/${unit}/opinions`).send({ stance: 'support' }).expect(201);
    const member2 = await stack.as('w02-member');
    await member2.post(`/nominations/${star}/opinions`).send({ stance: 'support' }).expect(403);
    await member2.post(`/nominations/${weak}/opinions`).send({ stance: 'oppose' }).expect(201);
    const { tokens } = (
      await admin.post(`/commendations/${roundId}/opinion-tokens`).send({ count: 5, validHours: 24 }).expect(201)
    ).body as { tokens: string[] };
    const publicOpinion = (nominationId: string, token: string, stance: string) =>
      stack.http().post(`/public/nominations/${nominationId}/opinions`).send({ token, stance });
    await publicOpinion(star, tokens[0] as string, 'support').expect(200);
    await publicOpinion(star, tokens[0] as string, 'support').expect(409);
    await publicOpinion(unit, tokens[1] as string, 'support').expect(200);
    await publicOpinion(weak, tokens[2] as string, 'abstain').expect(200);

    // 公示: those with enough support are publicised; an objection is filed and must be resolved.
    await admin.post(`/commendations/${roundId}/advance`).send({ to: 'publicise' }).expect(200);
    const states = async () =>
      Object.fromEntries(
        (
          (await admin.get(`/commendations/${roundId}`).expect(200)).body.nominations as { id: string; state: string }[]
        ).map((n) => [n.id, n.state]),
      );
    expect(await states()).toEqual({ [star]: 'publicised', [unit]: 'publicised', [weak]: 'not-vetted' });
    // The round names its nominees for the console, and a member inside the unit may read it.
    const named = (await member1.get(`/commendations/${roundId}`).expect(200)).body.nominations as {
      id: string;
      nomineeName: string;
      organisationName: string;
    }[];
    expect(named.find((n) => n.id === star)).toMatchObject({
      nomineeName: '孙先进',
      organisationName: '行政服务中心综合窗口党支部',
    });
    // 公示 is public (no login): who is nominated, by whom, why; names only, never ids of members.
    const during = await publicNotice(roundId);
    expect(during.body).toMatchObject({
      title: '2027年七一表彰',
      year: 2027,
      phase: 'publicise',
      gradingUnitName: '中共青山县委员会',
    });
    expect(during.body.entries).toEqual([
      {
        nominationId: star,
        nomineeKind: 'member',
        nomineeName: '孙先进',
        organisationName: '行政服务中心综合窗口党支部',
        reason: '窗口服务群众满意率第一',
        state: 'publicised',
      },
      {
        nominationId: unit,
        nomineeKind: 'organisation',
        nomineeName: '行政服务中心综合窗口党支部',
        organisationName: '行政服务中心综合窗口党支部',
        reason: '三亮三比三评成效突出',
        state: 'publicised',
      },
    ]);
    for (const secret of [...members, ...WINDOW_MEMBERS.map((m) => m.idNumber)])
      expect(during.text).not.toContain(secret);
    const objection = (
      await member1.post(`/nominations/${unit}/objections`).send({ reason: '该支部年内有群众投诉未整改' }).expect(201)
    ).body.objectionId as string;
    await admin
      .post(`/commendations/${roundId}/advance`)
      .send({ to: 'decide' })
      .expect(409)
      .expect((res) => expect(res.body.code).toBe('COMMENDATION_OBJECTIONS_OPEN'));
    const objections = async () => (await admin.get(`/commendations/${roundId}/objections`).expect(200)).body;
    expect(await objections()).toMatchObject([
      { id: objection, nominationId: unit, reason: '该支部年内有群众投诉未整改', status: 'open' },
    ]);
    await member1.get(`/commendations/${roundId}/objections`).expect(403);
    await admin.post(`/commendations/${roundId}/objections/${objection}/resolve`).send({ uphold: true }).expect(200);
    expect(await objections()).toMatchObject([{ id: objection, status: 'upheld' }]);

    // 审批: a supervisor at the grading unit decides through the approval engine.
    const decided = (await admin.post(`/commendations/${roundId}/advance`).send({ to: 'decide' }).expect(200)).body as {
      phase: string;
      approval: { processId: string };
    };
    expect(decided.phase).toBe('decide');
    const processId = decided.approval.processId;
    const task = await eventually(async () => {
      const rows = await stack.db.query<{ id: string; assignee: string }>(
        `SELECT id, assignee FROM approval_tasks WHERE process_id = $1 AND actionable`,
        [processId],
      );
      return rows[0];
    });
    expect(task.assignee).toBe('qs-supervisor');
    // ADR 0009: the decision's approval (the engine, as a child) and the round's phase moves refuse a
    // call straight to Temporal naming the supervisor or the administrator without the API's signature.
    const approvalState = async () =>
      stack.db.query('SELECT status, actionable FROM approval_tasks WHERE process_id = $1 ORDER BY id', [processId]);
    const approvalBefore = await approvalState();
    const auditBefore = await auditCount();
    const approveDirect = (identity?: unknown) =>
      refusalCode(
        stack.client.workflow.getHandle(approvalWorkflowId(processId)).executeUpdate(approvalOperationUpdate, {
          args: [
            {
              idempotencyKey: 'approve-direct',
              actor: { requestId: null, actorId: 'qs-supervisor', actorRole: null, actorOrg: null },
              operation: { kind: 'approve', taskId: task.id, comment: { text: '同意表彰', attachments: [] } },
              ...(identity ? { identity } : {}),
            } as never,
          ],
        }),
      );
    expect(await approveDirect()).toBe('UPDATE_IDENTITY_INVALID');
    // A genuine signature for another person (w01-secretary), with the payload naming the supervisor.
    const borrowed = stack.api.get(UpdateIdentitySigner).sign(
      { requestId: null, actorId: 'w01-secretary', actorRole: null, actorOrg: null, userId: 'u' },
      {
        workflowId: approvalWorkflowId(processId),
        updateName: approvalOperationUpdate.name,
        idempotencyKey: 'approve-direct',
      },
    );
    expect(await approveDirect(borrowed)).toBe('UPDATE_IDENTITY_INVALID');
    expect(
      await refusalCode(
        stack.client.workflow.getHandle(commendationWorkflowId(roundId)).executeUpdate(advanceCommendationUpdate, {
          args: [
            {
              actor: { requestId: null, actorId: 'qs-admin', actorRole: 'administrator', actorOrg: unitId },
              to: 'vet',
            },
          ],
        }),
      ),
    ).toBe('UPDATE_IDENTITY_INVALID');
    expect(await approvalState()).toEqual(approvalBefore);
    expect(await auditCount()).toBe(auditBefore);
    expect((await admin.get(`/commendations/${roundId}`).expect(200)).body.phase).toBe('decide');
    // Through the API, the supervisor's approval is signed for them and accepted.
    await (
      await stack.as('qs-supervisor')
    )
      .post(`/approval-tasks/${task.id}/approve`)
      .send({ idempotencyKey: 'approve-1', comment: { text: '同意表彰', attachments: [] } })
      .expect(200);

    // 表彰: the workflow ends with the commendation list.
    const handle = stack.client.workflow.getHandle(commendationWorkflowId(roundId));
    expect(await handle.result()).toEqual({ phase: 'commended', approvalProcessId: processId });
    expect(await handle.query(commendationStatusQuery)).toMatchObject({ phase: 'commended' });
    expect(await states()).toEqual({ [star]: 'commended', [unit]: 'withdrawn', [weak]: 'not-vetted' });
    const list = (await admin.get(`/commendations/${roundId}/commended`).expect(200)).body as {
      nomineeId: string;
      evidence: unknown[];
    }[];
    expect(list.map((n) => n.nomineeId)).toEqual([members[0]]);
    expect(list[0]?.evidence).toEqual([{ kind: 'campaign-result', id: campaignId }]);
    // The public 表彰名单: the withdrawn and the not vetted are not on it.
    const commended = (await publicNotice(roundId)).body as {
      phase: string;
      entries: { nominationId: string; nomineeName: string }[];
    };
    expect(commended.phase).toBe('commended');
    expect(commended.entries.map((e) => [e.nominationId, e.nomineeName])).toEqual([[star, '孙先进']]);
    await stack.http().get(`/public/commendations/${randomUUID()}`).expect(404);
    const audited = await stack.db.query<{ action: string; actor_id: string }>(
      `SELECT action, actor_id FROM audit_records WHERE object_id = $1 AND action = 'commendation.commend'`,
      [roundId],
    );
    expect(audited).toEqual([{ action: 'commendation.commend', actor_id: 'qs-supervisor' }]);
  });
});
