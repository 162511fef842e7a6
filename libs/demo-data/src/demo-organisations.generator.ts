import { BUILTIN_SECTOR_CODES as S } from '@cxzy/domain';
import type { DemoOrganisation } from './demo-county.types.js';
import {
  AGENCIES,
  FIRMS,
  FIRM_SUFFIX,
  PLACE_FIRST,
  PLACE_SECOND,
  SOCIAL_ORGS,
  SOES,
  VILLAGE_FIRST,
  VILLAGE_SECOND,
} from './names.js';
import type { SeededRandom } from './random.js';

export const COUNTY = 'QS';
export const CITY_TAX = 'QL-TAX';
export const CITY_MET = 'QL-MET';
const AGENCIES_COMMITTEE = 'QS-JG';
const SOE_COMMITTEE = 'QS-GZ';
const NEW_ECONOMY_COMMITTEE = 'QS-LX';
const EDUCATION = 'QS-JY';
const HEALTH = 'QS-WJ';
export const TAX_BRANCH = 'QS-TAX-B01';
export const WEATHER_BRANCH = 'QS-MET';

type Draft = Omit<DemoOrganisation, 'gradingUnitCode' | 'isGradingUnit' | 'managementMode' | 'verticalDepartmentCode'> &
  Partial<Pick<DemoOrganisation, 'gradingUnitCode' | 'isGradingUnit' | 'managementMode' | 'verticalDepartmentCode'>>;

const org = (d: Draft): DemoOrganisation => ({
  verticalDepartmentCode: null,
  managementMode: 1,
  gradingUnitCode: null,
  isGradingUnit: false,
  ...d,
});
const committee = (code: string, name: string, sectorCode: string, parent: string | null, extra: Partial<Draft> = {}) =>
  org({ code, name, kind: 'committee', sectorCode, territorialParentCode: parent, ...extra });
const branch = (code: string, name: string, sectorCode: string, parent: string, extra: Partial<Draft> = {}) =>
  org({ code, name, kind: 'branch', sectorCode, territorialParentCode: parent, ...extra });

/**
 * The county's fixed skeleton: the county committee (a grading unit), two system committees of the
 * city (grading units of their own), the work committees, and the units that show 条块: the tax
 * bureau (mode 3, led up the tax system), the weather station (mode 2), and a hospital and a
 * college guided by their sector departments (mode 1 with a vertical department).
 */
