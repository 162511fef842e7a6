import { jest } from '@jest/globals';
import { residentIdCheckCharacter } from '@cxzy/domain';
import { type Http } from '../../support/auth.js';
import { bootstrapAdministrator, bootstrapSecurityAdministrator } from '../../support/bootstrap-registry.js';
import { upload } from '../../support/registry.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(120_000);

const ORGANISATIONS = `code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit
QS,中共青山县委员会,committee,agency,,,1,,true
QS-T01,中共青山县东岭镇委员会,committee,agency,QS,,1,,
QS-T01-V01,东岭镇长家庄党支部,branch,village,QS-T01,,1,,
QL,中共青林县委员会,committee,agency,,,1,,true
QL-T01,中共青林县西坡镇委员会,committee,agency,QL,,1,,
QL-T01-V01,西坡镇上坡村党支部,branch,village,QL-T01,,1,,
`;
const idNumber = (first17: string) => first17 + residentIdCheckCharacter(first17);
const QS_MEMBER = idNumber('33010119800101031');
const QL_MEMBER = idNumber('33010119810101032');
const HEADER = 'id_number,name,organisation_code,category,post,host_organisation_code,pledge_exempt,phone';

/**
 * Registry work limited to the caller's grading unit (docs/security.md): an administrator of 青山县
 * imports members and organisations of 青山县 only, and its security administrator saves its users
 * only (三员分立, ADR 0023) — a role given or held in 青林县,
 * a member or organisation row there, anything moved out of or into there is 403
 * OUTSIDE_GRADING_UNIT and nothing changes. The
 * registry-wide bootstrap administrator still works everywhere.
 */
