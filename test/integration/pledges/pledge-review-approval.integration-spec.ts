import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { stepDeadlineWorkflowId } from '@cxzy/contracts';
import { recordHistoryWhenAsked } from '../../support/record-history.js';
import { eventually } from '../../support/eventually.js';
import { caller, inboxTitles, onTask, openTask, processStatus, tasksOf } from '../approvals/approval-fixture.js';
import { NEIGHBOUR_SECRETARY, PLEDGE_SECRETARY, PLEDGE_YEAR, usePledgeTestbed } from './pledge-fixture.js';

jest.setTimeout(240_000);

/**
 * Issue 12 on a real process: the pledge's 审核 is an approval step run by the engine embedded in
 * the pledge workflow (ADR 0014). Reviewers are whoever holds the review step's role at the branch:
 * here two secretaries (书记 and 副书记), so 会签 needs both.
 */
const bed = usePledgeTestbed('pledge-review-approval');
const { stack, proposeAnnual, step } = bed;
const SECRETARY = PLEDGE_SECRETARY;
const DEPUTY_SECRETARY = 'v01-deputy';
const COMMITTEE = 'v01-committee';
const reason = (text: string) => ({ comment: { text, attachments: [] } });

/** Publishes the village pledge definition with the review step changed as given (a new version). */
async function publishReview(review: Record<string, unknown>): Promise<void> {
  const admin = await stack.as('qs-admin');
  const body = (await admin.get('/pipeline-definitions/defaults/pledge/village').expect(200)).body.body as {
    steps: { key: string }[];
  };
  const steps = body.steps.map((s) => (s.key === 'review' ? { ...s, ...review } : s));
  const draft = await admin
    .post('/pipeline-definitions')
    .send({ processKind: 'pledge', sectorCode: 'village', body: { ...body, steps } })
    .expect(201);
  await admin.post(`/pipeline-definitions/${draft.body.id}/publish`).send({}).expect(200);
}

/** The pledge's review tasks, once the approval has opened them (the approval's id is the pledge's). */
const reviewTasks = (pledgeId: string) =>
  eventually(async () => ((await tasksOf(stack, pledgeId)).length > 0 ? tasksOf(stack, pledgeId) : undefined), {
    what: `the review tasks of ${pledgeId}`,
  });

const pledgeRow = async (pledgeId: string) =>
  (
    await stack.db.query<{ state: string; return_reason: string | null }>(
      'SELECT state, return_reason FROM pledges WHERE id = $1',
      [pledgeId],
    )
  )[0];

const audits = (action: string, objectId: string) =>
  stack.db.query<{ actor_id: string; after: Record<string, unknown>; reason: string | null }>(
    'SELECT actor_id, after, reason FROM audit_records WHERE action = $1 AND object_id = $2 ORDER BY seq',
    [action, objectId],
  );

const listed = async (user: string, list: string) =>
  (
    (await (await caller(stack, user)).get('/approval-tasks').query({ list, pageSize: 200 }).expect(200)).body
      .items as { processId: string; taskId: string | null; deputyFor: string | null; status: string }[]
  ).map((i) => ({ processId: i.processId, taskId: i.taskId, deputyFor: i.deputyFor, status: i.status }));

const reminderStatus = async (workflowId: string, generation: number) =>
  (await stack.client.workflow.getHandle(stepDeadlineWorkflowId(workflowId, 'review', generation)).describe()).status
    .name;

