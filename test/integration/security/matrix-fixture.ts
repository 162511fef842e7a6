import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { beijingDateTime } from '@cxzy/domain';
import { as, type Http } from '../../support/auth.js';
import {
  bootstrapAdministrator,
  bootstrapSecurityAdministrator,
  retireBootstrapAdministrator,
} from '../../support/bootstrap-registry.js';
import { eventually } from '../../support/eventually.js';
import { upload } from '../../support/registry.js';
import type { TestDatabase } from '../../support/test-database.js';
import { residentIdNumber } from '../../support/window-county.js';
import type { MatrixRole } from './route-role-matrix.js';

/**
 * The route × role matrix's world: two grading units, 青山县 (QS: a township and two village
 * branches — every call targets QS's things) and 红山县 (HS: its administrator is "another unit's
 * administrator"), one user per role, and one of each thing a route names (a grading round, a
 * pledge, a campaign, a 学习先进 round, a smoke check, a notice).
 */
const ORGANISATIONS = `code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit
QS,中共青山县委员会,committee,agency,,,1,,true
QS-T01,中共青山县东岭镇委员会,committee,agency,QS,,1,,
QS-T01-V01,东岭镇长家庄村党支部,branch,village,QS-T01,,1,,
QS-T01-V02,东岭镇西岭村党支部,branch,village,QS-T01,,1,,
HS,中共红山县委员会,committee,agency,,,1,,true
HS-T01,中共红山县南坡镇委员会,committee,agency,HS,,1,,
HS-T01-V01,南坡镇南坡村党支部,branch,village,HS-T01,,1,,
`;

export const MEMBER_ID_NUMBERS = {
  linked: residentIdNumber('33010119800101021'),
  other: residentIdNumber('33010119810101022'),
} as const;
const MEMBERS = [
  'id_number,name,organisation_code,category,post,host_organisation_code,pledge_exempt,phone',
  `${MEMBER_ID_NUMBERS.linked},王矩阵,QS-T01-V01,regular,,,,`,
  `${MEMBER_ID_NUMBERS.other},李矩阵,QS-T01-V01,regular,,,,`,
].join('\n');

/**
 * The stack settings of the tests that call every operation on this world (the matrix, the fuzzer):
 * hundreds of calls from one address, so the per-address limits — not what they measure — are raised.
 */
export const MATRIX_STACK_ENV = (): Record<string, string> => ({
  LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
  PUBLIC_RATING_RATE_LIMIT_PER_MINUTE: '10000',
  PUBLIC_READ_RATE_LIMIT_PER_MINUTE: '10000',
  PASSWORD_HASH_COST: '4',
});

/** The user acting in each column of the matrix (anonymous: no token). */
export const ROLE_USERS: Readonly<Record<Exclude<MatrixRole, 'anonymous'>, readonly [string, string, string]>> = {
  administrator: ['qs-admin', 'administrator', 'QS'],
  supervisor: ['t01-supervisor', 'supervisor', 'QS-T01'],
  branchSecretary: ['v01-secretary', 'branch-secretary', 'QS-T01-V01'],
  member: ['v01-member', 'member', 'QS-T01-V01'],
  otherUnitAdministrator: ['hs-admin', 'administrator', 'HS'],
  securityAdministrator: ['qs-security', 'security-administrator', 'QS'],
  auditAdministrator: ['qs-auditor', 'audit-administrator', 'QS'],
};

/** Users the calls act on, so that no call changes a caller (their roles, password, sessions). */
export const TARGET_USER = 'matrix-target';
export const LOGIN_USER = 'matrix-login';
export const LOGIN_PASSWORD = 'Kq7-矩阵登录-Zt93';

export interface MatrixFixture {
  readonly year: number;
  readonly org: Readonly<Record<'QS' | 'T01' | 'V01' | 'V02' | 'HS' | 'HS_V01', string>>;
  readonly member: Readonly<Record<keyof typeof MEMBER_ID_NUMBERS, string>>;
  readonly gradingRoundId: string;
  readonly pledgeId: string;
  readonly campaignId: string;
  readonly commendationId: string;
  readonly smokeCheckId: string;
  /** A notice in the member's inbox. */
  readonly noticeId: string;
}

