import { jest } from '@jest/globals';
import { idOf } from '../../support/registry.js';
import { useTestStack } from '../../support/test-stack.js';
import { residentIdNumber, setUpWindowCounty } from '../../support/window-county.js';

jest.setTimeout(120_000);

const WINDOW_MEMBERS = [
  {
    idNumber: residentIdNumber('33010119800101031'),
    name: '周亮身',
    organisationCode: 'QS-T01-W01',
    post: '综合受理岗',
    phone: '13800001234',
  },
  { idNumber: residentIdNumber('33010119810101032'), name: '吴标准', organisationCode: 'QS-T01-W01', post: '审核岗' },
  { idNumber: residentIdNumber('33010119820101033'), name: '郑邻居', organisationCode: 'QS-T01-W02', post: '出件岗' },
];

describe('三亮: a unit publishes its service standards and members’ identity on a public page', () => {
  const stack = useTestStack('service-board', { worker: false });
  let w01 = '';
  let members: string[] = [];

  beforeAll(async () => {
    const county = await setUpWindowCounty(stack.api, stack.db, {
      members: WINDOW_MEMBERS,
      users: [
        ['qs-admin', 'administrator', 'QS'],
        ['t01-supervisor', 'supervisor', 'QS-T01'],
        ['w01-secretary', 'branch-secretary', 'QS-T01-W01'],
        ['w02-secretary', 'branch-secretary', 'QS-T01-W02'],
      ],
    });
    w01 = await idOf(await stack.as('qs-admin'), 'QS-T01-W01');
    members = county.memberIds;
  });

  const content = () => ({
    standards: [
      { item: '个体工商户设立登记', process: ['受理', '审核', '发照'], timeLimit: '即办' },
      { item: '不动产抵押登记', process: ['申请', '审核', '登簿'], timeLimit: '3个工作日' },
    ],
    members: [
      { memberId: members[0], post: '综合受理岗', partyBadge: true, responsibilityArea: '一号至三号窗口' },
      { memberId: members[1], post: '审核岗', partyBadge: false },
    ],
  });

  it('lets only the unit’s secretary or an administrator publish, names every problem, audits, and shows the page to anyone', async () => {
    const secretary = await stack.as('w01-secretary');
    const path = `/organisations/${w01}/service-board/content`;

    // Nothing published yet: the public page is empty but answers.
    const empty = await stack.http().get(`/organisations/${w01}/service-board`).expect(200);
    expect(empty.body).toMatchObject({ organisationName: '行政服务中心综合窗口党支部', standards: [], members: [] });
    expect(empty.body.updatedAt).toBeNull();

    // The neighbouring unit's secretary and the superior line's supervisor may not publish it.
    await (await stack.as('w02-secretary')).put(path).send(content()).expect(403);
    await (await stack.as('t01-supervisor')).put(path).send(content()).expect(403);
    await stack.http().put(path).send(content()).expect(401);

    // Every problem at once, each by its path; the state is unchanged.
    const refused = await secretary
      .put(path)
      .send({
        standards: [{ item: '', process: [], timeLimit: '即办' }],
        members: [
          { memberId: members[2], post: '出件岗', partyBadge: true },
          { memberId: members[0], post: '咨询电话13800001234', partyBadge: true },
        ],
      })
      .expect(422);
    expect(refused.body.code).toBe('SERVICE_BOARD_INVALID');
    expect(refused.body.field).toBe('standards[0].process');
    expect((refused.body.errors as { field: string }[]).map((e) => e.field)).toEqual([
      'standards[0].process',
      'standards[0].item',
      'members[0].memberId',
      'members[1].post',
    ]);
    await secretary
      .put(path)
      .send({ standards: [{ item: 'x', process: 'one step', timeLimit: '即办' }], members: [] })
      .expect(400)
      .expect((res) => expect(JSON.stringify(res.body)).toContain('process'));
    expect(await stack.db.query('SELECT 1 FROM service_standards')).toEqual([]);

    // The secretary publishes; the answer is what the form edits next time.
    const saved = await secretary.put(path).send(content()).expect(200);
    expect(saved.body.standards).toEqual(content().standards);
    expect(saved.body.members).toEqual([
      {
        memberId: members[0],
        name: '周亮身',
        post: '综合受理岗',
        partyBadge: true,
        responsibilityArea: '一号至三号窗口',
      },
      { memberId: members[1], name: '吴标准', post: '审核岗', partyBadge: false, responsibilityArea: null },
    ]);
    expect((await secretary.get(path).expect(200)).body).toEqual(saved.body);
    await (await stack.as('w02-secretary')).get(path).expect(403);

    // Anyone reads the public page: names, posts, badges, areas — no member id, ID or phone number.
    const page = await stack.http().get(`/organisations/${w01}/service-board`).expect(200);
    expect(page.body.standards).toEqual(content().standards);
    expect(page.body.members).toEqual([
      { name: '周亮身', post: '综合受理岗', partyBadge: true, responsibilityArea: '一号至三号窗口' },
      { name: '吴标准', post: '审核岗', partyBadge: false, responsibilityArea: null },
    ]);
    expect(page.body.pledges).toEqual([]);
    const text = JSON.stringify(page.body);
    for (const secret of [...members, ...WINDOW_MEMBERS.map((m) => m.idNumber), '13800001234'])
      expect(text).not.toContain(secret);

    // An administrator of the grading unit may replace it too; a unit that does not exist is 404.
    const admin = await stack.as('qs-admin');
    await admin
      .put(path)
      .send({ ...content(), members: [{ memberId: members[1], post: '审核岗', partyBadge: true }] })
      .expect(200);
    const after = await stack.http().get(`/organisations/${w01}/service-board`).expect(200);
    expect(after.body.members).toEqual([
      { name: '吴标准', post: '审核岗', partyBadge: true, responsibilityArea: null },
    ]);
    await stack.http().get('/organisations/00000000-0000-4000-8000-00000000abcd/service-board').expect(404);

    const audited = await stack.db.query<{ actor_id: string; actor_role: string }>(
      `SELECT actor_id, actor_role FROM audit_records
        WHERE action = 'service-board.publish' AND object_id = $1 AND result = 'success'
        ORDER BY seq`,
      [w01],
    );
    expect(audited).toEqual([
      { actor_id: 'w01-secretary', actor_role: 'branch-secretary' },
      { actor_id: 'qs-admin', actor_role: 'administrator' },
    ]);
  });
});
