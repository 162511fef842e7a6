import type { DemoCounty, DemoCountyOptions, DemoOrganisation, DemoUser } from './demo-county.types.js';
import { generateMembers } from './demo-members.generator.js';
import {
  CITY_MET,
  CITY_TAX,
  COUNTY,
  generateOrganisations,
  TAX_BRANCH,
  WEATHER_BRANCH,
} from './demo-organisations.generator.js';
import { SeededRandom } from './random.js';

/**
 * 青山县 — a realistic county of any size, the same every time for the same options: one county
 * committee (the grading unit), townships with villages and communities, agencies, SOEs, non-public
 * firms, social organisations, a college, units under vertical management, members of every
 * category and users with roles. Pure: no I/O, no clock, no Math.random.
 */
export function generateDemoCounty(options: DemoCountyOptions = {}): DemoCounty {
  const random = new SeededRandom(options.seed ?? 2012);
  const organisations = generateOrganisations(options.organisations ?? 240, random);
  const members = generateMembers(organisations, options.membersPerBranch ?? 8, random);
  const villageBranch = organisations.find((o) => o.sectorCode === 'village' && o.kind === 'branch')!.code;
  return {
    organisations,
    members,
    users: demoUsers(organisations, villageBranch),
    highlights: { county: COUNTY, villageBranch, taxBranch: TAX_BRANCH, mode2Unit: WEATHER_BRANCH },
  };
}

/** A few dozen users at most, whatever the county's size: enough to show every role in place. */
function demoUsers(orgs: readonly DemoOrganisation[], villageBranch: string): DemoUser[] {
  const townships = orgs.filter((o) => /^QS-T\d+$/.test(o.code)).slice(0, 10);
  const users: DemoUser[] = [
    {
      username: 'qs-admin',
      displayName: '青山县委组织部管理员',
      roles: [{ role: 'administrator', organisationCode: COUNTY }],
    },
    // 三员分立 (ADR 0023): each unit's security administrator saves its users; the county's audit
    // administrator reads its trail.
    {
      username: 'qs-security',
      displayName: '青山县委组织部安全管理员',
      roles: [{ role: 'security-administrator', organisationCode: COUNTY }],
    },
    {
      username: 'qs-auditor',
      displayName: '青山县委组织部审计管理员',
      roles: [{ role: 'audit-administrator', organisationCode: COUNTY }],
    },
    {
      username: 'qltax-security',
      displayName: '青岚市税务局安全管理员',
      roles: [{ role: 'security-administrator', organisationCode: CITY_TAX }],
    },
    {
      username: 'qlmet-security',
      displayName: '青岚市气象局安全管理员',
      roles: [{ role: 'security-administrator', organisationCode: CITY_MET }],
    },
    {
      username: 'qltax-admin',
      displayName: '青岚市税务局党建管理员',
      roles: [{ role: 'administrator', organisationCode: CITY_TAX }],
    },
    {
      // The weather system's unit holds only its committee here; its administrator imports that row.
      username: 'qlmet-admin',
      displayName: '青岚市气象局党建管理员',
      roles: [{ role: 'administrator', organisationCode: CITY_MET }],
    },
    {
      // Decides the tax system's commendations (学习先进): the approval of its grading unit.
      username: 'qltax-supervisor',
      displayName: '青岚市税务局党委书记',
      roles: [{ role: 'supervisor', organisationCode: CITY_TAX }],
    },
    {
      username: 'qs-tax-secretary',
      displayName: '县税务局第一党支部书记',
      roles: [{ role: 'branch-secretary', organisationCode: TAX_BRANCH }],
    },
    {
      username: 'qs-tax-supervisor',
      displayName: '县税务局党委书记',
      roles: [{ role: 'supervisor', organisationCode: 'QS-TAX' }],
    },
    {
      username: 'qs-village-secretary',
      displayName: '村党支部书记',
      roles: [
        { role: 'branch-secretary', organisationCode: villageBranch },
        { role: 'member', organisationCode: villageBranch },
      ],
    },
    {
      // A member and nothing else: what the console shows a member (propose a pledge, report progress).
      username: 'qs-village-member',
      displayName: '村党支部党员',
      roles: [{ role: 'member', organisationCode: villageBranch }],
    },
  ];
  townships.forEach((t, i) =>
    users.push({
      username: `t${String(i + 1).padStart(2, '0')}-supervisor`,
      displayName: `${t.name.replace(/^中共青山县|委员会$/g, '')}党委组织委员`,
      roles: [{ role: 'supervisor', organisationCode: t.code }],
    }),
  );
  return users;
}