function skeleton(): DemoOrganisation[] {
  return [
    committee(COUNTY, '中共青山县委员会', S.agency, null, { isGradingUnit: true }),
    committee(CITY_TAX, '国家税务总局青岚市税务局党委', S.windowService, null, { isGradingUnit: true }),
    committee(CITY_MET, '青岚市气象局党组', S.agency, null, { isGradingUnit: true }),
    committee(AGENCIES_COMMITTEE, '中共青山县直属机关工作委员会', S.agency, COUNTY),
    committee(SOE_COMMITTEE, '中共青山县国有资产监督管理委员会委员会', S.soeFinance, COUNTY),
    committee(NEW_ECONOMY_COMMITTEE, '中共青山县非公有制经济组织和社会组织工作委员会', S.nonPublicEnterprise, COUNTY),
    committee(EDUCATION, '中共青山县教育局委员会', S.agency, AGENCIES_COMMITTEE),
    committee(HEALTH, '中共青山县卫生健康局委员会', S.agency, AGENCIES_COMMITTEE),
    committee('QS-TAX', '国家税务总局青山县税务局党委', S.windowService, COUNTY, {
      verticalDepartmentCode: CITY_TAX,
      managementMode: 3,
      gradingUnitCode: CITY_TAX,
    }),
    branch(TAX_BRANCH, '国家税务总局青山县税务局第一党支部（办税服务厅）', S.windowService, 'QS-TAX'),
    branch('QS-TAX-B02', '国家税务总局青山县税务局第二党支部', S.windowService, 'QS-TAX'),
    branch(WEATHER_BRANCH, '青山县气象局党支部', S.agency, AGENCIES_COMMITTEE, {
      verticalDepartmentCode: CITY_MET,
      managementMode: 2,
    }),
    branch('QS-ZWFW', '青山县政务服务中心党支部', S.windowService, AGENCIES_COMMITTEE),
    committee('QS-YY', '青山县人民医院党委', S.windowService, AGENCIES_COMMITTEE, { verticalDepartmentCode: HEALTH }),
    branch('QS-YY-B01', '青山县人民医院内科党支部', S.windowService, 'QS-YY'),
    branch('QS-YY-B02', '青山县人民医院外科党支部', S.windowService, 'QS-YY'),
    committee('QS-ZY', '青山职业技术学院党委', S.university, COUNTY, { verticalDepartmentCode: EDUCATION }),
    branch('QS-ZY-B01', '青山职业技术学院机电系教工党支部', S.university, 'QS-ZY'),
    branch('QS-ZY-B02', '青山职业技术学院学生党支部', S.university, 'QS-ZY'),
    committee('QS-NSH', '青山农村商业银行党委', S.soeFinance, SOE_COMMITTEE),
    branch('QS-NSH-B01', '青山农村商业银行营业部党支部', S.soeFinance, 'QS-NSH'),
  ];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 乡镇: its committee, villages (some as general branches with groups), communities, a clinic, a school and a firm. */
function township(index: number, random: SeededRandom): DemoOrganisation[] {
  const t = `QS-T${pad(index + 1)}`;
  const place = `${PLACE_FIRST[index % PLACE_FIRST.length]}${PLACE_SECOND[Math.floor(index / PLACE_FIRST.length) % PLACE_SECOND.length]}`;
  const round = Math.floor(index / (PLACE_FIRST.length * PLACE_SECOND.length));
  const town = `${place}${round > 0 ? round + 1 : ''}${index % 3 === 2 ? '乡' : '镇'}`;
  const orgs = [committee(t, `中共青山县${town}委员会`, S.agency, COUNTY)];
  const villages = random.int(8, 14);
  for (let v = 1; v <= villages; v++) {
    const code = `${t}-V${pad(v)}`;
    const village = `${random.pick(VILLAGE_FIRST)}${VILLAGE_SECOND[(v - 1) % VILLAGE_SECOND.length]}`;
    if (v % 4 === 0) {
      orgs.push(
        org({
          code,
          name: `${town}${village}党总支`,
          kind: 'general-branch',
          sectorCode: S.village,
          territorialParentCode: t,
        }),
      );
      orgs.push(branch(`${code}-B1`, `${town}${village}第一党支部`, S.village, code));
      orgs.push(branch(`${code}-B2`, `${town}${village}第二党支部`, S.village, code));
      orgs.push(
        org({
          code: `${code}-B1-G1`,
          name: `${town}${village}第一党支部第一党小组`,
          kind: 'group',
          sectorCode: S.village,
          territorialParentCode: `${code}-B1`,
        }),
      );
    } else {
      orgs.push(branch(code, `${town}${village}党支部`, S.village, t));
    }
  }
  const communities = random.int(1, 2);
  for (let c = 1; c <= communities; c++) {
    orgs.push(branch(`${t}-C${pad(c)}`, `${town}${c === 1 ? '城东' : '城西'}社区党支部`, S.urbanCommunity, t));
  }
  orgs.push(branch(`${t}-WSY`, `${town}卫生院党支部`, S.windowService, t, { verticalDepartmentCode: HEALTH }));
  orgs.push(branch(`${t}-XX`, `${town}中心小学党支部`, S.agency, t, { verticalDepartmentCode: EDUCATION }));
  orgs.push(
    branch(
      `${t}-F01`,
      `青山县${place}${random.pick(FIRMS)}${random.pick(FIRM_SUFFIX)}党支部`,
      S.nonPublicEnterprise,
      t,
    ),
  );
  return orgs;
}

/** The other blocks, taken in turn so that every sector grows with the county. */
const blocks: ((index: number, random: SeededRandom) => DemoOrganisation[])[] = [
  township,
  (i) => [
    branch(
      `QS-JG-B${pad(i + 1, 3)}`,
      `青山县${AGENCIES[i % AGENCIES.length]}${suffix(i, AGENCIES.length)}机关党支部`,
      S.agency,
      AGENCIES_COMMITTEE,
    ),
  ],
  (i) => [
    branch(
      `QS-GZ-B${pad(i + 1, 3)}`,
      `青山县${SOES[i % SOES.length]}${suffix(i, SOES.length)}党支部`,
      S.soeFinance,
      SOE_COMMITTEE,
    ),
  ],
  (i, random) => [
    branch(
      `QS-LX-F${pad(i + 1, 3)}`,
      `青山${random.pick(PLACE_FIRST)}${FIRMS[i % FIRMS.length]}${random.pick(FIRM_SUFFIX)}党支部`,
      S.nonPublicEnterprise,
      NEW_ECONOMY_COMMITTEE,
    ),
  ],
  (i) => [
    branch(
      `QS-LX-S${pad(i + 1, 3)}`,
      `青山县${SOCIAL_ORGS[i % SOCIAL_ORGS.length]}${suffix(i, SOCIAL_ORGS.length)}党支部`,
      S.socialOrganisation,
      NEW_ECONOMY_COMMITTEE,
    ),
  ],
];

const suffix = (i: number, size: number) => (i < size ? '' : `（${Math.floor(i / size) + 1}）`);

/**
 * Parents always come before their children, so cutting the list at any length keeps it importable.
 * The skeleton and one township are always there, whatever the target.
 */
export function generateOrganisations(target: number, random: SeededRandom): DemoOrganisation[] {
  const orgs = skeleton();
  const counters = blocks.map(() => 0);
  let minimum = 0;
  for (let turn = 0; turn === 0 || orgs.length < target; turn++) {
    // A township for every four other units keeps villages the largest sector, as in a real county.
    const block = turn % 5 === 0 ? 0 : 1 + ((turn - Math.floor(turn / 5) - 1) % 4);
    orgs.push(...blocks[block]!(counters[block]!++, random));
    if (turn === 0) minimum = orgs.length;
  }
  return orgs.slice(0, Math.max(target, minimum));
}
