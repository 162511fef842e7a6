import { jest } from '@jest/globals';
import type { WorkflowHandle } from '@temporalio/client';
import { renderNotification, type PlannedSend } from '@cxzy/domain';
import {
  STEP_DEADLINE_WORKFLOW_TYPE,
  stepCompletedSignal,
  stepDeadlineStatusQuery,
  stepDeadlineWorkflowId,
  type StepDeadlineInput,
  type StepDeadlineWorkflow,
} from '@cxzy/contracts';
import { eventually } from '../../support/eventually.js';
import { organisationIds } from '../../support/auth.js';
import { importReminderCounty } from '../../support/reminder-county.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(120_000);

describe('step deadlines: remind, escalate up the leading line copying the other line, stop when done', () => {
  const stack = useTestStack('deadline');

  beforeAll(async () => {
    await importReminderCounty(stack.api);
  });

  const inbox = () =>
    stack.db.query<{ recipient: string; title_zh_cn: string }>(
      'SELECT recipient, title_zh_cn FROM inbox_notices ORDER BY recipient, title_zh_cn',
    );
  const at = (ms: number) => new Date(Date.now() + ms).toISOString();
  const send = (reason: string, ms: number, over: Partial<PlannedSend> = {}): PlannedSend => ({
    at: at(ms),
    reason,
    template: 'step-due-soon',
    level: 'self',
    copyOtherLine: false,
    copySuperior: false,
    ...over,
  });

  async function run(ownerWorkflowId: string, organisationCode: string, plan: PlannedSend[], generation = 0) {
    const input: StepDeadlineInput = {
      ownerWorkflowId,
      stepKey: 'self-assessment',
      generation,
      assigneeOrganisationId: (await organisationIds(stack.api))[organisationCode]!,
      assigneeName: { zhCN: organisationCode, en: organisationCode },
      assigneeRole: 'branch-secretary',
      process: { zhCN: '2026年度晋位升级', en: 'grading round 2026' },
      stepName: { zhCN: '分类定级·自评', en: 'self-assessment' },
      deadlineAt: at(1_000),
      link: 'http://127.0.0.1:3000/rounds/2026',
      plan,
    };
    const handle = await stack.client.workflow.start<StepDeadlineWorkflow>(STEP_DEADLINE_WORKFLOW_TYPE, {
      workflowId: `${stepDeadlineWorkflowId(ownerWorkflowId, input.stepKey, generation)}/${Math.random()}`,
      taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
      args: [input],
    });
    owners.set(handle.workflowId, ownerWorkflowId);
    return handle;
  }

  /** Waits until `sends` went out, checks the step is on the open list, then completes it. */
  async function completeAfter(handle: WorkflowHandle<StepDeadlineWorkflow>, sends: number, listedAs = 'open') {
    await eventually(
      async () => ((await handle.query(stepDeadlineStatusQuery)).sent.length === sends ? true : undefined),
      {
        what: `${sends} sends`,
      },
    );
    const [task] = await stack.db.query<{ status: string }>(
      'SELECT status FROM step_tasks WHERE owner_workflow_id = $1 ORDER BY generation DESC LIMIT 1',
      [ownerOf(handle)],
    );
    expect(task?.status).toBe(listedAs);
    await handle.signal(stepCompletedSignal);
    return handle.result();
  }
  const owners = new Map<string, string>();
  const ownerOf = (handle: WorkflowHandle<StepDeadlineWorkflow>) => owners.get(handle.workflowId)!;

  const titles = (template: Parameters<typeof renderNotification>[0], who: string) =>
    renderNotification(template, {
      process: { zhCN: '2026年度晋位升级', en: '' },
      step: { zhCN: '分类定级·自评', en: '' },
      deadline: new Date().toISOString(),
      link: '',
      assignee: { zhCN: who, en: '' },
    }).title.zhCN;

  it('mode 1: reminds the secretary, escalates to the township then the county, copying the guiding department', async () => {
    const handle = await run('round/QS/2026/QS-T01-V01', 'QS-T01-V01', [
      send('before-1d', 300),
      send('escalation-1', 900, { template: 'step-escalated', level: 'superior', copyOtherLine: true }),
      send('escalation-2', 1_500, { template: 'step-escalated', level: 'grading-unit', copyOtherLine: true }),
    ]);
    expect(await completeAfter(handle, 3)).toEqual({
      sent: ['before-1d', 'escalation-1', 'escalation-2'],
      completed: true,
    });
    expect(
      await stack.db.query('SELECT status FROM step_tasks WHERE owner_workflow_id = $1', ['round/QS/2026/QS-T01-V01']),
    ).toEqual([{ status: 'completed' }]);
    expect(await inbox()).toEqual(
      [
        { recipient: 'v01-secretary', title_zh_cn: titles('step-due-soon', 'QS-T01-V01') },
        { recipient: 't01-supervisor', title_zh_cn: titles('step-escalated', 'QS-T01-V01') },
        { recipient: 'ny-supervisor', title_zh_cn: titles('step-escalated-copy', 'QS-T01-V01') },
        { recipient: 'ny-supervisor', title_zh_cn: titles('step-escalated-copy', 'QS-T01-V01') },
        { recipient: 'qs-admin', title_zh_cn: titles('step-escalated', 'QS-T01-V01') },
        { recipient: 'qs-supervisor', title_zh_cn: titles('step-escalated', 'QS-T01-V01') },
      ].sort((a, b) => a.recipient.localeCompare(b.recipient) || a.title_zh_cn.localeCompare(b.title_zh_cn)),
    );
  });

  it('mode 3: escalates to the vertical department (the tax system), copying the county', async () => {
    await stack.db.query('DELETE FROM inbox_notices');
    const handle = await run('round/QL-TAX/2026/QS-TAX-B01', 'QS-TAX-B01', [
      send('escalation-1', 300, { template: 'step-escalated', level: 'superior', copyOtherLine: true }),
    ]);
    await completeAfter(handle, 1);
    expect((await inbox()).map((r) => r.recipient)).toEqual(['qltax-admin', 'qs-supervisor']);
    expect((await inbox()).find((r) => r.recipient === 'qs-supervisor')?.title_zh_cn).toMatch(/^【抄送】/);
  });

  it('sends nothing twice when the same plan runs again for the same step and generation', async () => {
    const before = await inbox();
    const handle = await run('round/QL-TAX/2026/QS-TAX-B01', 'QS-TAX-B01', [
      send('escalation-1', 200, { template: 'step-escalated', level: 'superior', copyOtherLine: true }),
    ]);
    // The duplicate neither sends again nor puts the finished step back on the open list.
    await completeAfter(handle, 1, 'completed');
    expect(await inbox()).toEqual(before);
  });

  it('stops the instant the step completes: nothing after is sent', async () => {
    await stack.db.query('DELETE FROM inbox_notices');
    const handle = await run('round/QS/2026/stop-test', 'QS-T01-V01', [
      send('on-deadline', 3_000),
      send('after-1d', 4_000),
    ]);
    await handle.signal(stepCompletedSignal);
    expect(await handle.result()).toEqual({ sent: [], completed: true });
    expect(await inbox()).toEqual([]);
  });

  it('starts afresh for a re-opened step (a new generation sends again)', async () => {
    const handle = await run('round/QS/2026/reopen', 'QS-T01-V01', [send('before-1d', 200)], 0);
    await completeAfter(handle, 1);
    const again = await run('round/QS/2026/reopen', 'QS-T01-V01', [send('before-1d', 200)], 1);
    await completeAfter(again, 1);
    expect((await inbox()).filter((r) => r.recipient === 'v01-secretary')).toHaveLength(2);
  });

  it('closes the step as cancelled when its owner cancels it', async () => {
    const handle = await run('round/QS/2026/cancel-test', 'QS-T01-V01', [send('on-deadline', 60_000)]);
    await eventually(async () =>
      (await stack.db.query('SELECT 1 FROM step_tasks WHERE owner_workflow_id = $1', ['round/QS/2026/cancel-test']))
        .length
        ? true
        : undefined,
    );
    await handle.cancel();
    await expect(handle.result()).rejects.toMatchObject({ name: 'WorkflowFailedError' });
    expect(
      await stack.db.query('SELECT status FROM step_tasks WHERE owner_workflow_id = $1', ['round/QS/2026/cancel-test']),
    ).toEqual([{ status: 'cancelled' }]);
  });
});
