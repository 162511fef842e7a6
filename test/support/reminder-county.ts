import type { INestApplication } from '@nestjs/common';
import {
  bootstrapAdministrator,
  bootstrapSecurityAdministrator,
  retireBootstrapAdministrator,
} from './bootstrap-registry.js';
import { upload } from './registry.js';

// 青山县 (grading unit) → 东岭镇 → 长家庄村党支部 (mode 1, the county agriculture bureau guides it);
// 县税务局党支部 (mode 3: the city tax bureau leads, the county is copied).
export const REMINDER_COUNTY_ORGANISATIONS = `code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit
QS,中共青山县委员会,committee,agency,,,1,,true
QL-TAX,国家税务总局青岚市税务局党委,committee,window-service,,,1,,true
QS-T01,中共青山县东岭镇委员会,committee,agency,QS,,1,,
QS-NY,青山县农业农村局党组,committee,agency,QS,,1,,
QS-T01-V01,东岭镇长家庄党支部,branch,village,QS-T01,QS-NY,1,,
QS-TAX-B01,县税务局办税服务厅党支部,branch,window-service,QS,QL-TAX,3,QL-TAX,
`;
export const REMINDER_COUNTY_USERS: [string, string, string][] = [
  ['v01-secretary', 'branch-secretary', 'QS-T01-V01'],
  ['t01-supervisor', 'supervisor', 'QS-T01'],
  ['ny-supervisor', 'supervisor', 'QS-NY'],
  ['qs-admin', 'administrator', 'QS'],
  ['qs-security', 'security-administrator', 'QS'],
  ['qs-supervisor', 'supervisor', 'QS'],
  ['tax-secretary', 'branch-secretary', 'QS-TAX-B01'],
  ['qltax-admin', 'administrator', 'QL-TAX'],
];

/** Imports the small county above and its users through the API (the first import is the registry's bootstrap). */
export async function importReminderCounty(api: INestApplication): Promise<void> {
  const bootstrap = await bootstrapAdministrator(api, REMINDER_COUNTY_ORGANISATIONS);
  const security = await bootstrapSecurityAdministrator(api);
  await upload(bootstrap, '/organisations/import', 'orgs.csv', REMINDER_COUNTY_ORGANISATIONS).expect(200);
  for (const [username, role, organisationCode] of REMINDER_COUNTY_USERS) {
    await security
      .put(`/users/${username}`)
      .send({ displayName: username, roles: [{ role, organisationCode }] })
      .expect(200);
  }
  await retireBootstrapAdministrator(api);
}
