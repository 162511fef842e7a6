import { jest } from '@jest/globals';
import { AuditTrail } from '@cxzy/application';
import { accessTokenFor, userWith, withToken, type Http } from '../../support/auth.js';
import { bootstrapAdministrator, bootstrapSecurityAdministrator } from '../../support/bootstrap-registry.js';
import { upload } from '../../support/registry.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(120_000);

// Two grading units, each with a branch.
const ORGANISATIONS = `code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit
QS,中共青山县委员会,committee,agency,,,1,,true
QS-V01,青山长家庄党支部,branch,village,QS,,1,,
HX,中共和溪县委员会,committee,agency,,,1,,true
HX-V01,和溪东岸村党支部,branch,village,HX,,1,,
`;

/**
 * "Audit administrators of a grading unit can query and export their unit's audit trail" — and no
 * other's (三员分立, ADR 0023: the audit administrator reads the trail, nobody else).
 */
describe('the audit trail is scoped to the audit administrator’s grading unit', () => {
  const stack = useTestStack('audit-scope');
  let bootstrap: Http;
  let bothUnits: Http;
  let qsAuditor: Http;
  let hxAuditor: Http;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    bootstrap = await bootstrapAdministrator(stack.api, ORGANISATIONS);
    await upload(bootstrap, '/organisations/import', 'orgs.csv', ORGANISATIONS).expect(200);
    // (The bootstrap token's grant is at no organisation: its read scope is empty, so ask the database.)
    for (const row of await stack.db.query<{ id: string; code: string }>('SELECT id, code FROM organisations'))
      ids[row.code] = row.id;
    // Granted by the units' security administrator: each grant is recorded in its unit.
    const security = await bootstrapSecurityAdministrator(stack.api);
    for (const [username, organisationCode] of [
      ['qs-auditor', 'QS'],
      ['hx-auditor', 'HX'],
    ])
      await security
        .put(`/users/${username}`)
        .send({ displayName: username, roles: [{ role: 'audit-administrator', organisationCode }] })
        .expect(200);
    qsAuditor = withToken(stack.api, await accessTokenFor(stack.api, 'qs-auditor'));
    hxAuditor = withToken(stack.api, await accessTokenFor(stack.api, 'hx-auditor'));
    bothUnits = await userWith(stack.api, 'both-auditor', [
      { role: 'audit-administrator', organisationCode: 'QS' },
      { role: 'audit-administrator', organisationCode: 'HX' },
    ]);
    // One change acted in each unit's branch (as the workflows' activities record them) and one
    // about each unit's branch by the registry operator.
    const audit = stack.api.get(AuditTrail);
    for (const unit of ['QS', 'HX'])
      await audit.record(
        { requestId: null, actorId: `${unit}-secretary`, actorRole: 'branch-secretary', actorOrg: ids[`${unit}-V01`]! },
        { action: 'grading.acknowledgeNotice', objectType: 'grading-branch', objectId: `${unit}-round/${unit}-V01` },
      );
    for (const unit of ['QS', 'HX'])
      await audit.record(
        { requestId: null, actorId: 'bootstrap-admin', actorRole: 'administrator', actorOrg: null },
        { action: 'organisation.note', objectType: 'organisation', objectId: ids[`${unit}-V01`]! },
      );
  }, 90_000);

  const objectsSeenBy = async (http: Http) =>
    ((await http.get('/audit-records').query({ pageSize: 100 }).expect(200)).body.items as { objectId: string }[])
      .map((r) => r.objectId)
      .sort();

  it('each unit’s audit administrator lists only their unit’s records; one of both units sees both', async () => {
    // The grant of the auditor's own role is in their unit's trail too (user.save by the security administrator).
    expect(await objectsSeenBy(qsAuditor)).toEqual(['QS-round/QS-V01', ids['QS-V01']!, 'qs-auditor'].sort());
    expect(await objectsSeenBy(hxAuditor)).toEqual(['HX-round/HX-V01', ids['HX-V01']!, 'hx-auditor'].sort());
    const all = await objectsSeenBy(bothUnits);
    expect(all).toEqual(expect.arrayContaining(['QS-round/QS-V01', 'HX-round/HX-V01', ids['QS-V01'], ids['HX-V01']]));
    // The system administrator who imported both units does not read the trail at all.
    expect((await bootstrap.get('/audit-records').expect(403)).body.code).toBe('ROLE_REQUIRED');
    // A filter narrows inside the scope, never widens it.
    const other = await hxAuditor.get('/audit-records').query({ objectId: 'QS-round/QS-V01' }).expect(200);
    expect(other.body).toMatchObject({ items: [], total: 0 });
  });

  it('the CSV export holds only the unit’s records', async () => {
    const qs = (await qsAuditor.get('/audit-records/export.csv').expect(200)).text;
    expect(qs).toContain('QS-round/QS-V01');
    expect(qs).not.toContain('HX-round/HX-V01');
    expect(qs).not.toContain(ids['HX-V01']);
    const hx = (await hxAuditor.get('/audit-records/export.csv').expect(200)).text;
    expect(hx).toContain('HX-round/HX-V01');
    expect(hx).not.toContain('QS-round/QS-V01');
  });
});
