import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { UpdateIdentitySigner } from '@cxzy/application';
import { approvalOperationUpdate, approvalWorkflowId, fromUpdateRejection } from '@cxzy/contracts';
import { signUpdateIdentity } from '@cxzy/domain';
import { useTestStack } from '../../support/test-stack.js';
import { caller, openTask, processStatus, startApproval, step, tasksOf } from './approval-fixture.js';

jest.setTimeout(180_000);

// A key nobody gave the workflows: what a caller without the API's private key can sign with.
const ATTACKER_KEY = '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb';

const stack = useTestStack('approval-identity');

const snapshot = async (processId: string) => ({
  process: await processStatus(stack, processId),
  tasks: (await tasksOf(stack, processId)).map((t) => [t.assignee, t.status, t.actionable]),
  history: (
    await stack.db.query<{ n: number }>('SELECT count(*)::int AS n FROM approval_history WHERE process_id = $1', [
      processId,
    ])
  )[0]?.n,
  audit: (
    await stack.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_records WHERE after->>'processId' = $1`, [
      processId,
    ])
  )[0]?.n,
});

describe('approval operations: the signed identity and one winner', () => {
  it('refuses operations sent straight to Temporal without the API’s signature for the person named', async () => {
    const processId = await startApproval(stack, {
      steps: [step('sign', { kind: 'one' })],
      people: { sign: { signers: ['a', 'b'] } },
    });
    const taskId = await openTask(stack, processId, 'a');
    const workflowId = approvalWorkflowId(processId);
    const before = await snapshot(processId);
    const actorA = { requestId: null, actorId: 'a', actorRole: null, actorOrg: null };
    const refusal = (payload: Record<string, unknown>) =>
      stack.client.workflow
        .getHandle(workflowId)
        .executeUpdate(approvalOperationUpdate, {
          args: [{ actor: actorA, operation: { kind: 'approve', taskId }, ...payload } as never],
        })
        .then(
          () => null,
          (error: unknown) => fromUpdateRejection(error)?.code ?? String(error),
        );
    const signer = stack.api.get(UpdateIdentitySigner);
    const signedFor = (actorId: string, idempotencyKey: string, forWorkflow = workflowId) =>
      signer.sign(
        { requestId: null, actorId, actorRole: null, actorOrg: null, userId: 'u' },
        { workflowId: forWorkflow, updateName: approvalOperationUpdate.name, idempotencyKey },
      );

    expect(await refusal({ idempotencyKey: 'bare' })).toBe('UPDATE_IDENTITY_INVALID');
    const forged = signUpdateIdentity(
      {
        userId: 'u',
        username: 'a',
        role: '',
        organisationId: '',
        workflowId,
        updateName: approvalOperationUpdate.name,
        idempotencyKey: 'forged',
        expiresAt: Date.now() + 60_000,
      },
      'k1',
      ATTACKER_KEY,
    );
    expect(await refusal({ idempotencyKey: 'forged', identity: forged })).toBe('UPDATE_IDENTITY_INVALID');
    // b's genuine signature, with the payload naming a (the holder of the task).
    expect(await refusal({ idempotencyKey: 'as-b', identity: signedFor('b', 'as-b') })).toBe('UPDATE_IDENTITY_INVALID');
    // a's genuine signature for another key of this workflow, or for another approval.
    expect(await refusal({ idempotencyKey: 'other-key', identity: signedFor('a', 'first-key') })).toBe(
      'UPDATE_IDENTITY_INVALID',
    );
    expect(
      await refusal({ idempotencyKey: 'elsewhere', identity: signedFor('a', 'elsewhere', approvalWorkflowId('x')) }),
    ).toBe('UPDATE_IDENTITY_INVALID');
    expect(await snapshot(processId)).toEqual(before);

    // Signed by the API for a, the same approval is accepted.
    expect(await refusal({ idempotencyKey: 'signed', identity: signedFor('a', 'signed') })).toBeNull();
    expect((await processStatus(stack, processId))?.status).toBe('approved');
  });

  it('two approvals of the same task at once: exactly one wins, the other gets 409 and changes nothing', async () => {
    const processId = await startApproval(stack, {
      steps: [step('first', { kind: 'one' }), step('second', { kind: 'one' })],
      people: { first: { signers: ['c'] }, second: { signers: ['d'] } },
    });
    const taskId = await openTask(stack, processId, 'c');
    const http = await caller(stack, 'c');
    const send = () =>
      http
        .post(`/approval-tasks/${taskId}/approve`)
        .send({ idempotencyKey: randomUUID(), comment: { text: '同意', attachments: [] } });
    const answers = await Promise.all([send(), send()]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = answers.find((r) => r.status === 409)!;
    expect(refused.body.code).toEqual(expect.stringMatching(/^APPROVAL_/));
    const after = await snapshot(processId);
    // One approval recorded, the process moved on to the second step exactly once.
    expect(after.process).toEqual({ status: 'running', current_step: 'second' });
    expect(after.tasks).toEqual([
      ['c', 'approved', false],
      ['d', 'pending', true],
    ]);
    const approvals = await stack.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_records WHERE action = 'approval.approve' AND after->>'processId' = $1`,
      [processId],
    );
    expect(approvals[0]?.n).toBe(1);
  });
});
