import { jest } from '@jest/globals';
import { UpdateIdentitySigner } from '@cxzy/application';
import { acknowledgeDeployUpdate, DOMAIN_REFUSAL_FAILURE_TYPE, gradingBranchWorkflowId } from '@cxzy/contracts';
import { eventually } from '../../support/eventually.js';
import {
  GRADING_COUNTY_BRANCHES,
  importGradingCounty,
  publishDefaultGradingPipelines,
  secretaryOf,
} from '../../support/grading-county.js';
import { idOf } from '../../support/registry.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(180_000);

/**
 * ADR 0009 on the branch workflow: an acknowledge sent straight to Temporal is refused unless the
 * API signed it for this branch's own secretary; the branch and its audit stay as they were.
 */
describe('grading branch Updates sent straight to Temporal: the signed identity is verified', () => {
  const stack = useTestStack('grading-branch-identity', { env: () => ({ REMINDER_QUIET_HOURS: '' }) });
  const [branch, neighbour] = GRADING_COUNTY_BRANCHES as [string, string];
  const ids = new Map<string, string>();

  const snapshot = async (roundId: string) => ({
    state: (
      await stack.db.query<{ state: string }>(
        'SELECT state FROM round_branches WHERE round_id = $1 AND organisation_id = $2',
        [roundId, ids.get(branch)],
      )
    )[0]?.state,
    audit: (
      await stack.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_records WHERE actor_org = $1 OR object_id LIKE $2`,
        [ids.get(branch), `%${ids.get(branch)}%`],
      )
    )[0]?.n,
  });

  it('refuses a bare or a neighbour-signed acknowledge; the API’s own is accepted', async () => {
    await importGradingCounty(stack.api);
    await publishDefaultGradingPipelines(stack.api, ['village', 'urban-community']);
    const admin = await stack.as('qs-admin');
    for (const code of [branch, neighbour]) ids.set(code, await idOf(admin, code));
    const launched = await admin.post('/grading-rounds').send({
      gradingUnitId: await idOf(admin, 'QS'),
      year: new Date().getUTCFullYear() - 1,
      overrideReason: '测试：在部署窗口外部署',
    });
    expect(launched.status).toBe(201);
    const round = launched.body as { id: string; workflowId: string };
    await eventually(async () => ((await snapshot(round.id)).state === 'deploy.notified' ? true : undefined), {
      what: 'the branch enrolled',
    });
    const workflowId = gradingBranchWorkflowId(round.workflowId, ids.get(branch)!);
    // The branch workflow registers its handlers at once, but wait until it has run its first task.
    await eventually(async () => ((await stack.client.workflow.getHandle(workflowId).describe()) ? true : undefined));
    const before = await snapshot(round.id);
    const handle = stack.client.workflow.getHandle(workflowId);
    const refusal = (payload: Record<string, unknown>) =>
      handle.executeUpdate(acknowledgeDeployUpdate, { args: [payload as never] }).then(
        () => null,
        (error: unknown) => {
          const failure = (error as { cause?: { type?: string; details?: { code: string }[] } }).cause;
          return failure?.type === DOMAIN_REFUSAL_FAILURE_TYPE ? failure.details?.[0]?.code : String(error);
        },
      );
    const secretary = secretaryOf(branch);

    expect(await refusal({ idempotencyKey: 'bare', actor: secretary, requestId: null })).toBe(
      'UPDATE_IDENTITY_INVALID',
    );
    // A genuine signature for the neighbouring branch's secretary, for this very Update, naming them.
    const signer = stack.api.get(UpdateIdentitySigner);
    const neighbourIdentity = signer.sign(
      {
        requestId: null,
        actorId: secretaryOf(neighbour),
        actorRole: 'branch-secretary',
        actorOrg: ids.get(neighbour)!,
        userId: 'u-n',
      },
      { workflowId, updateName: acknowledgeDeployUpdate.name, idempotencyKey: 'neighbour' },
    );
    expect(
      await refusal({
        idempotencyKey: 'neighbour',
        actor: secretaryOf(neighbour),
        requestId: null,
        identity: neighbourIdentity,
      }),
    ).toBe('UPDATE_IDENTITY_INVALID');
    // The same signature with the payload claiming this branch's secretary: a mismatch.
    expect(
      await refusal({ idempotencyKey: 'neighbour', actor: secretary, requestId: null, identity: neighbourIdentity }),
    ).toBe('UPDATE_IDENTITY_INVALID');
    expect(await snapshot(round.id)).toEqual(before);

    const http = await stack.as(secretary);
    await http
      .post(`/grading-rounds/${round.id}/branches/${ids.get(branch)}/acknowledge`)
      .send({ idempotencyKey: 'through-the-api' })
      .expect(200);
    const after = await snapshot(round.id);
    expect(after.state).not.toBe('deploy.notified');
    expect(after.audit).toBeGreaterThan(before.audit!);
  });
});
