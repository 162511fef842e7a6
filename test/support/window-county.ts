import type { INestApplication } from '@nestjs/common';
import { residentIdCheckCharacter } from '@cxzy/domain';
import { as } from './auth.js';
import {
  bootstrapAdministrator,
  bootstrapSecurityAdministrator,
  retireBootstrapAdministrator,
} from './bootstrap-registry.js';
import { upload } from './registry.js';
import type { TestDatabase } from './test-database.js';

/** 青山县 with its 行政服务中心 and two window branches (三亮三比三评, 学习先进). */
export const WINDOW_COUNTY_ORGANISATIONS = `code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit
QS,中共青山县委员会,committee,agency,,,1,,true
QS-T01,中共青山县行政服务中心委员会,committee,agency,QS,,1,,
QS-T01-W01,行政服务中心综合窗口党支部,branch,window-service,QS-T01,,1,,
QS-T01-W02,行政服务中心不动产窗口党支部,branch,window-service,QS-T01,,1,,
`;

/** A valid 18-digit resident id from its first 17 digits. */
export const residentIdNumber = (first17: string): string => first17 + residentIdCheckCharacter(first17);

export interface WindowMember {
  readonly idNumber: string;
  readonly name: string;
  readonly organisationCode: string;
  readonly post: string;
  readonly phone?: string;
}

export interface WindowCountySetUp {
  readonly members: readonly WindowMember[];
  /** [username, role, organisation code] */
  readonly users: readonly (readonly [string, string, string])[];
  /** The kind's default definition qs-admin publishes, if any. */
  readonly publish?: { readonly processKind: string; readonly sectorCode: string };
}

/** Imports the county and its members, creates the users, publishes a default (its id returned). */
export async function setUpWindowCounty(
  api: INestApplication,
  db: TestDatabase,
  { members, users, publish }: WindowCountySetUp,
): Promise<{ memberIds: string[]; definitionId: string | null }> {
  const bootstrap = await bootstrapAdministrator(api, WINDOW_COUNTY_ORGANISATIONS);
  const security = await bootstrapSecurityAdministrator(api);
  await upload(bootstrap, '/organisations/import', 'orgs.csv', WINDOW_COUNTY_ORGANISATIONS).expect(200);
  const membersCsv = [
    'id_number,name,organisation_code,category,post,host_organisation_code,pledge_exempt,phone',
    ...members.map((m) => `${m.idNumber},${m.name},${m.organisationCode},regular,${m.post},,,${m.phone ?? ''}`),
  ].join('\n');
  if (members.length > 0) await upload(bootstrap, '/members/import', 'members.csv', membersCsv).expect(200);
  for (const [username, role, organisationCode] of users)
    await security
      .put(`/users/${username}`)
      .send({ displayName: username, roles: [{ role, organisationCode }] })
      .expect(200);
  await retireBootstrapAdministrator(api);
  let definitionId: string | null = null;
  if (publish) {
    const admin = await as(api, 'qs-admin');
    const draft = await admin.post('/pipeline-definitions').send(publish).expect(201);
    await admin.post(`/pipeline-definitions/${draft.body.id}/publish`).send({}).expect(200);
    definitionId = draft.body.id as string;
  }
  const rows = await db.query<{ id: string; id_number: string }>('SELECT id, id_number FROM members');
  return { memberIds: members.map((m) => rows.find((r) => r.id_number === m.idNumber)!.id), definitionId };
}
