import { jest } from '@jest/globals';
import { approvalWorkflowId, stepDeadlineWorkflowId } from '@cxzy/contracts';
import { useTestStack } from '../../support/test-stack.js';
import { importReminderCounty } from '../../support/reminder-county.js';
import { idOf } from '../../support/registry.js';
import { eventually } from '../../support/eventually.js';
import { onTask, openTask, processStatus, startApproval, step, tasksOf } from './approval-fixture.js';

jest.setTimeout(240_000);

// Three accepted operations per run: a short approval already spans several runs.
const stack = useTestStack('approval-can', { env: () => ({ APPROVAL_OPERATIONS_PER_RUN: '3' }) });
const reason = (text: string) => ({ comment: { text, attachments: [] } });

describe('a long approval continues as new (bounded history) and carries everything over', () => {
  it('依次审批 across three runs: state, idempotency answers and running reminders survive each boundary', async () => {
    await importReminderCounty(stack.api);
    const organisationId = await idOf(await stack.as('qs-admin'), 'QS-T01-V01');
    const pid = await startApproval(stack, {
      actor: 'v01-secretary',
      title: '长审批',
      organisationId,
      steps: [
        step(
          's1',
          { kind: 'sequential' },
          {
            deadline: { kind: 'calendar-days', days: 5 },
            reminders: [{ when: 'before', days: 1 }],
            actor: { role: 'branch-secretary', level: 'self' },
          },
        ),
        step('s2', { kind: 'one' }),
      ],
      people: { s1: { signers: ['q1', 'q2', 'q3', 'q4'] }, s2: { signers: ['q5'] } },
    });
    const owner = stack.client.workflow.getHandle(approvalWorkflowId(pid));
    const firstRun = (await owner.describe()).runId;
    const reminders = stack.client.workflow.getHandle(stepDeadlineWorkflowId(approvalWorkflowId(pid), 's1', 0));
    await eventually(async () => ((await reminders.describe()).status.name === 'RUNNING' ? true : undefined), {
      what: 'the reminders of s1',
    });

    // Run 1: three accepted operations, then the workflow continues as new.
    await onTask(stack, await openTask(stack, pid, 'q1'), 'comments', 'q1', reason('先看材料')).expect(200);
    await onTask(stack, await openTask(stack, pid, 'q1'), 'urge', 'v01-secretary').expect(200);
    const q1Task = await openTask(stack, pid, 'q1');
    const first = await onTask(stack, q1Task, 'approve', 'q1', { idempotencyKey: 'q1-approve' }).expect(200);
    const runAfter = async (previous: string) =>
      eventually(
        async () => {
          const run = (await owner.describe()).runId;
          return run !== previous ? run : undefined;
        },
        { what: `a run after ${previous}` },
      );
    const secondRun = await runAfter(firstRun);
    // The run that ended did not take the step's reminders with it.
    expect((await reminders.describe()).status.name).toBe('RUNNING');
    // The same request again, across the boundary: the first answer, nothing applied twice.
    const again = await onTask(stack, q1Task, 'approve', 'q1', { idempotencyKey: 'q1-approve' }).expect(200);
    expect(again.body).toEqual(first.body);
    expect((await tasksOf(stack, pid)).filter((t) => t.assignee === 'q1').map((t) => t.status)).toEqual(['approved']);
    // Rules still hold on the carried state: q1 cannot decide again, q3 waits for q2 (依次).
    expect((await onTask(stack, q1Task, 'approve', 'q1').expect(409)).body.code).toBeTruthy();
    const early = await onTask(stack, await openTask(stack, pid, 'q3'), 'approve', 'q3').expect(409);
    expect(early.body.code).toBe('APPROVAL_TASK_WAITING');

    // Run 2: q2, q3, q4 — the step completes, its reminders (started by run 1) stop.
    for (const signer of ['q2', 'q3', 'q4'])
      await onTask(stack, await openTask(stack, pid, signer), 'approve', signer).expect(200);
    await eventually(async () => ((await reminders.describe()).status.name === 'COMPLETED' ? true : undefined), {
      what: 'the reminders of s1 to stop',
    });
    await runAfter(secondRun);

    // Run 3: the last step, then the approval ends with every run's work in one history.
    const last = await onTask(stack, await openTask(stack, pid, 'q5'), 'approve', 'q5').expect(200);
    expect(last.body).toMatchObject({ status: 'approved' });
    expect(await owner.result()).toMatchObject({ status: 'approved', processId: pid });
    expect((await processStatus(stack, pid))?.status).toBe('approved');
    const history = (await (await stack.as('v01-secretary')).get(`/approvals/${pid}`).expect(200)).body.history as {
      seq: number;
      action: string;
    }[];
    expect(history.map((h) => h.seq)).toEqual(history.map((_, i) => i + 1));
    expect(history.filter((h) => h.action === 'approve')).toHaveLength(5);
  });
});
