import { jest } from '@jest/globals';
import { UpdateIdentitySigner } from '@cxzy/application';
import {
  approveClassificationUpdate,
  fromUpdateRejection,
  gradingRoundStatusQuery,
  proposeClassificationUpdate,
  resolveObjectionUpdate,
  returnClassificationUpdate,
} from '@cxzy/contracts';
import { signUpdateIdentity } from '@cxzy/domain';
import { userWith } from '../../support/auth.js';
import { eventually } from '../../support/eventually.js';
import { importGradingCounty, publishDefaultGradingPipelines } from '../../support/grading-county.js';
import { idOf } from '../../support/registry.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(180_000);

// A key nobody gave the workflows: what a caller without the API's private key can sign with.
const ATTACKER_KEY = '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb';

/**
 * ADR 0009 on the round workflow's own Updates (分类定级: propose, approve, return, resolve an
 * objection): sent straight to Temporal they are refused unless the API signed them for the actor
 * the payload names, in the step's role (the administrator: of this round's grading unit). The
 * round, its branches and the audit trail stay as they were; the API's own call is accepted.
 */
describe('grading round Updates sent straight to Temporal: the signed identity is verified', () => {
  const stack = useTestStack('grading-round-identity', { env: () => ({ REMINDER_QUIET_HOURS: '' }) });

  it('refuses unsigned, forged, mismatched and wrong-unit identities on every round Update', async () => {
    await importGradingCounty(stack.api);
    await userWith(stack.api, 'qs-supervisor', [{ role: 'supervisor', organisationCode: 'QS' }]);
    await publishDefaultGradingPipelines(stack.api, ['village', 'urban-community']);
    const admin = await stack.as('qs-admin');
    const unitId = await idOf(admin, 'QS');
    const townshipId = await idOf(admin, 'QS-T01');
    const launched = await admin.post('/grading-rounds').send({
      gradingUnitId: unitId,
      year: new Date().getUTCFullYear() - 3,
      overrideReason: '测试：在部署窗口外部署',
    });
    expect(launched.status).toBe(201);
    const round = launched.body as { id: string; workflowId: string };
    const handle = stack.client.workflow.getHandle(round.workflowId);
    await eventually(async () => ((await handle.query(gradingRoundStatusQuery)).fanOutDone ? true : undefined), {
      what: 'the round fanned out',
    });
    const snapshot = async () => ({
      round: (await stack.db.query<{ state: string }>('SELECT state FROM grading_rounds WHERE id = $1', [round.id]))[0]
        ?.state,
      tiers: (
        await stack.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM round_branches WHERE round_id = $1 AND proposed_tier IS NOT NULL',
          [round.id],
        )
      )[0]?.n,
      // The round's own records (the branches' deploy-time work runs on in the background).
      audit: (
        await stack.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_records WHERE action LIKE 'grading-round.%' AND action <> 'grading-round.publish-notice'`,
        )
      )[0]?.n,
      live: (await handle.query(gradingRoundStatusQuery)).state,
    });
    const before = await snapshot();
    const refusal = (update: typeof proposeClassificationUpdate, payload: Record<string, unknown>) =>
      handle.executeUpdate(update, { args: [{ requestId: null, ...payload } as never] }).then(
        () => null,
        (error: unknown) => fromUpdateRejection(error)?.code ?? String(error),
      );
    const signer = stack.api.get(UpdateIdentitySigner);
    const signed = (
      update: { name: string },
      idempotencyKey: string,
      actor: { actorId: string; actorRole: string; actorOrg: string },
    ) =>
      signer.sign(
        { requestId: null, userId: 'u', ...actor },
        { workflowId: round.workflowId, updateName: update.name, idempotencyKey },
      );

    // propose: bare; forged with another key; an administrator of another organisation (not this unit).
    expect(await refusal(proposeClassificationUpdate, { idempotencyKey: 'p1', actor: 'qs-admin' })).toBe(
      'UPDATE_IDENTITY_INVALID',
    );
    const forged = signUpdateIdentity(
      {
        userId: 'u',
        username: 'qs-admin',
        role: 'administrator',
        organisationId: unitId,
        workflowId: round.workflowId,
        updateName: proposeClassificationUpdate.name,
        idempotencyKey: 'p2',
        expiresAt: Date.now() + 60_000,
      },
      'k1',
      ATTACKER_KEY,
    );
    expect(
      await refusal(proposeClassificationUpdate, { idempotencyKey: 'p2', actor: 'qs-admin', identity: forged }),
    ).toBe('UPDATE_IDENTITY_INVALID');
    const otherUnit = signed(proposeClassificationUpdate, 'p3', {
      actorId: 'other-admin',
      actorRole: 'administrator',
      actorOrg: townshipId,
    });
    expect(
      await refusal(proposeClassificationUpdate, { idempotencyKey: 'p3', actor: 'other-admin', identity: otherUnit }),
    ).toBe('UPDATE_IDENTITY_INVALID');
    // approve / return / resolve: a genuine branch-level signature (wrong role), a borrowed one (another Update).
    const secretaryIdentity = signed(approveClassificationUpdate, 'a1', {
      actorId: 'qs-supervisor',
      actorRole: 'branch-secretary',
      actorOrg: townshipId,
    });
    expect(
      await refusal(approveClassificationUpdate, {
        idempotencyKey: 'a1',
        actor: 'qs-supervisor',
        identity: secretaryIdentity,
      }),
    ).toBe('UPDATE_IDENTITY_INVALID');
    const approveIdentity = signed(approveClassificationUpdate, 'r1', {
      actorId: 'qs-supervisor',
      actorRole: 'supervisor',
      actorOrg: unitId,
    });
    expect(
      await refusal(returnClassificationUpdate, {
        idempotencyKey: 'r1',
        actor: 'qs-supervisor',
        reason: '退回',
        identity: approveIdentity,
      }),
    ).toBe('UPDATE_IDENTITY_INVALID');
    expect(
      await refusal(resolveObjectionUpdate, {
        idempotencyKey: 'o1',
        actor: 'qs-supervisor',
        objectionId: '00000000-0000-4000-8000-000000000001',
        outcome: 'rejected',
        note: '不成立',
      }),
    ).toBe('UPDATE_IDENTITY_INVALID');
    // A genuine supervisor signature, the payload naming somebody else.
    const supervisorIdentity = signed(approveClassificationUpdate, 'a2', {
      actorId: 'qs-supervisor',
      actorRole: 'supervisor',
      actorOrg: unitId,
    });
    expect(
      await refusal(approveClassificationUpdate, {
        idempotencyKey: 'a2',
        actor: 'qs-admin',
        identity: supervisorIdentity,
      }),
    ).toBe('UPDATE_IDENTITY_INVALID');
    expect(await snapshot()).toEqual(before);

    // Through the API the same supervisor's approval passes the identity check (and meets the step's rule).
    const supervisor = await stack.as('qs-supervisor');
    const approved = await supervisor
      .post(`/grading-rounds/${round.id}/classification/approve`)
      .send({ idempotencyKey: 'through-the-api' });
    expect(approved.status).toBe(409);
    expect(approved.body.code).not.toBe('UPDATE_IDENTITY_INVALID');
    expect(await snapshot()).toMatchObject({ round: before.round, tiers: 0, live: before.live });
  });
});
