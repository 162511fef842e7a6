import { isDomainError } from '../domain.error.js';
import type { Organisation } from './organisation.js';
import { resolveLines } from './organisation-lines.js';

/** A county with the units of document 5: a tax bureau (mode 3), a weather station (mode 2), a clinic guided by a sector department (mode 1). */
function county(overrides: Record<string, Partial<Organisation>> = {}): Map<string, Organisation> {
  const org = (id: string, fields: Partial<Organisation>): Organisation => ({
    id,
    code: id,
    name: id,
    kind: 'committee',
    sectorCode: 'agency',
    territorialParentId: null,
    verticalDepartmentId: null,
    managementMode: 1,
    gradingUnitId: 'COUNTY',
    isGradingUnit: false,
    ...fields,
    ...overrides[id],
  });
  const all = [
    org('COUNTY', { name: '青山县委', isGradingUnit: true }),
    org('CITY-TAX', { name: '市税务局党委', isGradingUnit: true, gradingUnitId: 'CITY-TAX' }),
    org('CITY-MET', { name: '市气象局党委', isGradingUnit: true, gradingUnitId: 'CITY-MET' }),
    org('TOWN', { territorialParentId: 'COUNTY' }),
    org('VILLAGE', { kind: 'branch', sectorCode: 'village', territorialParentId: 'TOWN' }),
    org('TAX', {
      sectorCode: 'window-service',
      territorialParentId: 'COUNTY',
      verticalDepartmentId: 'CITY-TAX',
      managementMode: 3,
      gradingUnitId: 'CITY-TAX',
    }),
    org('TAX-B1', { kind: 'branch', territorialParentId: 'TAX', gradingUnitId: 'CITY-TAX' }),
    org('AGENCIES', { territorialParentId: 'COUNTY' }),
    org('MET', {
      kind: 'branch',
      territorialParentId: 'AGENCIES',
      verticalDepartmentId: 'CITY-MET',
      managementMode: 2,
    }),
    org('HEALTH', { territorialParentId: 'AGENCIES' }),
    org('CLINIC', { kind: 'branch', territorialParentId: 'TOWN', verticalDepartmentId: 'HEALTH' }),
  ];
  return new Map(all.map((o) => [o.id, o]));
}

const codes = (orgs: readonly Organisation[]) => orgs.map((o) => o.code);
const lines = (id: string, orgs = county()) => {
  const { leadingLine, copyLine } = resolveLines(id, orgs);
  return { leading: codes(leadingLine), copy: codes(copyLine) };
};
const failure = (id: string, orgs: Map<string, Organisation>) => {
  try {
    resolveLines(id, orgs);
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, field: error.field, zhCN: error.text.zhCN, en: error.text.en };
    throw error;
  }
  throw new Error(`expected ${id} to be refused`);
};

describe('resolveLines — 条块: who leads, who is copied', () => {
  it('a mode-1 village branch answers to its township and the county; nobody is copied', () => {
    expect(lines('VILLAGE')).toEqual({ leading: ['TOWN', 'COUNTY'], copy: [] });
  });

  it('the tax bureau (mode 3) is led up the tax system; the county committee is copied', () => {
    expect(lines('TAX')).toEqual({ leading: ['CITY-TAX'], copy: ['COUNTY'] });
  });

  it('a mode-1 branch inside the tax bureau goes to the bureau, then follows the bureau’s own mode', () => {
    expect(lines('TAX-B1')).toEqual({ leading: ['TAX', 'CITY-TAX'], copy: ['COUNTY'] });
  });

  it('a mode-2 unit is led locally; its sector department is copied', () => {
    expect(lines('MET')).toEqual({ leading: ['AGENCIES', 'COUNTY'], copy: ['CITY-MET'] });
  });

  it('a mode-1 unit with a guiding sector department copies it', () => {
    expect(lines('CLINIC')).toEqual({ leading: ['TOWN', 'COUNTY'], copy: ['HEALTH'] });
  });

  it('a grading unit has no lines', () => {
    expect(lines('COUNTY')).toEqual({ leading: [], copy: [] });
    expect(lines('CITY-TAX')).toEqual({ leading: [], copy: [] });
  });

  it('never copies an authority that also leads', () => {
    const orgs = county({ CLINIC: { verticalDepartmentId: 'COUNTY' } });
    expect(lines('CLINIC', orgs)).toEqual({ leading: ['TOWN', 'COUNTY'], copy: [] });
  });

  it('refuses an unknown organisation as not found', () => {
    expect(failure('NOPE', county())).toMatchObject({ code: 'ORGANISATION_NOT_FOUND', field: 'id' });
  });

  it('refuses a cycle and names the organisations in it', () => {
    const orgs = county({ TOWN: { territorialParentId: 'VILLAGE' } });
    expect(failure('VILLAGE', orgs)).toMatchObject({
      code: 'ORGANISATION_LINE_CYCLE',
      field: 'territorialParentId',
      zhCN: expect.stringContaining('VILLAGE → TOWN → VILLAGE'),
    });
  });

  it('refuses a cycle that mixes the two lines', () => {
    const orgs = county();
    orgs.set('CITY-TAX', { ...orgs.get('CITY-TAX')!, isGradingUnit: false, territorialParentId: 'TAX' });
    expect(failure('TAX-B1', orgs)).toMatchObject({ code: 'ORGANISATION_LINE_CYCLE', field: 'territorialParentId' });
  });

  it('refuses a dangling reference and names the organisation holding it', () => {
    const orgs = county({ TOWN: { territorialParentId: 'GONE' } });
    expect(failure('VILLAGE', orgs)).toMatchObject({
      code: 'ORGANISATION_REFERENCE_DANGLING',
      field: 'territorialParentId',
      en: 'organisation TOWN: its territorial parent GONE does not exist',
    });
    const copyGone = county({ CLINIC: { verticalDepartmentId: 'GONE' } });
    expect(failure('CLINIC', copyGone)).toMatchObject({
      code: 'ORGANISATION_REFERENCE_DANGLING',
      field: 'verticalDepartmentId',
    });
  });

  it('refuses a mode-3 unit without a vertical department: its line is broken', () => {
    const orgs = county({ TAX: { verticalDepartmentId: null } });
    expect(failure('TAX-B1', orgs)).toMatchObject({
      code: 'ORGANISATION_LINE_BROKEN',
      field: 'verticalDepartmentId',
      zhCN: expect.stringContaining('TAX'),
    });
  });

  it('refuses a line that reaches another grading unit than the recorded one', () => {
    const orgs = county({ 'TAX-B1': { gradingUnitId: 'COUNTY' } });
    expect(failure('TAX-B1', orgs)).toMatchObject({
      code: 'ORGANISATION_GRADING_UNIT_MISMATCH',
      en: expect.stringContaining('reaches grading unit CITY-TAX, not the recorded COUNTY'),
    });
  });
});

describe('resolveLines — a very deep chain', () => {
  it('walks 5,000 levels without recursion limits', () => {
    const orgs = new Map<string, Organisation>();
    for (let i = 0; i < 5000; i++) {
      orgs.set(`L${i}`, {
        id: `L${i}`,
        code: `L${i}`,
        name: `L${i}`,
        kind: 'committee',
        sectorCode: 'agency',
        territorialParentId: i === 0 ? null : `L${i - 1}`,
        verticalDepartmentId: null,
        managementMode: 1,
        gradingUnitId: 'L0',
        isGradingUnit: i === 0,
      });
    }
    const { leadingLine } = resolveLines('L4999', orgs);
    expect(leadingLine).toHaveLength(4999);
    expect(leadingLine.at(-1)!.id).toBe('L0');
  });
});