describe('an administrator manages users and members of their own grading unit only', () => {
  const stack = useTestStack('admin-scope', { worker: false, env: () => ({ PASSWORD_HASH_COST: '4' }) });
  let bootstrap: Http;
  let qsAdmin: Http;
  let qsSecurity: Http;
  const state = async () => ({
    users: await stack.db.query(
      `SELECT u.username, u.display_name, array_agg(r.role || '@' || o.code ORDER BY o.code) AS roles
       FROM users u LEFT JOIN user_roles r ON r.user_id = u.id LEFT JOIN organisations o ON o.id = r.organisation_id
       GROUP BY u.username, u.display_name ORDER BY u.username`,
    ),
    credentials: await stack.db.query('SELECT user_id, password_hash FROM user_credentials ORDER BY user_id'),
    members: await stack.db.query('SELECT id_number, name, organisation_id FROM members ORDER BY id_number'),
  });

  beforeAll(async () => {
    bootstrap = await bootstrapAdministrator(stack.api, ORGANISATIONS);
    await upload(bootstrap, '/organisations/import', 'orgs.csv', ORGANISATIONS).expect(200);
    await upload(
      bootstrap,
      '/members/import',
      'members.csv',
      [HEADER, `${QS_MEMBER},青山党员,QS-T01-V01,regular,,,,`, `${QL_MEMBER},青林党员,QL-T01-V01,regular,,,,`].join(
        '\n',
      ),
    ).expect(200);
    const security = await bootstrapSecurityAdministrator(stack.api);
    for (const [username, role, organisationCode] of [
      ['qs-admin', 'administrator', 'QS'],
      ['qs-security', 'security-administrator', 'QS'],
      ['qs-secretary', 'branch-secretary', 'QS-T01-V01'],
      ['ql-secretary', 'branch-secretary', 'QL-T01-V01'],
    ])
      await security
        .put(`/users/${username}`)
        .send({ displayName: username, roles: [{ role, organisationCode }] })
        .expect(200);
    qsAdmin = await stack.as('qs-admin');
    qsSecurity = await stack.as('qs-security');
  });

  it('refuses users with a role given or held in another unit; their passwords too', async () => {
    const before = await state();
    const given = await qsSecurity
      .put('/users/new-user')
      .send({ displayName: '新用户', roles: [{ role: 'branch-secretary', organisationCode: 'QL-T01-V01' }] })
      .expect(403);
    expect(given.body.code).toBe('OUTSIDE_GRADING_UNIT');
    // Taking over the neighbour's secretary by giving them a role at home.
    await qsSecurity
      .put('/users/ql-secretary')
      .send({ displayName: '改名', roles: [{ role: 'branch-secretary', organisationCode: 'QS-T01-V01' }] })
      .expect(403);
    await qsSecurity.put('/users/ql-secretary/password').send({ password: 'a-new-password-1234' }).expect(403);
    expect(await state()).toEqual(before);

    // At home, the same calls work.
    await qsSecurity
      .put('/users/new-user')
      .send({ displayName: '新用户', roles: [{ role: 'member', organisationCode: 'QS-T01-V01' }] })
      .expect(200);
    await qsSecurity.put('/users/qs-secretary/password').send({ password: 'a-new-password-1234' }).expect(204);
  });

  it('refuses a member import naming another unit, or moving a member out of it; imports at home', async () => {
    const before = await state();
    const foreignRow = await upload(
      qsAdmin,
      '/members/import',
      'members.csv',
      [HEADER, `${idNumber('33010119900101033')},新党员,QL-T01-V01,regular,,,,`].join('\n'),
    ).expect(403);
    expect(foreignRow.body.code).toBe('OUTSIDE_GRADING_UNIT');
    await upload(
      qsAdmin,
      '/members/import',
      'members.csv',
      [HEADER, `${QL_MEMBER},青林党员,QS-T01-V01,regular,,,,`].join('\n'),
    ).expect(403);
    expect(await state()).toEqual(before);

    await upload(
      qsAdmin,
      '/members/import',
      'members.csv',
      [HEADER, `${QS_MEMBER},青山党员（改）,QS-T01-V01,regular,,,,`].join('\n'),
    ).expect(200);
    // The registry-wide bootstrap administrator still imports anywhere.
    await upload(
      bootstrap,
      '/members/import',
      'members.csv',
      [HEADER, `${QL_MEMBER},青林党员（改）,QL-T01-V01,regular,,,,`].join('\n'),
    ).expect(200);
    const names = (await state()).members.map((m) => (m as { name: string }).name);
    expect(names.sort()).toEqual(['青山党员（改）', '青林党员（改）'].sort());
  });

  it('refuses an organisation import writing outside the unit (a neighbour’s row, a new grading unit); imports at home', async () => {
    const organisations = () => stack.db.query('SELECT code, name, grading_unit_id FROM organisations ORDER BY code');
    const header = ORGANISATIONS.split('\n')[0]!;
    const before = await organisations();
    const neighbour = await upload(
      qsAdmin,
      '/organisations/import',
      'orgs.csv',
      [header, 'QL-T01,中共青林县西坡镇委员会（改）,committee,agency,QL,,1,,'].join('\n'),
    ).expect(403);
    expect(neighbour.body.code).toBe('OUTSIDE_GRADING_UNIT');
    await upload(
      qsAdmin,
      '/organisations/import',
      'orgs.csv',
      [header, 'HX,中共河西县委员会,committee,agency,,,1,,true'].join('\n'),
    ).expect(403);
    // Moving a township of the neighbour under the caller's unit is writing outside it too.
    await upload(
      qsAdmin,
      '/organisations/import',
      'orgs.csv',
      [header, 'QL-T01,中共青林县西坡镇委员会,committee,agency,QS,,1,,'].join('\n'),
    ).expect(403);
    expect(await organisations()).toEqual(before);
    await upload(
      qsAdmin,
      '/organisations/import',
      'orgs.csv',
      [header, 'QS-T01-V02,东岭镇新村党支部,branch,village,QS-T01,,1,,'].join('\n'),
    ).expect(200);
    expect((await organisations()).length).toBe(before.length + 1);
  });
});
