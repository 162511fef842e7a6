import { parse } from 'csv-parse/sync';
import {
  BUILTIN_SECTOR_CODES,
  MEMBER_CATEGORIES,
  planMemberImport,
  planOrganisationImport,
  resolveLines,
  type TabularRow,
} from '@cxzy/domain';
import { membersCsv, organisationsCsv } from './csv.js';
import { generateDemoCounty } from './demo-county.js';

const SECTORS = Object.values(BUILTIN_SECTOR_CODES).map((code) => ({ code, nameZhCN: code }));

/** Through CSV text and back, as an import would read it. */
function table(csv: string): { headers: string[]; rows: TabularRow[] } {
  const [headers, ...rows] = parse(csv) as string[][];
  return { headers: headers!, rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })) };
}

function importCounty(size: number) {
  const county = generateDemoCounty({ organisations: size });
  let n = 0;
  const orgs = planOrganisationImport({
    ...table(organisationsCsv(county.organisations)),
    existing: [],
    sectors: SECTORS,
    newId: () => `org-${n++}`,
  });
  const byCode = new Map(orgs.toWrite.map((o) => [o.code, o]));
  const members = planMemberImport({
    ...table(membersCsv(county.members)),
    organisationsByCode: byCode,
    existing: [],
    newId: () => `member-${n++}`,
  });
  return { county, orgs, members, byCode };
}

describe('generateDemoCounty — 青山县, a county of any size', () => {
  it('produces exactly the size asked for, importable without a single problem', () => {
    for (const size of [60, 300]) {
      const { county, orgs, members } = importCounty(size);
      expect(county.organisations).toHaveLength(size);
      expect(orgs.created).toBe(size);
      expect(members.created).toBe(county.members.length);
    }
  });

  it('is the same county every time (so a re-import changes nothing), and another with another seed', () => {
    expect(organisationsCsv(generateDemoCounty().organisations)).toBe(
      organisationsCsv(generateDemoCounty().organisations),
    );
    expect(membersCsv(generateDemoCounty().members)).toBe(membersCsv(generateDemoCounty().members));
    expect(membersCsv(generateDemoCounty({ seed: 7 }).members)).not.toBe(membersCsv(generateDemoCounty().members));
  });

  it('has every sector, all three management modes, every member category and every role', () => {
    const { county } = importCounty(240);
    expect(new Set(county.organisations.map((o) => o.sectorCode))).toEqual(
      new Set(Object.values(BUILTIN_SECTOR_CODES)),
    );
    expect(new Set(county.organisations.map((o) => o.managementMode))).toEqual(new Set([1, 2, 3]));
    expect(new Set(county.members.map((m) => m.category))).toEqual(new Set(MEMBER_CATEGORIES));
    expect(county.members.some((m) => m.pledgeExempt)).toBe(true);
    const roles = [
      'administrator',
      'supervisor',
      'branch-secretary',
      'member',
      'security-administrator',
      'audit-administrator',
    ];
    expect(new Set(county.users.flatMap((u) => u.roles.map((r) => r.role)))).toEqual(new Set(roles));
    // Each role has a user holding only it (the console's log-ins, one per role, README command 1).
    for (const role of roles)
      expect(county.users.some((u) => u.roles.length === 1 && u.roles[0]!.role === role)).toBe(true);
  });

  it('puts the highlighted units on the lines the documents describe', () => {
    const { county, byCode } = importCounty(240);
    const byId = new Map([...byCode.values()].map((o) => [o.id, o]));
    const line = (code: string) => {
      const { leadingLine, copyLine } = resolveLines(byCode.get(code)!.id, byId);
      return { leading: leadingLine.map((o) => o.code), copy: copyLine.map((o) => o.code) };
    };
    expect(line(county.highlights.villageBranch)).toEqual({ leading: ['QS-T01', 'QS'], copy: [] });
    expect(line(county.highlights.taxBranch)).toEqual({ leading: ['QS-TAX', 'QL-TAX'], copy: ['QS'] });
    expect(line(county.highlights.mode2Unit)).toEqual({ leading: ['QS-JG', 'QS'], copy: ['QL-MET'] });
  });
});
