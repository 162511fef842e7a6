import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { generateDemoCounty } from './demo-county.js';
import { splitByGradingUnit } from './demo-county-units.js';

describe('splitByGradingUnit', () => {
  const county = generateDemoCounty({ organisations: 120 });
  const shares = splitByGradingUnit(county);

  it('gives every organisation, member and non-administrator user to exactly one unit', () => {
    const codes = shares.flatMap((s) => s.organisations.map((o) => o.code));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.sort()).toEqual(county.organisations.map((o) => o.code).sort());
    expect(shares.reduce((n, s) => n + s.members.length, 0)).toBe(county.members.length);
    for (const share of shares) {
      const inside = new Set(share.organisations.map((o) => o.code));
      // Each administrator imports only their unit's rows: a mobile member's host is at home too.
      for (const m of share.members) if (m.hostOrganisationCode) expect(inside.has(m.hostOrganisationCode)).toBe(true);
    }
    const saved = shares.flatMap((s) => [s.administrator, s.securityAdministrator, ...s.users].map((u) => u.username));
    expect(saved.sort()).toEqual(county.users.map((u) => u.username).sort());
  });

  it('puts the tax bureau (mode 3) in the city tax unit, the weather branch (mode 2) in the county', () => {
    const unitOf = (code: string) => shares.find((s) => s.organisations.some((o) => o.code === code))?.code;
    expect(unitOf(county.highlights.taxBranch)).toBe('QL-TAX');
    expect(unitOf('QS-TAX')).toBe('QL-TAX');
    expect(unitOf(county.highlights.mode2Unit)).toBe('QS');
    expect(shares.find((s) => s.code === 'QL-TAX')?.users.map((u) => u.username)).toEqual(
      expect.arrayContaining(['qs-tax-secretary', 'qs-tax-supervisor', 'qltax-supervisor']),
    );
  });

  it('orders the units so that a unit comes after every unit its rows refer to', () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 300 }), fc.integer({ min: 1, max: 10_000 }), (size, seed) => {
        const split = splitByGradingUnit(generateDemoCounty({ organisations: size, seed }));
        const position = new Map(split.map((s, i) => [s.code, i]));
        const unitOfOrg = new Map(split.flatMap((s, i) => s.organisations.map((o) => [o.code, i] as const)));
        for (const [i, share] of split.entries()) {
          for (const o of share.organisations) {
            for (const ref of [o.territorialParentCode, o.verticalDepartmentCode]) {
              if (ref !== null) expect(unitOfOrg.get(ref)!).toBeLessThanOrEqual(i);
            }
          }
          expect(share.administrator.roles).toEqual([{ role: 'administrator', organisationCode: share.code }]);
          expect(share.securityAdministrator.roles).toEqual([
            { role: 'security-administrator', organisationCode: share.code },
          ]);
          expect(position.get(share.code)).toBe(i);
        }
      }),
      { numRuns: 15 },
    );
  });
});