beforeAll(async () => {
  const bootstrap = await stack.as('qs-security');
  // The stand-in holds a role in the same grading unit (QS): 代理 stays within one (docs/approvals.md).
  const roles: Record<string, { role: string; organisationCode: string }[]> = {
    [DEPUTY_SECRETARY]: [{ role: 'branch-secretary', organisationCode: 'QS-T01-V01' }],
    [COMMITTEE]: [],
    standin: [{ role: 'member', organisationCode: 'QS-T01-V02' }],
  };
  for (const [username, held] of Object.entries(roles))
    await bootstrap.put(`/users/${username}`).send({ displayName: username, roles: held }).expect(200);
  // 会签 of the branch's secretaries; 并加签 / 后加签 allowed; the superior's supervisor is copied.
  await publishReview({
    quorum: { kind: 'all' },
    approval: { addSigner: ['parallel', 'after'], cc: [{ role: 'supervisor', level: 'superior' }] },
  });
}, 120_000);

describe('the pledge review is an approval step (Temporal + PostgreSQL)', () => {
  it('驳回 across the 会签 review while one secretary had approved: nothing half-approved survives, reminders restart', async () => {
    const { pledgeId, workflowId } = await proposeAnnual(bed.world().member.wang);
    const first = await reviewTasks(pledgeId);
    expect(first.map((t) => [t.step_key, t.generation, t.assignee, t.status])).toEqual([
      ['review', 0, DEPUTY_SECRETARY, 'pending'],
      ['review', 0, SECRETARY, 'pending'],
    ]);
    // The review shows in the existing lists: 待办 for both secretaries, 我发起的 for the proposer,
    // 抄送我 for the supervisor one level up (the definition's cc).
    expect(await listed(SECRETARY, 'todo')).toContainEqual(expect.objectContaining({ processId: pledgeId }));
    expect(await listed(DEPUTY_SECRETARY, 'todo')).toContainEqual(expect.objectContaining({ processId: pledgeId }));
    expect(await listed(SECRETARY, 'started')).toContainEqual(
      expect.objectContaining({ processId: pledgeId, status: 'running' }),
    );
    await eventually(
      async () => ((await listed('t01-supervisor', 'copied')).some((c) => c.processId === pledgeId) ? true : undefined),
      { what: 'the definition’s copy to the supervisor' },
    );
    await eventually(async () => ((await reminderStatus(workflowId, 0)) === 'RUNNING' ? true : undefined), {
      what: 'the review reminders',
    });

    // The 副书记 approves; the pledge waits for the 书记 (会签).
    await onTask(stack, await openTask(stack, pledgeId, DEPUTY_SECRETARY), 'approve', DEPUTY_SECRETARY).expect(200);
    expect((await pledgeRow(pledgeId))?.state).toBe('proposed');

    // The 书记 returns it to 提出承诺 (退回修改) with a reason: mandatory.
    const secretaryTask = await openTask(stack, pledgeId, SECRETARY);
    const noReason = await onTask(stack, secretaryTask, 'return', SECRETARY, { toStep: 'propose' }).expect(422);
    expect(noReason.body.code).toBe('APPROVAL_REASON_REQUIRED');
    const back = await onTask(stack, secretaryTask, 'return', SECRETARY, {
      toStep: 'propose',
      ...reason('内容不具体，请写明做什么、做多少'),
    }).expect(200);
    expect(back.body).toMatchObject({ status: 'returned' });

    // Nothing half-approved survives: the 副书记's approval is discarded with the rest.
    expect((await tasksOf(stack, pledgeId)).map((t) => [t.generation, t.assignee, t.status, t.actionable])).toEqual([
      [0, DEPUTY_SECRETARY, 'discarded', false],
      [0, SECRETARY, 'discarded', false],
    ]);
    expect(await processStatus(stack, pledgeId)).toMatchObject({ status: 'returned' });
    expect(await pledgeRow(pledgeId)).toEqual({ state: 'returned', return_reason: '内容不具体，请写明做什么、做多少' });
    expect((await listed(SECRETARY, 'todo')).some((t) => t.processId === pledgeId)).toBe(false);
    expect((await listed(DEPUTY_SECRETARY, 'todo')).some((t) => t.processId === pledgeId)).toBe(false);
    expect((await listed(DEPUTY_SECRETARY, 'done')).map((t) => t.taskId)).toContain(first[0]?.id);
    expect(await reminderStatus(workflowId, 0)).toBe('COMPLETED');
    // Audited twice: the approval operation (actor, reason) and the pledge's transition.
    expect(await audits('approval.return', secretaryTask)).toEqual([
      expect.objectContaining({
        actor_id: SECRETARY,
        reason: '内容不具体，请写明做什么、做多少',
        after: expect.objectContaining({ target: 'propose', processStatus: 'returned' }),
      }),
    ]);
    expect(await audits('pledge.return', pledgeId)).toEqual([expect.objectContaining({ actor_id: SECRETARY })]);
    expect(await inboxTitles(stack, SECRETARY)).toContain(
      `【审批结果】承诺审核：王磊（${PLEDGE_YEAR}年度承诺）：已退回修改`,
    );
    // Nothing can be decided on the returned round.
    expect((await onTask(stack, secretaryTask, 'approve', SECRETARY).expect(409)).body.code).toBe(
      'APPROVAL_NOT_RUNNING',
    );

    // The revision re-submits it: the review opens afresh (generation 1, both pending), reminders restart.
    await step(pledgeId, 'revise', { items: [{ content: '每月走访困难群众两次，每次记录在册' }] })
      .expect(200)
      .expect((r) => expect(r.body.state).toBe('proposed'));
    const again = (await tasksOf(stack, pledgeId)).filter((t) => t.generation === 1);
    expect(again.map((t) => [t.assignee, t.status, t.actionable])).toEqual([
      [DEPUTY_SECRETARY, 'pending', true],
      [SECRETARY, 'pending', true],
    ]);
    expect(await processStatus(stack, pledgeId)).toMatchObject({ status: 'running', current_step: 'review' });
    await eventually(async () => ((await reminderStatus(workflowId, 1)) === 'RUNNING' ? true : undefined), {
      what: 'the review reminders of the re-submission',
    });

    // The 书记 approves through the pledge's own route (its task), the 副书记 through the approval tasks.
    const half = await step(pledgeId, 'review', { decision: 'approve' }).expect(200);
    expect(half.body).toMatchObject({ state: 'proposed', ledgerVersion: null });
    await onTask(stack, await openTask(stack, pledgeId, DEPUTY_SECRETARY), 'approve', DEPUTY_SECRETARY).expect(200);
    expect(await pledgeRow(pledgeId)).toEqual({ state: 'approved', return_reason: null });
    expect(await processStatus(stack, pledgeId)).toMatchObject({ status: 'approved' });
    expect(
      await stack.db.query('SELECT version FROM pledge_ledger_lines WHERE pledge_id = $1', [pledgeId]),
    ).toHaveLength(1);
    expect(await audits('pledge.approve', pledgeId)).toEqual([expect.objectContaining({ actor_id: DEPUTY_SECRETARY })]);
    await eventually(async () => ((await reminderStatus(workflowId, 1)) === 'COMPLETED' ? true : undefined), {
      what: 'the review reminders stopping',
    });
    // Reviewed is reviewed: the pledge's own route refuses another decision.
    expect((await step(pledgeId, 'review', { decision: 'approve' }).expect(409)).body.code).toBe('PLEDGE_WRONG_STEP');

    // On to the end, so the pledge's history (new version) is recorded for the replay test.
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    await step(pledgeId, 'publicise', { scope: 'party', expiresAt }).expect(200);
    await step(pledgeId, 'progress', { note: '全年走访完成', percent: 100, completed: true }).expect(200);
    await step(pledgeId, 'evaluations', { source: 'self', evaluatorId: bed.world().member.wang, score: 90 }).expect(
      200,
    );
    await step(pledgeId, 'evaluations', { source: 'peer', evaluatorId: bed.world().member.li, score: 80 }).expect(200);
    await step(pledgeId, 'evaluations', {
      source: 'leader',
      evaluatorId: SECRETARY,
      score: 85,
      achievements: '走访到位',
      problemsAndDirection: '记录需完整',
    }).expect(200);
    await step(pledgeId, 'conclude-evaluation', {}).expect(200);
    await step(pledgeId, 'feedback', { message: '完成较好' }).expect(200);
    await stack.client.workflow.getHandle(workflowId).result();
    // Recording the replay history (only when asked: CXZY_RECORD_PLEDGE_HISTORY=<file>).
    recordHistoryWhenAsked('CXZY_RECORD_PLEDGE_HISTORY', workflowId);
  });

  it('转办 while the reviewer is away: the deputy (代理) holds the review and hands it on; the audit names both', async () => {
    const range = {
      from: new Date(Date.now() - 3_600_000).toISOString(),
      until: new Date(Date.now() + 86_400_000).toISOString(),
    };
    const away = await caller(stack, DEPUTY_SECRETARY);
    const deputyRange = await away
      .post('/approval-deputies')
      .send({ deputyId: 'standin', ...range })
      .expect(201);
    try {
      const { pledgeId } = await proposeAnnual(bed.world().member.li, { items: [{ content: '带头调解邻里纠纷' }] });
      const tasks = await reviewTasks(pledgeId);
      // The 副书记's review goes to the stand-in, marked for whom.
      expect(tasks.map((t) => [t.assignee, t.deputy_for])).toEqual([
        ['standin', DEPUTY_SECRETARY],
        [SECRETARY, null],
      ]);
      expect(await listed('standin', 'todo')).toContainEqual(
        expect.objectContaining({ processId: pledgeId, deputyFor: DEPUTY_SECRETARY }),
      );
      await eventually(
        async () =>
          (await inboxTitles(stack, 'standin')).includes(`【待办】承诺审核：李秀英（${PLEDGE_YEAR}年度承诺）`)
            ? true
            : undefined,
        { what: 'the stand-in’s notice' },
      );
      const held = tasks[0]?.id as string;
      // Whoever is away has no task to act on; the stand-in hands it to a committee member (转办).
      expect((await onTask(stack, held, 'approve', DEPUTY_SECRETARY).expect(403)).body.code).toBe(
        'APPROVAL_NOT_ASSIGNEE',
      );
      await onTask(stack, held, 'transfer', 'standin', { to: COMMITTEE, ...reason('请委员审核') }).expect(200);
      expect((await tasksOf(stack, pledgeId)).map((t) => [t.assignee, t.deputy_for, t.status])).toEqual([
        [COMMITTEE, null, 'pending'],
        [SECRETARY, null, 'pending'],
      ]);
      expect(await audits('approval.transfer', held)).toEqual([
        expect.objectContaining({
          actor_id: 'standin',
          reason: '请委员审核',
          after: expect.objectContaining({ onBehalfOf: DEPUTY_SECRETARY, target: COMMITTEE, step: 'review' }),
        }),
      ]);
      // The stand-in lost it; the committee member decides; with the 书记 the 会签 is met.
      expect((await onTask(stack, held, 'approve', 'standin').expect(403)).body.code).toBe('APPROVAL_NOT_ASSIGNEE');
      expect(await listed('standin', 'done')).toContainEqual(expect.objectContaining({ taskId: held }));
      await onTask(stack, held, 'approve', COMMITTEE).expect(200);
      await step(pledgeId, 'review', { decision: 'approve' }).expect(200);
      expect((await pledgeRow(pledgeId))?.state).toBe('approved');
      expect(await audits('approval.approve', held)).toEqual([expect.objectContaining({ actor_id: COMMITTEE })]);
    } finally {
      await away.delete(`/approval-deputies/${deputyRange.body.id}`).expect(204);
    }
  });

  it('撤回 sends the pledge back; the revision re-submits it; 加签, 催办 and 抄送 work on its review', async () => {
    const { pledgeId } = await proposeAnnual(bed.world().member.zhao, { items: [{ content: '带头保护村里环境' }] });
    await reviewTasks(pledgeId);
    // 撤回 by the proposer while nobody has acted: the pledge is back for revision, with the reason.
    await (
      await caller(stack, SECRETARY)
    )
      .post(`/approvals/${pledgeId}/withdraw`)
      .send({ idempotencyKey: randomUUID(), ...reason('漏写了完成时限') })
      .expect(200);
    expect(await pledgeRow(pledgeId)).toEqual({ state: 'returned', return_reason: '漏写了完成时限' });
    expect((await tasksOf(stack, pledgeId)).map((t) => t.status)).toEqual(['cancelled', 'cancelled']);
    await step(pledgeId, 'revise', { items: [{ content: '带头保护村里环境，每月清理河道一次' }] }).expect(200);

    // 并加签 by the 副书记: the committee member must sign too.
    const deputyTask = await openTask(stack, pledgeId, DEPUTY_SECRETARY);
    await onTask(stack, deputyTask, 'add-signer', DEPUTY_SECRETARY, { signer: COMMITTEE, position: 'parallel' }).expect(
      200,
    );
    // 催办 by the supervisor one level up; counted, and in the committee member's inbox.
    const added = await openTask(stack, pledgeId, COMMITTEE);
    await onTask(stack, added, 'urge', 't01-supervisor').expect(200);
    expect((await tasksOf(stack, pledgeId)).find((t) => t.id === added)?.urge_count).toBe(1);
    expect(await inboxTitles(stack, COMMITTEE)).toContain(`【催办】承诺审核：赵强（${PLEDGE_YEAR}年度承诺）`);
    // 抄送 by a signer at run time.
    await (
      await caller(stack, SECRETARY)
    )
      .post(`/approvals/${pledgeId}/cc`)
      .send({ idempotencyKey: randomUUID(), userIds: ['reader'] })
      .expect(200);
    expect(await listed('reader', 'copied')).toContainEqual(expect.objectContaining({ processId: pledgeId }));

    await onTask(stack, deputyTask, 'approve', DEPUTY_SECRETARY).expect(200);
    await step(pledgeId, 'review', { decision: 'approve' }).expect(200);
    expect((await pledgeRow(pledgeId))?.state).toBe('proposed');
    await onTask(stack, added, 'approve', COMMITTEE).expect(200);
    expect((await pledgeRow(pledgeId))?.state).toBe('approved');
    expect(await audits('pledge.approve', pledgeId)).toEqual([expect.objectContaining({ actor_id: COMMITTEE })]);
  });

  it('bulk approval of 200 pledge review tasks, 3 not allowed: those refused with reasons, the rest approved and audited', async () => {
    // 或签 of the secretaries for this part: one approval puts a pledge in the ledger.
    await publishReview({ quorum: { kind: 'one' }, approval: {} });
    const started = Date.now();
    // 199 pledges at the branch (an excused member's: no reminder children to start), proposed 20 at a
    // time; one at the host branch, which the neighbouring secretary reviews.
    const own: string[] = [];
    for (let batch = 0; batch < 10; batch += 1)
      own.push(
        ...(await Promise.all(
          Array.from({ length: batch < 9 ? 20 : 19 }, (_, i) =>
            proposeAnnual(bed.world().member.elder, { items: [{ content: `讲党史 第${batch * 20 + i + 1}讲` }] }).then(
              (p) => p.pledgeId,
            ),
          ),
        )),
      );
    const foreign = (
      await (
        await stack.as(NEIGHBOUR_SECRETARY)
      )
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
        .expect(202)
    ).body.pledgeId as string;
    await eventually(
      async () => {
        // The review opens before the pledge is recorded (POST /pledges answers 202): wait for both.
        const [row] = await stack.db.query<{ n: number; recorded: number }>(
          `SELECT (SELECT count(*)::int FROM approval_tasks WHERE process_id = ANY($1::uuid[]) AND assignee = $2
                     AND actionable) AS n,
                  (SELECT count(*)::int FROM pledges WHERE id = ANY($1::uuid[])) AS recorded`,
          [own, SECRETARY],
        );
        return row?.n === own.length && row.recorded === own.length ? true : undefined;
      },
      { what: 'the 199 review tasks and their pledges', timeoutMs: 240_000, intervalMs: 1_000 },
    );
    const setUpMs = Date.now() - started;
    const taskOf = async (pledgeId: string, user = SECRETARY) => openTask(stack, pledgeId, user);
    const ownTasks = await Promise.all(own.map((p) => taskOf(p)));
    const foreignTask = await reviewTasks(foreign).then((t) => t[0]?.id as string);

    // Not allowed: one returned for revision (its round is over), one out on 委派, one someone else's.
    const [returnedPledge] = own.slice(-2) as [string, string];
    const [returnedTask, delegatedTask] = ownTasks.slice(-2) as [string, string];
    await step(returnedPledge, 'review', { decision: 'return', reason: '请补充措施' }).expect(200);
    await onTask(stack, delegatedTask, 'delegate', SECRETARY, { to: COMMITTEE }).expect(200);
    const allowed = ownTasks.slice(0, -2);
    expect(allowed).toHaveLength(197);

    const bulkStarted = Date.now();
    const response = await (
      await caller(stack, SECRETARY)
    )
      .post('/approval-tasks/bulk')
      .send({
        idempotencyKey: randomUUID(),
        action: 'approve',
        taskIds: [...allowed, returnedTask, delegatedTask, foreignTask],
      })
      .expect(200);
    const bulkMs = Date.now() - bulkStarted;
    // The duration, for docs/benchmarks.md (stdout, beside Jest's own timing).
    process.stdout.write(
      `pledge bulk approval: set-up of 200 pledges ${setUpMs} ms, bulk call of 200 tasks ${bulkMs} ms\n`,
    );

    expect(response.body.results).toHaveLength(200);
    expect(response.body).toMatchObject({ succeeded: 197, failed: 3 });
    const refused = (
      response.body.results as { ok: boolean; taskId: string; error: { code: string; message: { zhCN: string } } }[]
    )
      .filter((r) => !r.ok)
      .map((r) => [r.taskId, r.error.code, r.error.message.zhCN.length > 0]);
    expect(refused).toEqual([
      [returnedTask, 'APPROVAL_NOT_RUNNING', true],
      [delegatedTask, 'APPROVAL_DELEGATION_PENDING', true],
      [foreignTask, 'APPROVAL_NOT_ASSIGNEE', true],
    ]);
    // The rest: each approved on its own, in the ledger, audited as an approval and as the pledge's transition.
    const states = await stack.db.query<{ state: string; n: number }>(
      'SELECT state, count(*)::int AS n FROM pledges WHERE id = ANY($1::uuid[]) GROUP BY state ORDER BY state',
      [[...own, foreign]],
    );
    expect(states).toEqual([
      { state: 'approved', n: 197 },
      { state: 'proposed', n: 2 },
      { state: 'returned', n: 1 },
    ]);
    const approvalAudits = await stack.db.query<{ object_id: string }>(
      `SELECT object_id FROM audit_records WHERE action = 'approval.approve' AND actor_id = $1 AND object_id = ANY($2)`,
      [SECRETARY, [...allowed, returnedTask, delegatedTask, foreignTask]],
    );
    expect(approvalAudits.map((a) => a.object_id).sort()).toEqual([...allowed].sort());
    const [pledgeAudits] = await stack.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_records WHERE action = 'pledge.approve' AND object_id = ANY($1)`,
      [own],
    );
    expect(pledgeAudits?.n).toBe(197);
    expect((await tasksOf(stack, foreign))[0]?.status).toBe('pending');
  }, 600_000);
});
