import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { approvalWorkflowId, stepDeadlineWorkflowId } from '@cxzy/contracts';
import { recordHistoryWhenAsked } from '../../support/record-history.js';
import { useTestStack } from '../../support/test-stack.js';
import { importReminderCounty } from '../../support/reminder-county.js';
import { idOf } from '../../support/registry.js';
import { eventually } from '../../support/eventually.js';
import { signedAs } from '../../support/auth.js';
import {
  caller,
  inboxTitles,
  onTask,
  openTask,
  processStatus,
  startApproval,
  step,
  submitApproval,
  tasksOf,
} from './approval-fixture.js';

jest.setTimeout(240_000);

const stack = useTestStack('approval-ops');
const reason = (text: string) => ({ comment: { text, attachments: [] } });
// The small county (organisations and users) is imported once per file, by whichever test needs it first.
let county: Promise<void> | undefined;
const ensureCounty = () => (county ??= importReminderCounty(stack.api));

const audits = (action: string, objectId?: string) =>
  stack.db.query<{ actor_id: string; after: Record<string, unknown>; reason: string | null }>(
    `SELECT actor_id, after, reason FROM audit_records WHERE action = $1 ${objectId ? 'AND object_id = $2' : ''}`,
    objectId ? [action, objectId] : [action],
  );

