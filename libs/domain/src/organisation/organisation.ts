/**
 * 基层党组织 — a party organisation, as the rules see it. Ids are opaque; `code` is the business key
 * that import files use, unique across the system.
 */
export const ORGANISATION_KINDS = ['committee', 'general-branch', 'branch', 'group'] as const;
/** 党委 committee / 党总支 general branch / 党支部 branch / 党小组 group. */
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Rank in the tree 党委 → 党总支 → 党支部 → 党小组: a parent ranks lower than its child, or both are committees. */
export const KIND_RANK: Readonly<Record<OrganisationKind, number>> = {
  committee: 0,
  'general-branch': 1,
  branch: 2,
  group: 3,
};

export const KIND_NAMES: Readonly<Record<OrganisationKind, { zhCN: string; en: string }>> = {
  committee: { zhCN: '党委', en: 'committee' },
  'general-branch': { zhCN: '党总支', en: 'general branch' },
  branch: { zhCN: '党支部', en: 'branch' },
  group: { zhCN: '党小组', en: 'group' },
};

/**
 * 管理模式 — document 5 (关于加强行业系统基层党建工作的意见), 明确职能分工:
 * 1. organisational relationship and business both territorial (属地): the local committee leads;
 * 2. organisational relationship territorial, business vertical (垂直): the local committee leads,
 *    the sector department guides in connection with business work;
 * 3. both vertical: the sector department's committee leads, the local committee cooperates.
 */
export const MANAGEMENT_MODES = [1, 2, 3] as const;
export type ManagementMode = (typeof MANAGEMENT_MODES)[number];

export interface Organisation {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly sectorCode: string;
  /** 块 — the local party organisation above this one (the tree the county sees). */
  readonly territorialParentId: string | null;
  /** 条 — the competent sector department's party organisation, when one exists (required in modes 2 and 3). */
  readonly verticalDepartmentId: string | null;
  readonly managementMode: ManagementMode;
  /** 组织实施单位 — the county committee or system committee whose yearly round covers this organisation. */
  readonly gradingUnitId: string;
  readonly isGradingUnit: boolean;
}

export const isOrganisationKind = (value: string): value is OrganisationKind =>
  (ORGANISATION_KINDS as readonly string[]).includes(value);

export const isManagementMode = (value: number): value is ManagementMode =>
  (MANAGEMENT_MODES as readonly number[]).includes(value);