/** Builds the world through the API, as the people who would build it. */
export async function buildMatrixFixture(api: INestApplication, db: TestDatabase): Promise<MatrixFixture> {
  const year = Number(beijingDateTime(new Date()).date.slice(0, 4));
  const bootstrap = await bootstrapAdministrator(api, ORGANISATIONS);
  await upload(bootstrap, '/organisations/import', 'orgs.csv', ORGANISATIONS).expect(status(200));
  await upload(bootstrap, '/members/import', 'members.csv', MEMBERS).expect(status(200));
  const users = [
    ...Object.values(ROLE_USERS),
    [TARGET_USER, 'member', 'QS-T01-V02'],
    [LOGIN_USER, 'member', 'QS-T01-V02'],
  ];
  // Users and passwords are the security administrator's (三员分立, ADR 0023).
  const bootstrapSecurity = await bootstrapSecurityAdministrator(api);
  for (const [username, role, organisationCode] of users)
    await bootstrapSecurity
      .put(`/users/${username}`)
      .send({ displayName: username, roles: [{ role, organisationCode }] })
      .expect(status(200));
  await retireBootstrapAdministrator(api);

  const orgRows = await db.query<{ id: string; code: string }>('SELECT id, code FROM organisations');
  const byCode = (code: string) => orgRows.find((r) => r.code === code)!.id;
  const org = {
    QS: byCode('QS'),
    T01: byCode('QS-T01'),
    V01: byCode('QS-T01-V01'),
    V02: byCode('QS-T01-V02'),
    HS: byCode('HS'),
    HS_V01: byCode('HS-T01-V01'),
  };
  const memberRows = await db.query<{ id: string; id_number: string }>('SELECT id, id_number FROM members');
  const member = {
    linked: memberRows.find((r) => r.id_number === MEMBER_ID_NUMBERS.linked)!.id,
    other: memberRows.find((r) => r.id_number === MEMBER_ID_NUMBERS.other)!.id,
  };
  const admin = await as(api, 'qs-admin');
  await admin.put('/users/v01-member/member').send({ memberId: member.linked }).expect(status(200));
  await (
    await as(api, 'qs-security')
  )
    .put(`/users/${LOGIN_USER}/password`)
    .send({ password: LOGIN_PASSWORD })
    .expect(status(204));
  for (const [processKind, sectorCode] of [
    ['grading-cycle', 'village'],
    ['pledge', 'village'],
    ['campaign', 'village'],
    ['commendation', 'agency'],
  ] as const)
    await publish(admin, processKind, sectorCode);

  const round = await admin
    .post('/grading-rounds')
    .send({
      gradingUnitId: org.QS,
      year,
      overrideReason: '路由权限矩阵：在部署窗口外部署',
      acknowledgeBy: new Date(Date.now() + 86_400_000).toISOString(),
    })
    .expect(status(201));
  const secretary = await as(api, 'v01-secretary');
  const pledge = await secretary
    .post('/pledges')
    .send({
      // An instant pledge may be raised on any date (an annual one only in its window).
      kind: 'instant',
      form: 'with-public',
      pledgerKind: 'member',
      year,
      memberId: member.linked,
      organisationId: org.V01,
      trigger: { kind: 'emergency', reference: '防汛抢险' },
      dueDate: `${year}-12-31`,
      items: [{ content: '带领群众加固河堤' }],
    })
    .expect(status(202));
  const campaign = await (
    await as(api, 't01-supervisor')
  )
    .post('/campaigns')
    .send({ organisationId: org.V01, title: '三亮三比三评', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` })
    .expect(status(201));
  const commendation = await admin
    .post('/commendations')
    .send({ gradingUnitId: org.QS, title: '学习先进', year })
    .expect(status(201));
  const smoke = await admin.post('/smoke-checks').send({ message: '矩阵', pauseMs: 0 }).expect(status(202));
  await admin
    .post('/notifications')
    .send({
      recipient: 'v01-member',
      title: { zhCN: '通知', en: 'Notice' },
      body: { zhCN: '内容', en: 'Body' },
      // Unique per run of the fixture: the delivery's workflow id is made of sender, reference and
      // recipient, and the matrix and the fuzzer share this run's Temporal server (a repeat would be
      // taken as the same notice and never reach this file's database).
      reference: `matrix-${randomUUID()}`,
    })
    .expect((response) => expect(response.status).toBeLessThan(300));
  const noticeId = await eventually(
    async () => {
      const rows = await db.query<{ id: string }>(
        "SELECT id FROM inbox_notices WHERE recipient = 'v01-member' LIMIT 1",
      );
      return rows[0]?.id;
    },
    // Delivered by a workflow: slow when the machine is busy.
    { what: "the member's notice", timeoutMs: 120_000 },
  );
  // The round's branches are enrolled once its fan-out has run: the branch routes need them.
  await eventually(
    async () => {
      const view = await admin.get(`/grading-rounds/${round.body.id}`).expect(status(200));
      return view.body.state === 'grade.collecting' ? true : undefined;
    },
    { what: 'the round enrolled its branches', timeoutMs: 120_000 },
  );
  return {
    year,
    org,
    member,
    gradingRoundId: round.body.id as string,
    pledgeId: pledge.body.pledgeId as string,
    campaignId: campaign.body.campaignId as string,
    commendationId: commendation.body.roundId as string,
    smokeCheckId: smoke.body.checkId as string,
    noticeId,
  };
}

/** Expects `code`, and names the answer's body when it is another (a fixture step's cause). */
const status = (code: number) => (response: { status: number; body: unknown }) => {
  if (response.status !== code)
    throw new Error(`expected ${code}, got ${response.status} ${JSON.stringify(response.body)}`);
};

async function publish(admin: Http, processKind: string, sectorCode: string): Promise<void> {
  const draft = await admin.post('/pipeline-definitions').send({ processKind, sectorCode }).expect(status(201));
  await admin.post(`/pipeline-definitions/${draft.body.id}/publish`).send({}).expect(status(200));
}