describe('approval operations on the real engine (Temporal + PostgreSQL)', () => {
  it('会签 with 3 signers, one adds a signer: the step completes exactly when all four have signed', async () => {
    const pid = await startApproval(stack, {
      steps: [step('sign', { kind: 'all' }, { approval: { addSigner: ['parallel'] } })],
      people: { sign: { signers: ['a', 'b', 'c'] } },
    });
    await onTask(stack, await openTask(stack, pid, 'a'), 'add-signer', 'a', {
      signer: 'n',
      position: 'parallel',
    }).expect(200);
    for (const signer of ['a', 'b', 'c']) {
      await onTask(stack, await openTask(stack, pid, signer), 'approve', signer).expect(200);
      expect(await processStatus(stack, pid)).toEqual({ status: 'running', current_step: 'sign' });
    }
    const last = await onTask(stack, await openTask(stack, pid, 'n'), 'approve', 'n').expect(200);
    expect(last.body).toMatchObject({ status: 'approved' });
    expect((await processStatus(stack, pid))?.status).toBe('approved');
    expect((await tasksOf(stack, pid)).map((t) => [t.assignee, t.status])).toEqual([
      ['a', 'approved'],
      ['b', 'approved'],
      ['c', 'approved'],
      ['n', 'approved'],
    ]);
    expect((await audits('approval.add-signer')).some((r) => r.after['processId'] === pid)).toBe(true);
    expect(await inboxTitles(stack, 'submitter')).toContain('【审批结果】测试审批：已通过');
  });

  it('a return from step 3 to step 1 across a parallel step discards the approvals in between and restarts reminders', async () => {
    await ensureCounty();
    const organisationId = await idOf(await stack.as('qs-admin'), 'QS-T01-V01');
    const deadline = { deadline: { kind: 'calendar-days', days: 5 }, reminders: [{ when: 'before', days: 1 }] };
    // Starting for an organisation needs a role there or up its leading line (AccessPolicy).
    const stranger = await (
      await stack.as('tax-secretary')
    )
      .post('/approvals')
      .send({
        title: '越权',
        organisationId,
        steps: [step('s1', { kind: 'one' })],
        people: { s1: { signers: ['a'] } },
      })
      .expect(403);
    expect(stranger.body.code).toBeTruthy();
    const pid = await startApproval(stack, {
      actor: 'v01-secretary',
      organisationId,
      steps: [
        step('s1', { kind: 'one' }, { ...deadline, actor: { role: 'branch-secretary', level: 'self' } }),
        step('s2', { kind: 'all' }),
        step('s3', { kind: 'all' }),
      ],
      people: { s1: { signers: ['a'] }, s2: { signers: ['b', 'c'] }, s3: { signers: ['d', 'e'] } },
    });
    const owner = approvalWorkflowId(pid);
    const reminders = (generation: number) =>
      stack.client.workflow.getHandle(stepDeadlineWorkflowId(owner, 's1', generation));
    // The first step's notices and reminders follow its tasks into the projection.
    await eventually(async () => ((await reminders(0).describe()).status.name === 'RUNNING' ? true : undefined), {
      what: 'the first reminders',
    });

    for (const signer of ['a', 'b', 'c', 'd'])
      await onTask(stack, await openTask(stack, pid, signer), 'approve', signer).expect(200);
    expect((await reminders(0).describe()).status.name).toBe('COMPLETED');
    const eTask = await openTask(stack, pid, 'e');
    const refused = await onTask(stack, eTask, 'return', 'e', { toStep: 's1' }).expect(422);
    expect(refused.body).toMatchObject({ code: 'APPROVAL_REASON_REQUIRED' });
    await onTask(stack, eTask, 'return', 'e', { toStep: 's1', ...reason('材料需补充') }).expect(200);

    const tasks = await tasksOf(stack, pid);
    expect(tasks.filter((t) => t.generation === 0).map((t) => [t.step_key, t.assignee, t.status])).toEqual([
      ['s1', 'a', 'discarded'],
      ['s2', 'b', 'discarded'],
      ['s2', 'c', 'discarded'],
      ['s3', 'd', 'discarded'],
      ['s3', 'e', 'discarded'],
    ]);
    expect(tasks.filter((t) => t.status === 'pending').map((t) => [t.step_key, t.generation, t.assignee])).toEqual([
      ['s1', 1, 'a'],
    ]);
    expect(await processStatus(stack, pid)).toEqual({ status: 'running', current_step: 's1' });
    expect((await reminders(1).describe()).status.name).toBe('RUNNING');
    const [audit] = await audits('approval.return', eTask);
    expect(audit).toMatchObject({ actor_id: 'e', reason: '材料需补充' });

    // After the return, step 2 opens again as a new generation with nobody's approval carried over.
    await onTask(stack, await openTask(stack, pid, 'a'), 'approve', 'a').expect(200);
    expect((await reminders(1).describe()).status.name).toBe('COMPLETED');
    const reopened = (await tasksOf(stack, pid)).filter((t) => t.step_key === 's2' && t.generation === 1);
    expect(reopened.map((t) => [t.assignee, t.status])).toEqual([
      ['b', 'pending'],
      ['c', 'pending'],
    ]);
    for (const signer of ['b', 'c', 'd', 'e'])
      await onTask(stack, await openTask(stack, pid, signer), 'approve', signer).expect(200);
    expect((await processStatus(stack, pid))?.status).toBe('approved');
    await stack.client.workflow.getHandle(owner).result();

    // Recording the replay history of a finished approval (only when asked: CXZY_RECORD_APPROVAL_HISTORY=<file>).
    recordHistoryWhenAsked('CXZY_RECORD_APPROVAL_HISTORY', owner);
  });

  it('抄送 from the definition: the step’s cc actors (role + level) are resolved along the leading line when it opens', async () => {
    await ensureCounty();
    const organisationId = await idOf(await stack.as('qs-admin'), 'QS-T01-V01');
    const copyLine = { approval: { cc: [{ role: 'supervisor', level: 'superior' }] } };
    const pid = await startApproval(stack, {
      actor: 'v01-secretary',
      title: '定义抄送',
      organisationId,
      steps: [step('s1', { kind: 'one' }), step('s2', { kind: 'one' }, copyLine)],
      people: { s1: { signers: ['cc1'] }, s2: { signers: ['cc2'] } },
    });
    const supervisor = await stack.as('t01-supervisor');
    const copiedTo = async () =>
      (
        (await supervisor.get('/approval-tasks').query({ list: 'copied' }).expect(200)).body.items as {
          processId: string;
          stepKey: string;
        }[]
      ).filter((i) => i.processId === pid);
    // Nobody is copied before the step with cc opens.
    expect(await copiedTo()).toEqual([]);
    await onTask(stack, await openTask(stack, pid, 'cc1'), 'approve', 'cc1').expect(200);
    // 东岭镇 (QS-T01) is the superior of 长家庄党支部 on its leading line: its supervisor is copied.
    await eventually(async () => ((await copiedTo()).length === 1 ? true : undefined), { what: 'the definition copy' });
    expect(await copiedTo()).toEqual([expect.objectContaining({ stepKey: 's2' })]);
    await eventually(
      async () => ((await inboxTitles(stack, 't01-supervisor')).includes('【抄送】定义抄送') ? true : undefined),
      { what: 'the copy notice' },
    );
    const history = (await supervisor.get(`/approvals/${pid}`).expect(200)).body.history as {
      action: string;
      actor: string;
      target: string;
    }[];
    expect(history.filter((h) => h.action === 'cc')).toEqual([
      expect.objectContaining({ actor: 'system', target: 't01-supervisor' }),
    ]);
    // Copied people read but do not act.
    const task = await openTask(stack, pid, 'cc2');
    expect((await onTask(stack, task, 'approve', 't01-supervisor').expect(403)).body.code).toBe(
      'APPROVAL_NOT_ASSIGNEE',
    );
  });

  it('转办: the original holder loses the task; 委派: the holder decides only after the delegate gives it back', async () => {
    const pid = await startApproval(stack, {
      steps: [step('s1', { kind: 'all' })],
      people: { s1: { signers: ['t1', 't2'] } },
    });
    const first = await openTask(stack, pid, 't1');
    await onTask(stack, first, 'transfer', 't1', { to: 't9' }).expect(200);
    const lost = await onTask(stack, first, 'approve', 't1').expect(403);
    expect(lost.body).toMatchObject({ code: 'APPROVAL_NOT_ASSIGNEE' });
    await onTask(stack, first, 'approve', 't9').expect(200);

    const second = await openTask(stack, pid, 't2');
    await onTask(stack, second, 'delegate', 't2', { to: 'helper' }).expect(200);
    expect(await inboxTitles(stack, 'helper')).toContain('【待办】测试审批');
    expect((await onTask(stack, second, 'approve', 't2').expect(409)).body.code).toBe('APPROVAL_DELEGATION_PENDING');
    await onTask(stack, second, 'resolve-delegation', 'helper', reason('已核实')).expect(200);
    await onTask(stack, second, 'approve', 't2').expect(200);
    expect((await processStatus(stack, pid))?.status).toBe('approved');
  });

  it('撤回 while nobody acted; refused once someone has', async () => {
    const pid = await startApproval(stack, {
      steps: [step('s1', { kind: 'all' })],
      people: { s1: { signers: ['w1', 'w2'] } },
    });
    const withdraw = async (status: number) =>
      (await caller(stack, 'submitter'))
        .post(`/approvals/${pid}/withdraw`)
        .send({ idempotencyKey: randomUUID() })
        .expect(status);
    const other = await startApproval(stack, {
      steps: [step('s1', { kind: 'all' })],
      people: { s1: { signers: ['w1', 'w2'] } },
    });
    await onTask(stack, await openTask(stack, other, 'w1'), 'approve', 'w1').expect(200);
    const late = await (
      await caller(stack, 'submitter')
    )
      .post(`/approvals/${other}/withdraw`)
      .send({ idempotencyKey: randomUUID() })
      .expect(409);
    expect(late.body.code).toBe('APPROVAL_ALREADY_ACTED');
    const notMine = await (
      await caller(stack, 'w1')
    )
      .post(`/approvals/${pid}/withdraw`)
      .send({ idempotencyKey: randomUUID() })
      .expect(403);
    expect(notMine.body.code).toBe('APPROVAL_NOT_SUBMITTER');
    await withdraw(200);
    expect((await processStatus(stack, pid))?.status).toBe('withdrawn');
    expect((await tasksOf(stack, pid)).every((t) => t.status === 'cancelled')).toBe(true);
  });

  it('催办 is rate-limited, counted and reaches the assignee’s inbox', async () => {
    const pid = await startApproval(stack, {
      steps: [step('s1', { kind: 'one' })],
      people: { s1: { signers: ['slow'] } },
    });
    const task = await openTask(stack, pid, 'slow');
    expect((await onTask(stack, task, 'urge', 'slow').expect(403)).body.code).toBe('APPROVAL_URGE_FORBIDDEN');
    await onTask(stack, task, 'urge', 'submitter').expect(200);
    const again = await onTask(stack, task, 'urge', 'submitter').expect(429);
    expect(again.body.code).toBe('APPROVAL_URGE_TOO_SOON');
    expect((await tasksOf(stack, pid))[0]?.urge_count).toBe(1);
    expect(await inboxTitles(stack, 'slow')).toContain('【催办】测试审批');
  });

  it('抄送: the copied person gets an inbox item and a 抄送我 entry, and cannot act', async () => {
    const pid = await startApproval(stack, {
      steps: [step('s1', { kind: 'one' })],
      people: { s1: { signers: ['cc-signer'] } },
    });
    await (
      await caller(stack, 'cc-signer')
    )
      .post(`/approvals/${pid}/cc`)
      .send({ idempotencyKey: randomUUID(), userIds: ['reader'] })
      .expect(200);
    expect(await inboxTitles(stack, 'reader')).toContain('【抄送】测试审批');
    const reader = await caller(stack, 'reader');
    const copied = await reader.get('/approval-tasks').query({ list: 'copied' }).expect(200);
    expect(copied.body.items.map((i: { processId: string }) => i.processId)).toEqual([pid]);
    const task = await openTask(stack, pid, 'cc-signer');
    expect((await onTask(stack, task, 'approve', 'reader').expect(403)).body.code).toBe('APPROVAL_NOT_ASSIGNEE');
    // The person copied reads the approval; someone not in it does not.
    expect((await reader.get(`/approvals/${pid}`).expect(200)).body.process).toMatchObject({ processId: pid });
    const outsider = await (await caller(stack, 'outsider')).get(`/approvals/${pid}`).expect(403);
    expect(outsider.body.code).toBe('APPROVAL_NOT_INVOLVED');
  });

  it('代理: tasks for someone away go to their deputy, marked; a transfer to them goes to the deputy too; the audit names both', async () => {
    const range = {
      from: new Date(Date.now() - 3_600_000).toISOString(),
      until: new Date(Date.now() + 86_400_000).toISOString(),
    };
    // 代理 stays within a grading unit: the three of them hold a role in 青山县 (QS).
    await ensureCounty();
    const v01 = await idOf(await stack.as('qs-admin'), 'QS-T01-V01');
    for (const username of ['away', 'standin', 'other'])
      await signedAs(stack.api, username, [{ role: 'member', organisationId: v01 }]);
    const away = await caller(stack, 'away');
    await away
      .post('/approval-deputies')
      .send({ deputyId: 'standin', ...range })
      .expect(201);
    // Someone of another grading unit (the tax bureau's, QL-TAX) or nobody at all: the same 422.
    const later = {
      from: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      until: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    };
    for (const deputyId of ['tax-secretary', 'no-such-user']) {
      const outside = await away
        .post('/approval-deputies')
        .send({ deputyId, ...later })
        .expect(422);
      expect(outside.body).toMatchObject({ code: 'DEPUTY_OUTSIDE_UNIT', field: 'deputyId' });
      expect(outside.body.messageZhCN).toContain('同一组织实施单位');
    }
    const overlap = await away
      .post('/approval-deputies')
      .send({ deputyId: 'other', ...range })
      .expect(409);
    expect(overlap.body.code).toBe('DEPUTY_RANGE_OVERLAP');
    // A deputy range is the caller's own: a body naming someone else is refused as an unknown field.
    await away
      .post('/approval-deputies')
      .send({ actor: 'present', deputyId: 'x', ...range })
      .expect(400);
    expect((await away.get('/approval-deputies').expect(200)).body).toEqual([
      expect.objectContaining({ userId: 'away', deputyId: 'standin' }),
    ]);
    expect((await (await caller(stack, 'present')).get('/approval-deputies').expect(200)).body).toEqual([]);

    const pid = await startApproval(stack, {
      steps: [step('s1', { kind: 'all' })],
      people: { s1: { signers: ['away', 'present'] } },
    });
    const tasks = await tasksOf(stack, pid);
    expect(tasks.map((t) => [t.assignee, t.deputy_for])).toEqual([
      ['standin', 'away'],
      ['present', null],
    ]);
    await eventually(
      async () => ((await inboxTitles(stack, 'standin')).includes('【待办】测试审批') ? true : undefined),
      {
        what: 'the deputy’s notice',
      },
    );
    const standin = await caller(stack, 'standin');
    const todo = await standin.get('/approval-tasks').query({ list: 'todo' }).expect(200);
    expect(todo.body.items).toEqual([expect.objectContaining({ processId: pid, deputyFor: 'away' })]);

    const deputyTask = tasks[0]?.id as string;
    await onTask(stack, deputyTask, 'approve', 'standin').expect(200);
    const [audit] = await audits('approval.approve', deputyTask);
    expect(audit?.actor_id).toBe('standin');
    expect(audit?.after['onBehalfOf']).toBe('away');

    // 转办 to someone away while their range runs: the deputy receives it.
    const second = await startApproval(stack, {
      steps: [step('s1', { kind: 'one' })],
      people: { s1: { signers: ['present'] } },
    });
    const moved = await openTask(stack, second, 'present');
    await onTask(stack, moved, 'transfer', 'present', { to: 'away' }).expect(200);
    expect((await tasksOf(stack, second)).map((t) => [t.assignee, t.deputy_for])).toEqual([['standin', 'away']]);
    const done = await standin.get('/approval-tasks').query({ list: 'done' }).expect(200);
    expect(done.body.items.map((i: { taskId: string }) => i.taskId)).toEqual([deputyTask]);
  });

  it('bulk approve: every allowed task is approved and audited on its own; the refused ones are reported individually', async () => {
    // The scale: 200 tasks in one call, 3 of them not allowed. 198 approvals for 'bulk'
    // (one decided beforehand), submitted ten at a time; then one wait until all their tasks are in.
    const processes: string[] = [];
    for (let batch = 0; batch < 20; batch += 1)
      processes.push(
        ...(await Promise.all(
          Array.from({ length: batch < 19 ? 10 : 8 }, (_, i) =>
            submitApproval(stack, {
              title: `批量 ${batch * 10 + i}`,
              steps: [step('s1', { kind: 'one' })],
              people: { s1: { signers: ['bulk'] } },
            }),
          ),
        )),
      );
    await eventually(
      async () => {
        const [row] = await stack.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM approval_tasks WHERE assignee = 'bulk' AND status = 'pending'`,
        );
        return row?.n === processes.length ? true : undefined;
      },
      { what: 'the 198 bulk tasks', timeoutMs: 180_000, intervalMs: 1_000 },
    );
    const own = await Promise.all(processes.map((p) => openTask(stack, p, 'bulk')));
    const foreignProcess = await startApproval(stack, {
      steps: [step('s1', { kind: 'one' })],
      people: { s1: { signers: ['someone'] } },
    });
    const foreign = await openTask(stack, foreignProcess, 'someone');
    const missing = `${randomUUID()}.1`;
    // One decided already (its approval has ended): refused too.
    const decided = own.pop() as string;
    await onTask(stack, decided, 'approve', 'bulk').expect(200);
    const response = await (
      await caller(stack, 'bulk')
    )
      .post('/approval-tasks/bulk')
      .send({
        idempotencyKey: randomUUID(),
        action: 'approve',
        taskIds: [...own, foreign, decided, missing],
      })
      .expect(200);
    expect(response.body.results).toHaveLength(200);
    expect(response.body).toMatchObject({ succeeded: 197, failed: 3 });
    const refused = response.body.results.filter((r: { ok: boolean }) => !r.ok);
    expect(refused.map((r: { taskId: string; error: { code: string } }) => [r.taskId, r.error.code])).toEqual([
      [foreign, 'APPROVAL_NOT_ASSIGNEE'],
      [decided, 'APPROVAL_NOT_RUNNING'],
      [missing, 'APPROVAL_TASK_NOT_FOUND'],
    ]);
    // Someone not in the ended approval is not told it has ended (409): 403, as while it ran (issue #22).
    expect((await onTask(stack, decided, 'approve', 'outsider').expect(403)).body.code).toBe('APPROVAL_NOT_INVOLVED');
    for (const p of processes) expect((await processStatus(stack, p))?.status).toBe('approved');
    expect((await tasksOf(stack, foreignProcess))[0]?.status).toBe('pending');
    const audited = await stack.db.query<{ object_id: string }>(
      `SELECT object_id FROM audit_records WHERE action = 'approval.approve' AND actor_id = 'bulk'`,
    );
    expect(audited.map((a) => a.object_id).sort()).toEqual([...own, decided].sort());
  }, 600_000);

  it('bad input is refused naming the field, and changes nothing', async () => {
    const submitter = await caller(stack, 'submitter');
    const bad = await submitter
      .post('/approvals')
      .send({
        title: 'x',
        steps: [step('s1', { kind: 'n-of-m', n: 3, m: 2 })],
        people: { s1: { signers: ['a'] } },
      })
      .expect(422);
    expect(bad.body.code).toBe('APPROVAL_STEPS_INVALID');
    expect(bad.body.field ?? bad.body.details?.[0]?.path).toBeTruthy();
    const pid = await startApproval(stack, {
      steps: [step('s1', { kind: 'all' })],
      people: { s1: { signers: ['r1', 'r2'] } },
    });
    const task = await openTask(stack, pid, 'r1');
    const noReason = await onTask(stack, task, 'reject', 'r1').expect(422);
    expect(noReason.body.code).toBe('APPROVAL_REASON_REQUIRED');
    await (
      await caller(stack, 'r1')
    )
      .post('/approval-tasks/not-a-task/approve')
      .send({ idempotencyKey: 'k' })
      .expect(400);
    // The actor comes from the token only: a body naming one is refused, and no token is a 401.
    const named = await (
      await caller(stack, 'r1')
    )
      .post(`/approval-tasks/${task}/approve`)
      .send({ actor: 'r2', idempotencyKey: randomUUID() })
      .expect(400);
    expect(JSON.stringify(named.body)).toContain('actor');
    await stack.http().post(`/approval-tasks/${task}/approve`).send({ idempotencyKey: randomUUID() }).expect(401);
    await submitter.get('/approval-tasks').query({ actor: 'r1', list: 'todo' }).expect(400);
    expect((await tasksOf(stack, pid)).map((t) => t.status)).toEqual(['pending', 'pending']);
  });
});
