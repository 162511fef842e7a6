import type { INestApplication } from '@nestjs/common';
import { as } from './auth.js';
import {
  bootstrapAdministrator,
  bootstrapSecurityAdministrator,
  retireBootstrapAdministrator,
} from './bootstrap-registry.js';
import { upload } from './registry.js';

const VILLAGES = ['V01', 'V02', 'V03', 'V04', 'V05', 'V06'];
const COMMUNITIES = ['C01', 'C02', 'C03', 'C04'];

/** 青山县 with one township, six village branches and four community branches (two sectors). */
export const GRADING_COUNTY_BRANCHES = [...VILLAGES, ...COMMUNITIES].map((b) => `QS-T01-${b}`);

export const GRADING_COUNTY_ORGANISATIONS = [
  'code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit',
  'QS,中共青山县委员会,committee,agency,,,1,,true',
  'QS-T01,中共青山县东岭镇委员会,committee,agency,QS,,1,,',
  ...VILLAGES.map((v) => `QS-T01-${v},东岭镇${v}村党支部,branch,village,QS-T01,,1,,`),
  ...COMMUNITIES.map((c) => `QS-T01-${c},东岭镇${c}社区党支部,branch,urban-community,QS-T01,,1,,`),
].join('\n');

export const secretaryOf = (code: string): string => `${code.toLowerCase()}-secretary`;

/** Imports the county, one secretary per branch, the county's administrator, security administrator and supervisor. */
export async function importGradingCounty(api: INestApplication): Promise<void> {
  const bootstrap = await bootstrapAdministrator(api, GRADING_COUNTY_ORGANISATIONS);
  const security = await bootstrapSecurityAdministrator(api);
  await upload(bootstrap, '/organisations/import', 'orgs.csv', GRADING_COUNTY_ORGANISATIONS).expect(200);
  const users: [string, string, string][] = [
    ['qs-admin', 'administrator', 'QS'],
    ['qs-security', 'security-administrator', 'QS'],
    ['t01-supervisor', 'supervisor', 'QS-T01'],
    ...GRADING_COUNTY_BRANCHES.map((code): [string, string, string] => [secretaryOf(code), 'branch-secretary', code]),
  ];
  for (const [username, role, organisationCode] of users) {
    await security
      .put(`/users/${username}`)
      .send({ displayName: username, roles: [{ role, organisationCode }] })
      .expect(200);
  }
  await retireBootstrapAdministrator(api);
}

/** Publishes the default grading-cycle definition of each sector, as an administrator would. */
export async function publishDefaultGradingPipelines(api: INestApplication, sectors: readonly string[]): Promise<void> {
  const admin = await as(api, 'qs-admin');
  for (const sectorCode of sectors) {
    const draft = await admin
      .post('/pipeline-definitions')
      .send({ processKind: 'grading-cycle', sectorCode })
      .expect(201);
    await admin.post(`/pipeline-definitions/${draft.body.id}/publish`).send({}).expect(200);
  }
}
