import type { ManagementMode, MemberCategory, OrganisationKind, Role } from '@cxzy/domain';

/** One row of an organisation import file (codes, not ids). */
export interface DemoOrganisation {
  readonly code: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly sectorCode: string;
  readonly territorialParentCode: string | null;
  readonly verticalDepartmentCode: string | null;
  readonly managementMode: ManagementMode;
  readonly gradingUnitCode: string | null;
  readonly isGradingUnit: boolean;
}

/** One row of a member import file. */
export interface DemoMember {
  readonly idNumber: string;
  readonly name: string;
  readonly organisationCode: string;
  readonly category: MemberCategory;
  readonly post: string | null;
  readonly hostOrganisationCode: string | null;
  readonly pledgeExempt: boolean;
  readonly phone: string | null;
}

export interface DemoUser {
  readonly username: string;
  readonly displayName: string;
  readonly roles: { role: Role; organisationCode: string }[];
}

export interface DemoCounty {
  readonly organisations: DemoOrganisation[];
  readonly members: DemoMember[];
  readonly users: DemoUser[];
  /** Codes worth showing in a demo: the county, a mode-1 village branch, the tax bureau branch (mode 3 above it), a mode-2 unit. */
  readonly highlights: { county: string; villageBranch: string; taxBranch: string; mode2Unit: string };
}

export interface DemoCountyOptions {
  /** Organisations to produce (at least the fixed skeleton and one township, about 45). Default 240. */
  readonly organisations?: number;
  /** Average members per branch. Default 8. */
  readonly membersPerBranch?: number;
  /** Same seed, same county. */
  readonly seed?: number;
}
