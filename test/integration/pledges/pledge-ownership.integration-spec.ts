import { jest } from '@jest/globals';
import { signedAs, userWith, type Http } from '../../support/auth.js';
import { eventually } from '../../support/eventually.js';
import { PLEDGE_YEAR, usePledgeTestbed } from './pledge-fixture.js';

jest.setTimeout(180_000);

/**
 * Members linked to users (docs/security.md): a member acts only on their own pledges (a collective
 * one: any of its members') and gives only their own evaluations. A member of the same branch is
 * refused (403) on someone else's pledge and nothing changes; the link is an audited administrator's call.
 */
describe('a member acts only on their own pledges', () => {
  const bed = usePledgeTestbed('pledge-ownership');
  const db = () => bed.stack.db;
  let wang: Http;
  let li: Http;
  let unlinked: Http;

  /** Everything a refused member step could have touched (a refusal itself is audited as access.refused). */
  const snapshot = async () => ({
    pledges: await db().query('SELECT id, state, seq, member_ids FROM pledges ORDER BY id'),
    audit: (
      await db().query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_records WHERE object_type = 'pledge' AND action <> 'access.refused'`,
      )
    )[0]?.n,
  });
  const refusalsOf = async (username: string) =>
    (
      await db().query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_records WHERE action = 'access.refused' AND actor_id = $1`,
        [username],
      )
    )[0]?.n;
  const propose = (as: Http, over: Record<string, unknown>) =>
    as.post('/pledges').send({
      kind: 'annual',
      form: 'individual',
      pledgerKind: 'member',
      year: PLEDGE_YEAR,
      organisationId: bed.world().branchId,
      items: [{ content: '每月走访困难群众两次' }],
      leads: ['service'],
      ...over,
    });
  let n = 0;
  /** The workflow has recorded the proposal in the projection. */
  const proposed = (pledgeId: string) =>
    eventually(
      async () =>
        (await db().query<{ state: string }>('SELECT state FROM pledges WHERE id = $1', [pledgeId]))[0]?.state ===
        'proposed'
          ? true
          : undefined,
      { what: `pledge ${pledgeId} recorded` },
    );
  const step = (as: Http, pledgeId: string, path: string, body: Record<string, unknown>) =>
    as.post(`/pledges/${pledgeId}/${path}`).send({ idempotencyKey: `own-${++n}`, ...body });

  beforeAll(async () => {
    const roles = [{ role: 'member' as const, organisationCode: 'QS-T01-V01' }];
    wang = await userWith(bed.stack.api, 'wang-user', roles);
    li = await userWith(bed.stack.api, 'li-user', roles);
    unlinked = await userWith(bed.stack.api, 'unlinked-user', roles);
  });

  it('links users to members: the unit’s administrator only, one user per member, audited', async () => {
    const admin = await bed.stack.as('qs-admin');
    const { wang: wangId, li: liId } = bed.world().member;
    // A user who administers no grading unit links nobody.
    await (
      await signedAs(bed.stack.api, 'not-an-administrator')
    )
      .put('/users/wang-user/member')
      .send({ memberId: wangId })
      .expect(403);
    await bed.http().put('/users/wang-user/member').send({ memberId: wangId }).expect(403);
    await admin.put('/users/wang-user/member').send({ memberId: 'not-a-uuid' }).expect(400);
    await admin.put('/users/wang-user/member').send({}).expect(400);
    await admin.put('/users/nobody/member').send({ memberId: wangId }).expect(404);
    expect((await admin.put('/users/wang-user/member').send({ memberId: wangId }).expect(200)).body).toEqual({
      username: 'wang-user',
      memberId: wangId,
    });
    const before = await db().query('SELECT id, user_id FROM members ORDER BY id');
    await admin
      .put('/users/li-user/member')
      .send({ memberId: wangId })
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('MEMBER_ALREADY_LINKED'));
    expect(await db().query('SELECT id, user_id FROM members ORDER BY id')).toEqual(before);
    await admin.put('/users/li-user/member').send({ memberId: liId }).expect(200);
    const audit = await db().query<{ actor_id: string; actor_role: string; before: unknown; after: unknown }>(
      `SELECT actor_id, actor_role, before, after FROM audit_records WHERE action = 'user.link-member' AND object_id = 'wang-user'`,
    );
    expect(audit).toEqual([
      { actor_id: 'qs-admin', actor_role: 'administrator', before: { memberId: null }, after: { memberId: wangId } },
    ]);
  });

  it('refuses a member of the same branch on someone else’s pledge (403, nothing changed); the owner acts', async () => {
    const { wang: wangId, li: liId } = bed.world().member;
    // Proposing: only their own pledge.
    let before = await snapshot();
    const foreign = await propose(li, { memberId: wangId }).expect(403);
    expect(foreign.body.code).toBe('NOT_OWN_MEMBER_MATTER');
    await propose(unlinked, { memberId: wangId }).expect(403);
    expect(await snapshot()).toEqual(before);
    expect(await refusalsOf('li-user')).toBeGreaterThan(0);
    const { pledgeId } = (await propose(wang, { memberId: wangId }).expect(202)).body as { pledgeId: string };
    await proposed(pledgeId);
    await step(bed.http(), pledgeId, 'review', { decision: 'return', reason: '请写明做什么、做多少' }).expect(200);

    // Revising, reporting progress, evaluating as the pledger: the other member is refused.
    before = await snapshot();
    await step(li, pledgeId, 'revise', { items: [{ content: '改写别人的承诺' }] })
      .expect(403)
      .expect((r) => expect(r.body.code).toBe('NOT_OWN_MEMBER_MATTER'));
    await step(unlinked, pledgeId, 'revise', { items: [{ content: '改写别人的承诺' }] }).expect(403);
    await step(li, pledgeId, 'progress', { note: '已完成', evidence: [], percent: 100, completed: true }).expect(403);
    // Naming the pledger as the evaluator (a self evaluation in their name) is refused to anyone else.
    await step(li, pledgeId, 'evaluations', { source: 'self', evaluatorId: wangId, score: 100 }).expect(403);
    expect(await snapshot()).toEqual(before);
    // Their own peer evaluation passes the ownership check, but the branch has not asked them
    // (pledge-peer-requests.integration-spec.ts).
    const own = await step(li, pledgeId, 'evaluations', { source: 'peer', evaluatorId: liId, score: 90 });
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('PEER_EVALUATION_NOT_REQUESTED');
    expect(await snapshot()).toEqual(before);

    // The owner revises their own pledge.
    await step(wang, pledgeId, 'revise', { items: [{ content: '每季度为孤寡老人义务理发一次' }] })
      .expect(200)
      .expect((r) => expect(r.body.state).toBe('proposed'));
  });

  it('a collective pledge is any of its members’: each of them acts, another member does not', async () => {
    const { wang: wangId, li: liId, zhao: zhaoId } = bed.world().member;
    const admin = await bed.stack.as('qs-admin');
    const zhao = await userWith(bed.stack.api, 'zhao-user', [{ role: 'member', organisationCode: 'QS-T01-V01' }]);
    await admin.put('/users/zhao-user/member').send({ memberId: zhaoId }).expect(200);
    const { pledgeId } = (
      await propose(li, { form: 'collective', memberId: wangId, memberIds: [wangId, liId] }).expect(202)
    ).body as { pledgeId: string };
    await proposed(pledgeId);
    await step(bed.http(), pledgeId, 'review', { decision: 'return', reason: '请写明做什么' }).expect(200);
    const before = await snapshot();
    await step(zhao, pledgeId, 'revise', { items: [{ content: '不是我的承诺' }] }).expect(403);
    expect(await snapshot()).toEqual(before);
    await step(li, pledgeId, 'revise', { items: [{ content: '每月共同走访两次' }] }).expect(200);
  });
});
