import { jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import { pledgeWorkflowId, stepDeadlineWorkflowId } from '@cxzy/contracts';
import { eventually } from '../../support/eventually.js';
import { MEMBERS, NEIGHBOUR_SECRETARY, PLEDGE_SECRETARY, PLEDGE_YEAR, usePledgeTestbed } from './pledge-fixture.js';

jest.setTimeout(180_000);

describe('pledges: 提出 → 审核 → 公开 → 履行 → 评议 → 反馈 on the real Temporal server and PostgreSQL', () => {
  const bed = usePledgeTestbed('pledge');
  const { http, proposeAnnual, step } = bed;
  const SECRETARY = PLEDGE_SECRETARY;
  const stateOf = async (pledgeId: string) =>
    (await http().get(`/pledges/${pledgeId}`).expect(200)).body.live.state as string;
  const auditCount = async (pledgeId: string) =>
    (
      await bed.stack.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_records WHERE object_type = 'pledge' AND object_id = $1`,
        [pledgeId],
      )
    )[0]?.n;
  const recorded = (pledgeId: string) =>
    eventually(async () => ((await auditCount(pledgeId)) ? true : undefined), { what: 'the proposal recorded' });

  it('an annual individual pledge goes through every step to feedback, audited at each transition', async () => {
    const { pledgeId, workflowId } = await proposeAnnual(bed.world().member.wang);
    expect(workflowId).toBe(pledgeWorkflowId(pledgeId));
    await recorded(pledgeId);

    const approved = await step(pledgeId, 'review', { decision: 'approve' }).expect(200);
    expect(approved.body).toMatchObject({ state: 'approved', ledgerVersion: 1 });
    // One annual pledge is below the suggested 2–5: a warning to the reviewer, not a block.
    expect(approved.body.warnings.map((w: { code: string }) => w.code)).toEqual(['PLEDGE_COUNT_BELOW_RANGE']);

    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    await step(pledgeId, 'publicise', { scope: 'public', expiresAt, announcedAt: '支部党员大会' }).expect(200);
    await step(pledgeId, 'progress', { note: '已走访 6 户', evidence: ['走访记录表'], percent: 50 }).expect(200);
    await step(pledgeId, 'progress', { note: '全年走访完成', percent: 100, completed: true })
      .expect(200)
      .expect((r) => expect(r.body.state).toBe('evaluating'));

    await step(pledgeId, 'evaluations', { source: 'self', evaluatorId: bed.world().member.wang, score: 90 }).expect(
      200,
    );
    await step(pledgeId, 'evaluations', { source: 'peer', evaluatorId: bed.world().member.li, score: 80 }).expect(200);
    await step(pledgeId, 'evaluations', {
      source: 'leader',
      evaluatorId: SECRETARY,
      score: 85,
      achievements: '走访到位，群众认可',
      problemsAndDirection: '记录不够完整，明年完善台账',
    }).expect(200);
    const concluded = await step(pledgeId, 'conclude-evaluation', {}).expect(200);
    // No public ratings: their weight is shared out (self 25, peer 25, leader 50) → 85.
    expect(concluded.body.result).toMatchObject({ score: 85, band: { key: 'good' } });

    const fed = await step(pledgeId, 'feedback', { message: '承诺完成较好，望继续保持' }).expect(200);
    expect(fed.body.state).toBe('closed');
    const result = await bed.stack.client.workflow.getHandle(workflowId).result();
    expect(result).toMatchObject({ state: 'closed', feedbackDelivered: true });

    const inbox = await bed.stack.db.query<{ title_zh_cn: string }>(
      'SELECT title_zh_cn FROM inbox_notices WHERE recipient = $1',
      [`member:${bed.world().member.wang}`],
    );
    expect(inbox.map((r) => r.title_zh_cn)).toEqual(['【评议结果】承诺评议结果：较好']);
    const actions = await bed.stack.db.query<{ action: string }>(
      `SELECT action FROM audit_records WHERE object_type = 'pledge' AND object_id = $1 ORDER BY seq`,
      [pledgeId],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'pledge.propose',
      'pledge.approve',
      'pledge.publicise',
      'pledge.report-progress',
      'pledge.complete-fulfilment',
      'pledge.evaluate',
      'pledge.evaluate',
      'pledge.evaluate',
      'pledge.conclude-evaluation',
      'pledge.feed-back',
    ]);
    const [stored] = await bed.stack.db.query<{ state: string; seq: number }>(
      'SELECT state, seq FROM pledges WHERE id = $1',
      [pledgeId],
    );
    expect(stored).toEqual({ state: 'closed', seq: 9 });
  });

  it('refuses steps out of order with 409 and changes nothing; a bad payload is 422', async () => {
    const { pledgeId } = await proposeAnnual(bed.world().member.li);
    await recorded(pledgeId);
    const before = await auditCount(pledgeId);
    const early = await step(pledgeId, 'publicise', {
      scope: 'public',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    }).expect(409);
    expect(early.body).toMatchObject({ code: 'PLEDGE_WRONG_STEP', field: 'state' });
    expect(early.body.message).toContain('审核列入承诺台账后才能公开');
    await step(pledgeId, 'evaluations', { source: 'self', evaluatorId: bed.world().member.li, score: 90 }).expect(409);
    await step(pledgeId, 'feedback', { message: '提前反馈' }).expect(409);
    const noReason = await step(pledgeId, 'review', { decision: 'return' }).expect(422);
    expect(noReason.body.code).toBe('PLEDGE_RETURN_REASON_REQUIRED');
    await step(pledgeId, 'review', { decision: 'maybe' }).expect(400);
    // The neighbouring branch's secretary may not review V01's pledge; a body naming an actor is refused.
    const neighbour = await (
      await bed.stack.as(NEIGHBOUR_SECRETARY)
    )
      .post(`/pledges/${pledgeId}/review`)
      .send({ idempotencyKey: 'neighbour', decision: 'approve' })
      .expect(403);
    expect(neighbour.body.message).toContain('基层党组织书记');
    await http()
      .post(`/pledges/${pledgeId}/review`)
      .send({ actor: 't01-supervisor', idempotencyKey: 'named', decision: 'approve' })
      .expect(400);
    await bed.stack
      .http()
      .post(`/pledges/${pledgeId}/review`)
      .send({ idempotencyKey: 'anon', decision: 'approve' })
      .expect(401);
    expect(await stateOf(pledgeId)).toBe('proposed');
    expect(await auditCount(pledgeId)).toBe(before);
    expect(await bed.stack.db.query('SELECT 1 FROM pledge_ledger_lines WHERE pledge_id = $1', [pledgeId])).toEqual([]);
  });

  it('a returned pledge is revised and approved; the ledger holds the revised content', async () => {
    const { pledgeId } = await proposeAnnual(bed.world().member.zhao, { items: [{ content: '多做好事' }] });
    await recorded(pledgeId);
    const returned = await step(pledgeId, 'review', { decision: 'return', reason: '内容不具体，请写明做什么、做多少' });
    expect(returned.status).toBe(200);
    expect(returned.body.state).toBe('returned');
    await step(pledgeId, 'revise', { items: [{ content: '每季度为村里孤寡老人义务理发一次' }] })
      .expect(200)
      .expect((r) => expect(r.body.state).toBe('proposed'));
    await step(pledgeId, 'review', { decision: 'approve' }).expect(200);
    const lines = (await http().get(`/organisations/${bed.world().branchId}/pledge-ledger`).expect(200)).body as {
      pledgeId: string;
      items: { content: string }[];
      pledgerNames: string[];
    }[];
    const line = lines.find((l) => l.pledgeId === pledgeId);
    expect(line).toMatchObject({ items: [{ content: '每季度为村里孤寡老人义务理发一次' }], pledgerNames: ['赵强'] });
    const [stored] = await bed.stack.db.query<{ return_reason: string | null }>(
      'SELECT return_reason FROM pledges WHERE id = $1',
      [pledgeId],
    );
    expect(stored?.return_reason).toBeNull();
  });

  it('the same idempotency key returns the first answer and applies once', async () => {
    const { pledgeId } = await proposeAnnual(bed.world().member.wang, { items: [{ content: '带头学习党章' }] });
    await recorded(pledgeId);
    const body = { idempotencyKey: `same-${pledgeId}`, decision: 'approve' };
    const first = await http().post(`/pledges/${pledgeId}/review`).send(body).expect(200);
    const again = await http().post(`/pledges/${pledgeId}/review`).send(body).expect(200);
    expect(again.body).toEqual(first.body);
    expect(
      await bed.stack.db.query('SELECT version FROM pledge_ledger_lines WHERE pledge_id = $1', [pledgeId]),
    ).toHaveLength(1);
  });

  it('ledger lines are immutable; an amendment is a new version; the xlsx export reads back', async () => {
    const { pledgeId } = await proposeAnnual(bed.world().member.li, { items: [{ content: '带头调解邻里纠纷' }] });
    await recorded(pledgeId);
    await step(pledgeId, 'review', { decision: 'approve' }).expect(200);
    await expect(
      bed.stack.db.query(`UPDATE pledge_ledger_lines SET items = '[]' WHERE pledge_id = $1`, [pledgeId]),
    ).rejects.toThrow(/immutable/);
    await expect(
      bed.stack.db.query('DELETE FROM pledge_ledger_lines WHERE pledge_id = $1', [pledgeId]),
    ).rejects.toThrow(/immutable/);
    const amended = await step(pledgeId, 'amend', {
      items: [{ content: '带头调解邻里纠纷，全年不少于 5 起' }],
      reason: '量化目标',
    }).expect(200);
    expect(amended.body).toMatchObject({ state: 'approved', ledgerVersion: 2 });
    const versions = await bed.stack.db.query<{ version: number; amendment_reason: string | null }>(
      'SELECT version, amendment_reason FROM pledge_ledger_lines WHERE pledge_id = $1 ORDER BY version',
      [pledgeId],
    );
    expect(versions).toEqual([
      { version: 1, amendment_reason: null },
      { version: 2, amendment_reason: '量化目标' },
    ]);

    const file = await http()
      .get(`/organisations/${bed.world().branchId}/pledge-ledger.xlsx`)
      .query({ year: PLEDGE_YEAR })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as never);
    const sheet = workbook.getWorksheet('承诺台账');
    const contents: string[] = [];
    sheet?.eachRow((row, i) => {
      if (i > 2) contents.push(`${String(row.getCell(5).value)}@v${String(row.getCell(10).value)}`);
    });
    expect(contents).toEqual(expect.arrayContaining(['带头调解邻里纠纷@v1', '带头调解邻里纠纷，全年不少于 5 起@v2']));
    expect(sheet?.getRow(2).getCell(1).value).toBe('年度');
    // Recorded at in Beijing time as people write it, never an ISO UTC instant.
    expect(String(sheet?.getRow(3).getCell(13).value)).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
  });

  it('the public board shows names and organisation only, never ID or phone numbers', async () => {
    const { pledgeId } = await proposeAnnual(bed.world().member.wang, { items: [{ content: '带头参加义务劳动' }] });
    await recorded(pledgeId);
    await step(pledgeId, 'review', { decision: 'approve' }).expect(200);
    await step(pledgeId, 'publicise', {
      scope: 'public',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    }).expect(200);
    const board = await http().get(`/organisations/${bed.world().branchId}/pledge-board`).expect(200);
    const entry = (board.body as { pledgeId: string }[]).find((e) => e.pledgeId === pledgeId);
    expect(entry).toMatchObject({
      organisationName: '东岭镇长家庄党支部',
      pledgerNames: ['王磊'],
      items: ['带头参加义务劳动'],
    });
    const text = JSON.stringify(board.body);
    for (const m of Object.values(MEMBERS)) {
      expect(text).not.toContain(m.idNumber);
      if (m.phone) expect(text).not.toContain(m.phone);
    }
  });

  it('fulfilment opens a reminder child on the step deadline (the reminding itself: pledge-reminders); an excused member gets none', async () => {
    const reminded = await proposeAnnual(bed.world().member.zhao, { items: [{ content: '带头保护村里环境' }] });
    const excused = await proposeAnnual(bed.world().member.elder, { items: [{ content: '给年轻党员讲党史' }] });
    for (const { pledgeId } of [reminded, excused]) {
      await recorded(pledgeId);
      await step(pledgeId, 'review', { decision: 'approve' }).expect(200);
      await step(pledgeId, 'publicise', {
        scope: 'party',
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      }).expect(200);
    }
    const child = bed.stack.client.workflow.getHandle(stepDeadlineWorkflowId(reminded.workflowId, 'fulfil', 0));
    const description = await eventually(() => child.describe().catch(() => undefined), {
      what: 'the fulfil reminder child',
    });
    expect(description.status.name).toBe('RUNNING');
    const live = (await http().get(`/pledges/${reminded.pledgeId}`).expect(200)).body.live;
    // Annual pledges are due at the end of their year (the default definition: 12-31).
    expect(live.openStep).toEqual({ key: 'fulfil', deadlineAt: `${PLEDGE_YEAR}-12-31T10:00:00.000Z` });
    // The review step's child stopped when the review was done.
    const reviewChild = bed.stack.client.workflow.getHandle(stepDeadlineWorkflowId(reminded.workflowId, 'review', 0));
    expect(
      await eventually(async () => ((await reviewChild.describe()).status.name === 'COMPLETED' ? true : undefined)),
    ).toBe(true);
    await expect(
      bed.stack.client.workflow.getHandle(stepDeadlineWorkflowId(excused.workflowId, 'fulfil', 0)).describe(),
    ).rejects.toMatchObject({ name: 'WorkflowNotFoundError' });
  });

  it('enforces who may pledge where: a mobile member pledges at the host branch; a branch pledge needs links and item details', async () => {
    const wrong = await http()
      .post('/pledges')
      .send({
        kind: 'annual',
        form: 'individual',
        pledgerKind: 'member',
        year: PLEDGE_YEAR,
        memberId: bed.world().member.mobile,
        organisationId: bed.world().branchId,
        items: [{ content: '在流入地参加志愿服务' }],
      })
      .expect(422);
    expect(wrong.body.code).toBe('PLEDGE_MOBILE_AT_HOST');
    // At the host branch it is that branch's secretary who enters it (V01's secretary has no say there).
    const hostSecretary = await bed.stack.as(NEIGHBOUR_SECRETARY);
    await hostSecretary
      .post('/pledges')
      .send({
        kind: 'annual',
        form: 'individual',
        pledgerKind: 'member',
        year: PLEDGE_YEAR,
        memberId: bed.world().member.mobile,
        organisationId: bed.world().hostBranchId,
        items: [{ content: '在流入地参加志愿服务' }],
      })
      .expect(202);
    const branch = await http()
      .post('/pledges')
      .send({
        kind: 'annual',
        form: 'individual',
        pledgerKind: 'branch',
        year: PLEDGE_YEAR,
        organisationId: bed.world().branchId,
        items: [{ content: '建好党员活动阵地' }],
      })
      .expect(422);
    expect(branch.body.errors.map((e: { rule: string }) => e.rule)).toEqual([
      'PLEDGE_ITEM_RESPONSIBLE',
      'PLEDGE_ITEM_MEASURES',
      'PLEDGE_ITEM_COMPLETION_DATE',
      'PLEDGE_BRANCH_LINK_REQUIRED',
    ]);
  });
  it('the drive shows who has not proposed; excused members are not required; mobile members count where they are', async () => {
    const names = (list: { name: string }[]) => list.map((m) => m.name).sort();
    const home = (await http().get(`/organisations/${bed.world().branchId}/pledge-drive/${PLEDGE_YEAR}`).expect(200))
      .body;
    expect(names(home.notProposed)).toEqual(['刘待岗']);
    expect(names(home.excused)).toEqual(['张建国']);
    expect(names(home.proposed)).toEqual(['李秀英', '王磊', '赵强'].sort());
    expect(home.required).toBe(4);
    // The mobile member's proposal (the test before) is recorded by its workflow, just after the 202.
    const host = await eventually(async () => {
      const body = (
        await (
          await bed.stack.as(NEIGHBOUR_SECRETARY)
        )
          .get(`/organisations/${bed.world().hostBranchId}/pledge-drive/${PLEDGE_YEAR}`)
          .expect(200)
      ).body;
      return body.proposed.length > 0 ? body : undefined;
    });
    expect(names(host.proposed)).toEqual(['陈流动']);
    await http().get(`/organisations/${bed.world().branchId}/pledge-drive/20x7`).expect(400);
  });
  it('launching the drive notifies each member who has not proposed, once; excused members never', async () => {
    const launch = () =>
      http().post(`/organisations/${bed.world().branchId}/pledge-drive/${PLEDGE_YEAR}/launch`).send({}).expect(200);
    expect((await launch()).body).toEqual({ notified: 1, alreadyNotified: 0, excused: 1, proposed: 3 });
    expect((await launch()).body).toMatchObject({ notified: 0, alreadyNotified: 1 });
    const notices = () =>
      bed.stack.db.query<{ recipient: string }>(`SELECT recipient FROM inbox_notices WHERE title_zh_cn = $1`, [
        `【承诺动员】请提出${PLEDGE_YEAR}年度承诺`,
      ]);
    await eventually(async () => ((await notices()).length > 0 ? true : undefined), { what: 'the drive notice' });
    expect(await notices()).toEqual([{ recipient: `member:${bed.world().member.nopost}` }]);
  });
});
