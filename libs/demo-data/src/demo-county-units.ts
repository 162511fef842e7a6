import type { DemoCounty, DemoMember, DemoOrganisation, DemoUser } from './demo-county.types.js';

/** One grading unit's share of the demo county: what its own administrator imports and saves. */
export interface DemoGradingUnitShare {
  readonly code: string;
  readonly name: string;
  /** The administrator `npm run admin:create` makes for this unit (the first user of its share). */
  readonly administrator: DemoUser;
  /** Its security administrator, made by `npm run admin:create --role security-administrator`: saves the users (三员分立). */
  readonly securityAdministrator: DemoUser;
  readonly organisations: DemoOrganisation[];
  readonly members: DemoMember[];
  /** The other users whose roles are all inside this unit (security administrators save only those). */
  readonly users: DemoUser[];
}

/**
 * Splits the county by grading unit (组织实施单位), in an order each unit's import can follow: an
 * administrator manages only their own unit's rows (docs/security.md), so the demo imports the way
 * a real deployment bootstraps — one administrator per unit, each importing their own share.
 * A unit whose rows refer to another unit's organisations comes after it.
 */
export function splitByGradingUnit(county: DemoCounty): DemoGradingUnitShare[] {
  const byCode = new Map(county.organisations.map((o) => [o.code, o]));
  const unitOf = gradingUnitResolver(byCode);
  const shares = county.organisations
    .filter((o) => o.isGradingUnit)
    .map((unit) => {
      const holder = (role: 'administrator' | 'security-administrator') => {
        const found = county.users.find((u) =>
          u.roles.some((r) => r.role === role && r.organisationCode === unit.code),
        );
        if (!found) throw new Error(`the demo county has no ${role} for grading unit ${unit.code}`);
        return found;
      };
      const administrator = holder('administrator');
      const securityAdministrator = holder('security-administrator');
      return {
        code: unit.code,
        name: unit.name,
        administrator,
        securityAdministrator,
        organisations: county.organisations.filter((o) => unitOf(o.code) === unit.code),
        members: county.members.filter((m) => unitOf(m.organisationCode) === unit.code),
        users: county.users.filter(
          (u) =>
            u !== administrator &&
            u !== securityAdministrator &&
            u.roles.every((r) => unitOf(r.organisationCode) === unit.code),
        ),
      };
    });
  return orderByReferences(shares, unitOf);
}

/** The grading unit of an organisation: itself, the one it names, else the next up its leading line. */
export function gradingUnitResolver(byCode: ReadonlyMap<string, DemoOrganisation>): (code: string) => string {
  const memo = new Map<string, string>();
  const resolve = (code: string, seen: ReadonlySet<string>): string => {
    const known = memo.get(code);
    if (known) return known;
    const org = byCode.get(code);
    if (!org) throw new Error(`the demo county refers to an unknown organisation ${code}`);
    if (seen.has(code)) throw new Error(`the demo county's leading line loops at ${code}`);
    const lead = org.managementMode === 3 ? org.verticalDepartmentCode : org.territorialParentCode;
    const unit = org.isGradingUnit
      ? org.code
      : (org.gradingUnitCode ??
        (lead ? resolve(lead, new Set([...seen, code])) : fail(`${code} has no grading unit above it`)));
    memo.set(code, unit);
    return unit;
  };
  return (code) => resolve(code, new Set());
}

const fail = (message: string): never => {
  throw new Error(message);
};

/** Units referred to by another unit's rows (a parent, a vertical department) come first. */
function orderByReferences(shares: DemoGradingUnitShare[], unitOf: (code: string) => string): DemoGradingUnitShare[] {
  const needs = new Map(
    shares.map((s) => [
      s.code,
      new Set(
        s.organisations
          .flatMap((o) => [o.territorialParentCode, o.verticalDepartmentCode, o.gradingUnitCode])
          .filter((c): c is string => c !== null)
          .map(unitOf)
          .filter((unit) => unit !== s.code),
      ),
    ]),
  );
  const ordered: DemoGradingUnitShare[] = [];
  while (ordered.length < shares.length) {
    const next = shares.find(
      (s) => !ordered.includes(s) && [...needs.get(s.code)!].every((u) => ordered.some((o) => o.code === u)),
    );
    // Units that refer to each other: each still exists as admin:create's stub, so any order imports.
    ordered.push(next ?? shares.find((s) => !ordered.includes(s))!);
  }
  return ordered;
}
