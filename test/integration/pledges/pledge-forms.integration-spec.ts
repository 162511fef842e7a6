import { jest } from '@jest/globals';
import { eventually } from '../../support/eventually.js';
import { PLEDGE_SECRETARY, PLEDGE_YEAR, usePledgeTestbed } from './pledge-fixture.js';

jest.setTimeout(180_000);

describe('pledge kinds and forms: a closed pledge, a collective pledge, an instant pledge', () => {
  const bed = usePledgeTestbed('pledge-forms');
  const { http, proposeAnnual, step } = bed;
  const SECRETARY = PLEDGE_SECRETARY;
  const auditCount = async (pledgeId: string) =>
    (
      await bed.stack.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_records WHERE object_type = 'pledge' AND object_id = $1`,
        [pledgeId],
      )
    )[0]?.n;
  const recorded = (pledgeId: string) =>
    eventually(async () => ((await auditCount(pledgeId)) ? true : undefined), { what: 'the proposal recorded' });

  it('refuses an annual pledge outside the configured window (422 naming the year), nothing started', async () => {
    const pledges = async () =>
      (await bed.stack.db.query<{ n: number }>('SELECT count(*)::int AS n FROM pledges'))[0]?.n;
    const before = await pledges();
    // The test stack's window for a year opens on 1 January of the year before (test-clock.ts):
    // the year after PLEDGE_YEAR is not open yet, whatever today is.
    const early = await http()
      .post('/pledges')
      .send({
        kind: 'annual',
        form: 'individual',
        pledgerKind: 'member',
        year: PLEDGE_YEAR + 1,
        memberId: bed.world().member.li,
        organisationId: bed.world().branchId,
        items: [{ content: '带头学习' }],
      })
      .expect(422);
    expect(early.body).toMatchObject({ code: 'PLEDGE_OUTSIDE_ANNUAL_WINDOW', field: 'year' });
    expect(early.body.messageZhCN).toContain(`${PLEDGE_YEAR}-01-01至${PLEDGE_YEAR + 1}-12-31`);
    expect(await pledges()).toBe(before);
  });

  it('a closed pledge refuses any further step with 409', async () => {
    const { pledgeId, workflowId } = await proposeAnnual(bed.world().member.li, { items: [{ content: '带头学习' }] });
    await recorded(pledgeId);
    for (const [path, body] of [
      ['review', { decision: 'approve' }],
      ['publicise', { scope: 'party', expiresAt: new Date(Date.now() + 86_400_000).toISOString() }],
      ['progress', { note: '完成', percent: 100, completed: true }],
      ['evaluations', { source: 'self', evaluatorId: bed.world().member.li, score: 70 }],
      ['evaluations', { source: 'peer', evaluatorId: bed.world().member.wang, score: 60 }],
      [
        'evaluations',
        { source: 'leader', evaluatorId: SECRETARY, score: 50, achievements: '有进步', problemsAndDirection: '需加强' },
      ],
      ['conclude-evaluation', {}],
      ['feedback', { message: '需继续努力' }],
    ] as const)
      await step(pledgeId, path, body).expect(200);
    await bed.stack.client.workflow.getHandle(workflowId).result();
    const late = await step(pledgeId, 'feedback', { message: '再次反馈' }).expect(409);
    expect(late.body.code).toBe('PLEDGE_CLOSED');
    expect((await http().get(`/pledges/${pledgeId}`).expect(200)).body.live.result.band.key).toBe('poor');
  });

  it('a collective pledge binds several members: any of them self-evaluates, the feedback reaches each', async () => {
    const { pledgeId, workflowId } = await proposeAnnual(bed.world().member.wang, {
      form: 'collective',
      memberIds: [bed.world().member.wang, bed.world().member.li],
      items: [{ content: '党员先锋岗：每周为村民代办事务' }],
    });
    await recorded(pledgeId);
    await step(pledgeId, 'review', { decision: 'approve' }).expect(200);
    await step(pledgeId, 'publicise', {
      scope: 'public',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    }).expect(200);
    await step(pledgeId, 'progress', { note: '全年代办 120 件', percent: 100, completed: true }).expect(200);
    await step(pledgeId, 'evaluations', { source: 'self', evaluatorId: bed.world().member.li, score: 95 }).expect(200);
    // A member bound by the pledge cannot peer-evaluate it.
    const own = await step(pledgeId, 'evaluations', {
      source: 'peer',
      evaluatorId: bed.world().member.wang,
      score: 95,
    }).expect(422);
    expect(own.body.code).toBe('EVALUATION_PEER_IS_PLEDGER');
    await step(pledgeId, 'evaluations', { source: 'peer', evaluatorId: bed.world().member.zhao, score: 92 }).expect(
      200,
    );
    await step(pledgeId, 'evaluations', {
      source: 'leader',
      evaluatorId: SECRETARY,
      score: 94,
      achievements: '群众满意',
      problemsAndDirection: '扩大服务范围',
    }).expect(200);
    await step(pledgeId, 'conclude-evaluation', {}).expect(200);
    await step(pledgeId, 'feedback', { message: '集体承诺完成很好' }).expect(200);
    await bed.stack.client.workflow.getHandle(workflowId).result();
    const recipients = await bed.stack.db.query<{ recipient: string }>(
      `SELECT recipient FROM inbox_notices WHERE title_zh_cn LIKE '【评议结果】%好' AND link LIKE $1 ORDER BY recipient`,
      [`%${pledgeId}`],
    );
    expect(recipients.map((r) => r.recipient).sort()).toEqual(
      [`member:${bed.world().member.wang}`, `member:${bed.world().member.li}`].sort(),
    );
    const [line] = await bed.stack.db.query<{ pledger_names: string[] }>(
      'SELECT pledger_names FROM pledge_ledger_lines WHERE pledge_id = $1',
      [pledgeId],
    );
    expect(line?.pledger_names).toEqual(['王磊', '李秀英']);
  });

  it('an instant pledge names its trigger, is due on its own date and is evaluated once on completion (一事一评)', async () => {
    const missing = await http()
      .post('/pledges')
      .send({
        kind: 'instant',
        form: 'with-public',
        pledgerKind: 'member',
        year: PLEDGE_YEAR,
        memberId: bed.world().member.zhao,
        organisationId: bed.world().branchId,
        items: [{ content: '带领群众加固河堤' }],
      })
      .expect(422);
    expect(missing.body.code).toBe('PLEDGE_TRIGGER_REQUIRED');
    // Next year's flood season: the due date is ahead of the clock whatever today is.
    const FLOOD = `${PLEDGE_YEAR}年汛期防汛抢险`;
    const DUE = `${PLEDGE_YEAR}-08-31`;
    const { pledgeId, workflowId } = await proposeAnnual(bed.world().member.zhao, {
      kind: 'instant',
      form: 'with-public',
      year: PLEDGE_YEAR,
      trigger: { kind: 'emergency', reference: FLOOD },
      dueDate: DUE,
      items: [{ content: '带领群众加固河堤' }],
    });
    await recorded(pledgeId);
    await step(pledgeId, 'review', { decision: 'approve' }).expect(200);
    await step(pledgeId, 'publicise', {
      scope: 'public',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    }).expect(200);
    const live = (await http().get(`/pledges/${pledgeId}`).expect(200)).body.live;
    expect(live.openStep).toEqual({ key: 'fulfil', deadlineAt: `${DUE}T10:00:00.000Z` });
    await step(pledgeId, 'progress', { note: '河堤加固完成', percent: 100, completed: true })
      .expect(200)
      .expect((r) => expect(r.body.state).toBe('evaluating'));
    await step(pledgeId, 'evaluations', { source: 'self', evaluatorId: bed.world().member.zhao, score: 90 }).expect(
      200,
    );
    const again = await step(pledgeId, 'evaluations', {
      source: 'self',
      evaluatorId: bed.world().member.zhao,
      score: 99,
    }).expect(409);
    expect(again.body.code).toBe('EVALUATION_ALREADY_GIVEN');
    const incomplete = await step(pledgeId, 'conclude-evaluation', {}).expect(422);
    expect(incomplete.body.code).toBe('EVALUATION_INCOMPLETE');
    const [line] = await bed.stack.db.query<{ trigger_reference: string; due_date: string }>(
      `SELECT trigger_reference, to_char(due_date, 'YYYY-MM-DD') AS due_date FROM pledge_ledger_lines WHERE pledge_id = $1`,
      [pledgeId],
    );
    expect(line).toEqual({ trigger_reference: FLOOD, due_date: DUE });
    expect((await bed.stack.client.workflow.getHandle(workflowId).describe()).status.name).toBe('RUNNING');
  });
});
