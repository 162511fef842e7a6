import { jest } from '@jest/globals';
import { UpdateIdentitySigner } from '@cxzy/application';
import { fromUpdateRejection, pledgeWorkflowId, reviewPledgeUpdate, type PledgeActor } from '@cxzy/contracts';
import { signUpdateIdentity } from '@cxzy/domain';
import { eventually } from '../../support/eventually.js';
import { PLEDGE_SECRETARY, usePledgeTestbed } from './pledge-fixture.js';

jest.setTimeout(180_000);

// A key nobody gave the workflows: what a caller without the API's private key can sign with.
const ATTACKER_KEY = '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb';

/**
 * ADR 0009: a caller that reaches Temporal directly (not through the API) cannot act as anybody —
 * the Update validator verifies the identity the API signed, so a missing, forged, mismatched or
 * borrowed identity is refused and nothing changes (workflow state, projection, audit).
 */
describe('pledge Updates sent straight to Temporal: the signed identity is verified by the validator', () => {
  const bed = usePledgeTestbed('pledge-identity');
  const snapshot = async (pledgeId: string) => ({
    audit: (
      await bed.stack.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_records WHERE object_type = 'pledge' AND object_id = $1`,
        [pledgeId],
      )
    )[0]?.n,
    projection: (
      await bed.stack.db.query<{ state: string; seq: number }>('SELECT state, seq FROM pledges WHERE id = $1', [
        pledgeId,
      ])
    )[0],
    live: (await bed.http().get(`/pledges/${pledgeId}`).expect(200)).body.live.state as string,
  });
  const secretaryAt = async (pledgeId: string): Promise<PledgeActor> => {
    const [row] = await bed.stack.db.query<{ organisation_id: string }>(
      'SELECT organisation_id FROM pledges WHERE id = $1',
      [pledgeId],
    );
    return {
      requestId: null,
      actorId: PLEDGE_SECRETARY,
      actorRole: 'branch-secretary',
      actorOrg: row!.organisation_id,
    };
  };
  const refusalOf = async (pledgeId: string, payload: Record<string, unknown>) => {
    const handle = bed.stack.client.workflow.getHandle(pledgeWorkflowId(pledgeId));
    const error = await handle
      .executeUpdate(reviewPledgeUpdate, {
        args: [{ decision: 'approve', reason: null, warnings: [], ...payload } as never],
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    return fromUpdateRejection(error);
  };

  it('refuses a missing, forged, mismatched or borrowed identity; the API-signed one is accepted', async () => {
    const { pledgeId } = await bed.proposeAnnual(bed.world().member.wang);
    const other = await bed.proposeAnnual(bed.world().member.li);
    await eventually(async () => ((await snapshot(pledgeId)).audit ? true : undefined), { what: 'proposal recorded' });
    const before = await snapshot(pledgeId);
    expect(before).toMatchObject({ audit: 1, projection: { state: 'proposed', seq: 0 }, live: 'proposed' });
    const actor = await secretaryAt(pledgeId);
    const signer = bed.stack.api.get(UpdateIdentitySigner);
    const claimsFor = (workflowId: string, idempotencyKey: string) => ({
      userId: 'forged',
      username: actor.actorId,
      role: 'branch-secretary',
      organisationId: actor.actorOrg!,
      workflowId,
      updateName: reviewPledgeUpdate.name,
      idempotencyKey,
      expiresAt: Date.now() + 60_000,
    });

    // No identity at all (the payload only names an actor).
    const bare = await refusalOf(pledgeId, { idempotencyKey: 'bare', actor });
    expect(bare).toMatchObject({ code: 'UPDATE_IDENTITY_INVALID', kind: 'forbidden' });
    // Signed with a key the workflow does not hold, under the API's key id.
    const forged = await refusalOf(pledgeId, {
      idempotencyKey: 'forged',
      actor,
      identity: signUpdateIdentity(claimsFor(pledgeWorkflowId(pledgeId), 'forged'), 'k1', ATTACKER_KEY),
    });
    expect(forged?.code).toBe('UPDATE_IDENTITY_INVALID');
    expect(forged?.text.en).toContain('signature');
    // A genuine signature for a member, with the payload claiming the secretary.
    const memberIdentity = signer.sign(
      { requestId: null, actorId: 'some-member', actorRole: 'member', actorOrg: actor.actorOrg, userId: 'u-m' },
      { workflowId: pledgeWorkflowId(pledgeId), updateName: reviewPledgeUpdate.name, idempotencyKey: 'mismatch' },
    );
    const mismatched = await refusalOf(pledgeId, { idempotencyKey: 'mismatch', actor, identity: memberIdentity });
    expect(mismatched?.code).toBe('UPDATE_IDENTITY_INVALID');
    // A genuine secretary signature borrowed from another pledge's Update.
    const borrowed = signer.sign(
      { ...actor, userId: 'u-s' },
      { workflowId: pledgeWorkflowId(other.pledgeId), updateName: reviewPledgeUpdate.name, idempotencyKey: 'borrow' },
    );
    const replayed = await refusalOf(pledgeId, { idempotencyKey: 'borrow', actor, identity: borrowed });
    expect(replayed?.code).toBe('UPDATE_IDENTITY_INVALID');
    expect(replayed?.text.en).toContain('another workflow');

    expect(await snapshot(pledgeId)).toEqual(before);

    // Through the API: the same step, signed by the API for the verified caller, is accepted.
    await bed.step(pledgeId, 'review', { decision: 'approve' }).expect(200);
    const after = await snapshot(pledgeId);
    expect(after).toMatchObject({ audit: 2, projection: { state: 'approved', seq: 1 }, live: 'approved' });
  });
});
