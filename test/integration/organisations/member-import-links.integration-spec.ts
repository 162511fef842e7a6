import { jest } from '@jest/globals';
import { residentIdCheckCharacter } from '@cxzy/domain';
import { type Http } from '../../support/auth.js';
import { bootstrapAdministrator, bootstrapSecurityAdministrator } from '../../support/bootstrap-registry.js';
import { rowErrors, upload } from '../../support/registry.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(120_000);

const ORGANISATIONS = `code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit
QS,中共青山县委员会,committee,agency,,,1,,true
QS-V01,青山县长家庄党支部,branch,village,QS,,1,,
`;
const idNumber = (first17: string) => first17 + residentIdCheckCharacter(first17);
const ZHANG = idNumber('33010119800101011');
const LI = idNumber('33010119810101012');
const WANG = idNumber('33010119820101013');
const HEADER = '公民身份号码,姓名,所在党组织编码,党员类别,设定岗位,流入地党组织编码,免于承诺,联系电话,用户名';

/**
 * 关联用户 through the member import (issue 8, docs/security.md): an optional 用户名 / username
 * column links each member to an existing user in the import's transaction, audited as
 * `user.link-member`; an unknown user, a user linked to another member or a member linked to
 * another user is a row error (422), and then nothing of the file is written.
 */
describe('the member import links members to users', () => {
  const stack = useTestStack('member-import-links', { worker: false });
  let qsAdmin: Http;
  const state = async () => ({
    members: await stack.db.query(
      `SELECT m.id_number, m.name, u.username FROM members m LEFT JOIN users u ON u.id = m.user_id ORDER BY m.id_number`,
    ),
    // The import itself is audited by its route (a dry run and a refusal too); links by the use case.
    links: await stack.db.query(`SELECT count(*)::int AS n FROM audit_records WHERE action = 'user.link-member'`),
  });

  beforeAll(async () => {
    const bootstrap = await bootstrapAdministrator(stack.api, ORGANISATIONS);
    await upload(bootstrap, '/organisations/import', 'orgs.csv', ORGANISATIONS).expect(200);
    const security = await bootstrapSecurityAdministrator(stack.api);
    for (const [username, role, organisationCode] of [
      ['qs-admin', 'administrator', 'QS'],
      ['zhang-user', 'member', 'QS-V01'],
      ['li-user', 'member', 'QS-V01'],
      ['wang-user', 'member', 'QS-V01'],
    ])
      await security
        .put(`/users/${username}`)
        .send({ displayName: username, roles: [{ role, organisationCode }] })
        .expect(200);
    qsAdmin = await stack.as('qs-admin');
  });

  it('links the users the file names, in the same transaction, audited; a re-import links nothing more', async () => {
    const file = [HEADER, `${ZHANG},张三,QS-V01,regular,,,,,zhang-user`, `${LI},李四,QS-V01,regular,,,,,`].join('\n');
    const report = (await upload(qsAdmin, '/members/import', 'members.csv', file).expect(200)).body;
    expect(report).toMatchObject({ created: 2, linked: 1 });
    expect((await state()).members).toEqual([
      { id_number: ZHANG, name: '张三', username: 'zhang-user' },
      { id_number: LI, name: '李四', username: null },
    ]);
    const [zhang] = await stack.db.query<{ id: string }>('SELECT id FROM members WHERE id_number = $1', [ZHANG]);
    expect(
      await stack.db.query(
        `SELECT actor_id, actor_role, object_id, before, after FROM audit_records WHERE action = 'user.link-member'`,
      ),
    ).toEqual([
      {
        actor_id: 'qs-admin',
        actor_role: 'administrator',
        object_id: 'zhang-user',
        before: { memberId: null },
        after: { memberId: zhang!.id },
      },
    ]);
    const again = (await upload(qsAdmin, '/members/import', 'members.csv', file).expect(200)).body;
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, linked: 0 });
    // A dry run reports the link and writes nothing.
    const before = await state();
    const dry = await upload(
      qsAdmin,
      '/members/import?dryRun=true',
      'members.csv',
      [HEADER, `${LI},李四,QS-V01,regular,,,,,li-user`].join('\n'),
    ).expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, linked: 1 });
    expect(await state()).toEqual(before);
  });

  it('refuses an unknown user, a user linked to another member, a member linked to another user: nothing written', async () => {
    const before = await state();
    const response = await upload(
      qsAdmin,
      '/members/import',
      'members.csv',
      [
        HEADER,
        `${WANG},王五,QS-V01,regular,,,,,nobody`,
        `${LI},李四（改）,QS-V01,regular,,,,,zhang-user`,
        `${ZHANG},张三,QS-V01,regular,,,,,wang-user`,
      ].join('\n'),
    ).expect(422);
    expect(rowErrors(response.body)).toEqual([
      '2:username:IMPORT_UNKNOWN_USER',
      '3:username:IMPORT_USER_LINKED_ELSEWHERE',
      '4:username:IMPORT_MEMBER_LINKED_ELSEWHERE',
    ]);
    expect(await state()).toEqual(before);

    // The same file with the right users: the new member and the link are written together.
    await upload(
      qsAdmin,
      '/members/import',
      'members.csv',
      [HEADER, `${WANG},王五,QS-V01,regular,,,,,wang-user`].join('\n'),
    ).expect(200);
    expect((await state()).members).toContainEqual({ id_number: WANG, name: '王五', username: 'wang-user' });
  });
});
