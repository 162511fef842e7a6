import type { INestApplication } from '@nestjs/common';
import { residentIdCheckCharacter } from '@cxzy/domain';
import { accessTokenFor, withToken } from '../../support/auth.js';
import {
  bootstrapAdministrator,
  bootstrapSecurityAdministrator,
  retireBootstrapAdministrator,
} from '../../support/bootstrap-registry.js';
import { idOf, upload } from '../../support/registry.js';
import { pledgeYear } from '../../support/test-clock.js';
import type { TestDatabase } from '../../support/test-database.js';
import { useTestStack } from '../../support/test-stack.js';

// 青山县 → 东岭镇 → 长家庄村党支部 (village sector) and 西岭村党支部 (where a mobile member is).
const ORGANISATIONS = `code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit
QS,中共青山县委员会,committee,agency,,,1,,true
QS-T01,中共青山县东岭镇委员会,committee,agency,QS,,1,,
QS-T01-V01,东岭镇长家庄党支部,branch,village,QS-T01,,1,,
QS-T01-V02,东岭镇西岭村党支部,branch,village,QS-T01,,1,,
`;
const idNumber = (first17: string) => first17 + residentIdCheckCharacter(first17);
export const MEMBERS = {
  wang: { idNumber: idNumber('33010119800101001'), name: '王磊', phone: '13800001111' },
  li: { idNumber: idNumber('33010119810101002'), name: '李秀英', phone: '13800002222' },
  zhao: { idNumber: idNumber('33010119820101003'), name: '赵强', phone: '' },
  elder: { idNumber: idNumber('33010119400101004'), name: '张建国', phone: '' },
  mobile: { idNumber: idNumber('33010119900101005'), name: '陈流动', phone: '' },
  nopost: { idNumber: idNumber('33010119950101006'), name: '刘待岗', phone: '' },
} as const;
const MEMBERS_CSV = [
  'id_number,name,organisation_code,category,post,host_organisation_code,pledge_exempt,phone',
  `${MEMBERS.wang.idNumber},王磊,QS-T01-V01,regular,,,,${MEMBERS.wang.phone}`,
  `${MEMBERS.li.idNumber},李秀英,QS-T01-V01,regular,,,,${MEMBERS.li.phone}`,
  `${MEMBERS.zhao.idNumber},赵强,QS-T01-V01,regular,,,,`,
  `${MEMBERS.elder.idNumber},张建国,QS-T01-V01,elderly-infirm,,,是,`,
  `${MEMBERS.mobile.idNumber},陈流动,QS-T01-V01,mobile,,QS-T01-V02,,`,
  `${MEMBERS.nopost.idNumber},刘待岗,QS-T01-V01,no-fixed-post,卫生监督岗,,,`,
].join('\n');

export interface PledgeWorld {
  branchId: string;
  hostBranchId: string;
  member: Record<keyof typeof MEMBERS, string>;
}

/** Organisations, members, the users, and the published village pledge pipeline (the default). */
export async function buildPledgeWorld(api: INestApplication, db: TestDatabase): Promise<PledgeWorld> {
  const bootstrap = await bootstrapAdministrator(api, ORGANISATIONS);
  const security = await bootstrapSecurityAdministrator(api);
  await upload(bootstrap, '/organisations/import', 'orgs.csv', ORGANISATIONS).expect(200);
  await upload(bootstrap, '/members/import', 'members.csv', MEMBERS_CSV).expect(200);
  for (const [username, role, organisationCode] of [
    ['qs-admin', 'administrator', 'QS'],
    ['qs-security', 'security-administrator', 'QS'],
    ['qs-auditor', 'audit-administrator', 'QS'],
    ['v01-secretary', 'branch-secretary', 'QS-T01-V01'],
    ['v02-secretary', 'branch-secretary', 'QS-T01-V02'],
    ['t01-supervisor', 'supervisor', 'QS-T01'],
  ])
    await security
      .put(`/users/${username}`)
      .send({ displayName: username, roles: [{ role, organisationCode }] })
      .expect(200);
  await retireBootstrapAdministrator(api);
  const admin = withToken(api, await accessTokenFor(api, 'qs-admin'));
  const draft = await admin
    .post('/pipeline-definitions')
    .send({ processKind: 'pledge', sectorCode: 'village' })
    .expect(201);
  await admin.post(`/pipeline-definitions/${draft.body.id}/publish`).send({}).expect(200);
  const rows = await db.query<{ id: string; id_number: string }>('SELECT id, id_number FROM members');
  const byIdNumber = new Map(rows.map((r) => [r.id_number, r.id]));
  const member = Object.fromEntries(
    Object.entries(MEMBERS).map(([key, m]) => [key, byIdNumber.get(m.idNumber) as string]),
  ) as PledgeWorld['member'];
  return { branchId: await idOf(admin, 'QS-T01-V01'), hostBranchId: await idOf(admin, 'QS-T01-V02'), member };
}

export const PLEDGE_SECRETARY = 'v01-secretary';
/** The year the specs' annual pledges are for, taken from the clock when the spec file loads. */
export const PLEDGE_YEAR = pledgeYear();
/** The secretary of the neighbouring branch: no business with V01's pledges. */
export const NEIGHBOUR_SECRETARY = 'v02-secretary';

/**
 * The pledge specs' common ground: their own test stack, the pledge world built on it, and the
 * two requests every spec makes (propose an annual pledge; take a step with a fresh idempotency key).
 */
export function usePledgeTestbed(name: string) {
  const stack = useTestStack(name);
  const state: { world?: PledgeWorld; secretaryToken?: string } = {};
  let n = 0;
  beforeAll(async () => {
    state.world = await buildPledgeWorld(stack.api, stack.db);
    state.secretaryToken = await accessTokenFor(stack.api, PLEDGE_SECRETARY);
  }, 120_000);
  /** Requests as the branch's secretary (who proposes on members' behalf and takes every step). */
  const http = () => withToken(stack.api, state.secretaryToken ?? 'not-signed-in-yet');
  const key = () => `k-${++n}`;
  const world = (): PledgeWorld => {
    if (!state.world) throw new Error('the pledge world is built in beforeAll: use it inside tests');
    return state.world;
  };
  const proposeAnnual = async (memberId: string, over: Record<string, unknown> = {}) =>
    (
      await http()
        .post('/pledges')
        .send({
          kind: 'annual',
          form: 'individual',
          pledgerKind: 'member',
          year: PLEDGE_YEAR,
          memberId,
          organisationId: world().branchId,
          items: [{ content: '每月走访困难群众两次' }],
          leads: ['service'],
          ...over,
        })
        .expect(202)
    ).body as { pledgeId: string; workflowId: string };
  const step = (pledgeId: string, path: string, body: Record<string, unknown>) =>
    http()
      .post(`/pledges/${pledgeId}/${path}`)
      .send({ idempotencyKey: key(), ...body });
  return { stack, world, http, key, proposeAnnual, step };
}
