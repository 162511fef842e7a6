import { jest } from '@jest/globals';
import { eventually } from '../../support/eventually.js';
import { NEIGHBOUR_SECRETARY, usePledgeTestbed } from '../pledges/pledge-fixture.js';

jest.setTimeout(180_000);

interface RefusalRow {
  actor_id: string;
  action: string;
  object_type: string;
  object_id: string;
  result: string;
  reason: string;
  after: { params: Record<string, string>; code: string };
  request_id: string;
}

/** 越权留痕: a state-changing command refused with 403 leaves an audit record and nothing else. */
describe('refused commands (403) are written to the audit trail', () => {
  const bed = usePledgeTestbed('refused-commands');
  const refusals = (actor: string) =>
    bed.stack.db.query<RefusalRow>(
      `SELECT actor_id, action, object_type, object_id, result, reason, after, request_id
         FROM audit_records WHERE action = 'access.refused' AND actor_id = $1 ORDER BY seq`,
      [actor],
    );

  it('records who, what, the target and why; the pledge is unchanged; refused reads are not recorded', async () => {
    const { pledgeId } = await bed.proposeAnnual(bed.world().member.wang);
    const pledgeRecords = async () =>
      bed.stack.db.query<{ action: string }>(
        `SELECT action FROM audit_records WHERE object_type = 'pledge' AND object_id = $1 ORDER BY seq`,
        [pledgeId],
      );
    await eventually(async () => ((await pledgeRecords()).length ? true : undefined), { what: 'proposal recorded' });
    const neighbour = await bed.stack.as(NEIGHBOUR_SECRETARY);

    const refused = await neighbour
      .post(`/pledges/${pledgeId}/review`)
      .set('x-request-id', 'refusal-test-0001')
      .send({ idempotencyKey: 'neighbour-review', decision: 'approve' })
      .expect(403);
    const rows = await refusals(NEIGHBOUR_SECRETARY);
    expect(rows).toEqual([
      {
        actor_id: NEIGHBOUR_SECRETARY,
        action: 'access.refused',
        object_type: 'request',
        object_id: 'POST /pledges/:pledgeId/review',
        result: 'refused',
        reason: expect.stringContaining(refused.body.code),
        after: { params: { pledgeId }, code: refused.body.code },
        request_id: 'refusal-test-0001',
      },
    ]);
    // Nothing else happened: the pledge's own records and state are as they were.
    expect((await pledgeRecords()).map((r) => r.action)).toEqual(['pledge.propose']);
    expect((await bed.http().get(`/pledges/${pledgeId}`).expect(200)).body.live.state).toBe('proposed');

    // A refused read is answered 403 but is no command: no record. A 401 has nobody to record.
    const admin = await bed.stack.as('qs-admin');
    await admin.get('/audit-records').expect((r) => expect([200, 403]).toContain(r.status));
    await neighbour.get('/audit-records').expect(403);
    await bed.stack
      .http()
      .post(`/pledges/${pledgeId}/review`)
      .send({ idempotencyKey: 'x', decision: 'approve' })
      .expect(401);
    expect(await refusals(NEIGHBOUR_SECRETARY)).toHaveLength(1);
  });
});
