import { jest } from '@jest/globals';
import { UpdateIdentitySigner } from '@cxzy/application';
import { evaluatePledgeUpdate, fromUpdateRejection, pledgeWorkflowId } from '@cxzy/contracts';
import { userWith, type Http } from '../../support/auth.js';
import { eventually } from '../../support/eventually.js';
import { NEIGHBOUR_SECRETARY, usePledgeTestbed } from './pledge-fixture.js';

jest.setTimeout(180_000);

/**
 * 党员互评 only when asked (issue 8, ADR 0016): the branch secretary asks members of the branch for
 * a peer evaluation of a pledge (a durable, audited record); the asked member sees it in
 * GET /my-tasks and evaluates; a member who was not asked is refused (403
 * PEER_EVALUATION_NOT_REQUESTED, audited, nothing changed) — through the API and, with a genuine
 * member signature, straight through Temporal (the validator knows who was asked).
 */
describe('peer evaluations of a pledge only from the members the branch asked', () => {
  const bed = usePledgeTestbed('pledge-peer-requests');
  const db = () => bed.stack.db;
  let li: Http;
  let zhao: Http;
  let pledgeId: string;
  let n = 0;

  const snapshot = async () => ({
    requests: await db().query('SELECT pledge_id, member_id, requested_by FROM pledge_peer_evaluation_requests'),
    evaluations: await db().query('SELECT pledge_id, source, evaluator_id FROM pledge_evaluations ORDER BY 1, 2, 3'),
    pledges: await db().query('SELECT id, state, seq FROM pledges ORDER BY id'),
    audit: (
      await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_records WHERE action <> 'access.refused'`)
    )[0]?.n,
  });
  const refusalsOf = async (username: string) =>
    db().query<{ object_id: string; reason: string }>(
      `SELECT object_id, reason FROM audit_records WHERE action = 'access.refused' AND actor_id = $1 ORDER BY seq`,
      [username],
    );
  const as = (who: Http, path: string, body: Record<string, unknown>) =>
    who.post(`/pledges/${pledgeId}/${path}`).send({ idempotencyKey: `peer-${++n}`, ...body });

  beforeAll(async () => {
    const roles = [{ role: 'member' as const, organisationCode: 'QS-T01-V01' }];
    li = await userWith(bed.stack.api, 'li-user', roles);
    zhao = await userWith(bed.stack.api, 'zhao-user', roles);
    const admin = await bed.stack.as('qs-admin');
    await admin.put('/users/li-user/member').send({ memberId: bed.world().member.li }).expect(200);
    await admin.put('/users/zhao-user/member').send({ memberId: bed.world().member.zhao }).expect(200);
    ({ pledgeId } = await bed.proposeAnnual(bed.world().member.wang));
    await eventually(
      async () =>
        (await db().query<{ state: string }>('SELECT state FROM pledges WHERE id = $1', [pledgeId]))[0]?.state ===
        'proposed'
          ? true
          : undefined,
      { what: 'the proposal recorded' },
    );
    await bed.step(pledgeId, 'review', { decision: 'approve' }).expect(200);
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    await bed.step(pledgeId, 'publicise', { scope: 'party', expiresAt, announcedAt: null }).expect(200);
    await bed.step(pledgeId, 'progress', { note: '全年走访完成', percent: 100, completed: true }).expect(200);
  });

  it('refuses a peer evaluation nobody asked for: 403, audited, nothing changed', async () => {
    const before = await snapshot();
    const refused = await as(li, 'evaluations', { source: 'peer', evaluatorId: bed.world().member.li, score: 80 });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'PEER_EVALUATION_NOT_REQUESTED', field: 'evaluation.evaluatorId' });
    expect(refused.body.messageZhCN).toContain('未邀请');
    expect(refused.body.messageEn).toContain('did not ask');
    expect(await snapshot()).toEqual(before);
    const refusals = await refusalsOf('li-user');
    expect(refusals.map((r) => r.object_id)).toEqual(['POST /pledges/:pledgeId/evaluations']);
    expect(refusals[0]!.reason).toContain('PEER_EVALUATION_NOT_REQUESTED');
    // Nothing to do in their tasks either.
    expect((await li.get('/my-tasks').expect(200)).body.peerEvaluations).toEqual([]);
  });

  it('lets only the branch secretary ask, members of the branch other than the pledger', async () => {
    const { li: liId, wang: wangId } = bed.world().member;
    const before = await snapshot();
    // A member cannot ask (themselves or anyone); the neighbouring branch's secretary neither.
    expect((await as(li, 'peer-evaluation-requests', { memberIds: [liId] })).status).toBe(403);
    const neighbour = await bed.stack.as(NEIGHBOUR_SECRETARY);
    expect((await as(neighbour, 'peer-evaluation-requests', { memberIds: [liId] })).status).toBe(403);
    // The pledger, a member of another branch, nobody, malformed ids.
    const own = await bed.step(pledgeId, 'peer-evaluation-requests', { memberIds: [wangId] });
    expect(own.status).toBe(422);
    expect(own.body).toMatchObject({ code: 'PEER_REQUEST_OWN_PLEDGE', field: 'memberIds' });
    const outsider = await bed.step(pledgeId, 'peer-evaluation-requests', {
      memberIds: ['00000000-0000-4000-8000-000000000001'],
    });
    expect(outsider.body.code).toBe('PEER_REQUEST_NOT_IN_BRANCH');
    expect((await bed.step(pledgeId, 'peer-evaluation-requests', { memberIds: [] })).status).toBe(400);
    const malformed = await bed.step(pledgeId, 'peer-evaluation-requests', { memberIds: ['x'] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.field).toMatch(/^memberIds/);
    expect(await snapshot()).toEqual(before);
  });

  it('records the request (audited), shows it in the asked member’s tasks, and accepts their evaluation', async () => {
    const { li: liId } = bed.world().member;
    const asked = await bed.step(pledgeId, 'peer-evaluation-requests', { memberIds: [liId] }).expect(200);
    expect(asked.body).toEqual({ pledgeId, askedMemberIds: [liId] });
    expect(
      await db().query('SELECT member_id, requested_by FROM pledge_peer_evaluation_requests WHERE pledge_id = $1', [
        pledgeId,
      ]),
    ).toEqual([{ member_id: liId, requested_by: 'v01-secretary' }]);
    const audit = await db().query<{ actor_id: string; actor_role: string; after: unknown }>(
      `SELECT actor_id, actor_role, after FROM audit_records WHERE action = 'pledge.request-peer-evaluation'`,
    );
    expect(audit).toEqual([
      {
        actor_id: 'v01-secretary',
        actor_role: 'branch-secretary',
        after: { askedMemberIds: [liId], requestedAt: expect.any(String) },
      },
    ]);

    const tasks = (await li.get('/my-tasks').expect(200)).body.peerEvaluations;
    expect(tasks).toEqual([
      expect.objectContaining({
        pledgeId,
        memberId: liId,
        organisationName: '东岭镇长家庄党支部',
        pledgerNames: ['王磊'],
        requestedBy: 'v01-secretary',
        link: `/pledges/${pledgeId}`,
      }),
    ]);
    expect((await zhao.get('/my-tasks').expect(200)).body.peerEvaluations).toEqual([]);

    // Zhao was not asked: still refused, and nothing changes.
    const before = await snapshot();
    await as(zhao, 'evaluations', { source: 'peer', evaluatorId: bed.world().member.zhao, score: 70 }).expect(403);
    expect(await snapshot()).toEqual(before);

    await as(li, 'evaluations', { source: 'peer', evaluatorId: liId, score: 88 }).expect(200);
    expect(
      await db().query(`SELECT evaluator_id FROM pledge_evaluations WHERE pledge_id = $1 AND source = 'peer'`, [
        pledgeId,
      ]),
    ).toEqual([{ evaluator_id: liId }]);
    // Done: no longer among their tasks.
    expect((await li.get('/my-tasks').expect(200)).body.peerEvaluations).toEqual([]);
  });

  it('refuses an unasked member straight through Temporal too (the validator knows who was asked)', async () => {
    const { zhao: zhaoId } = bed.world().member;
    const [row] = await db().query<{ organisation_id: string }>('SELECT organisation_id FROM pledges WHERE id = $1', [
      pledgeId,
    ]);
    const actor = { requestId: null, actorId: 'zhao-user', actorRole: 'member', actorOrg: row!.organisation_id };
    const identity = bed.stack.api
      .get(UpdateIdentitySigner)
      .sign(
        { ...actor, userId: 'zhao' },
        { workflowId: pledgeWorkflowId(pledgeId), updateName: evaluatePledgeUpdate.name, idempotencyKey: 'direct' },
      );
    const before = await snapshot();
    const error = await bed.stack.client.workflow
      .getHandle(pledgeWorkflowId(pledgeId))
      .executeUpdate(evaluatePledgeUpdate, {
        args: [
          {
            idempotencyKey: 'direct',
            actor,
            identity,
            evaluation: {
              source: 'peer',
              evaluatorId: zhaoId,
              score: 10,
              comment: null,
              achievements: null,
              problemsAndDirection: null,
            },
          },
        ],
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(fromUpdateRejection(error)).toMatchObject({ code: 'PEER_EVALUATION_NOT_REQUESTED', kind: 'forbidden' });
    expect(await snapshot()).toEqual(before);
    const live = (await bed.http().get(`/pledges/${pledgeId}`).expect(200)).body.live.evaluations as {
      evaluatorId: string;
    }[];
    expect(live.map((e) => e.evaluatorId)).not.toContain(zhaoId);
  });
});
