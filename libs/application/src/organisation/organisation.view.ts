import type { ManagementMode, Organisation, OrganisationKind } from '@cxzy/domain';
import type { OrganisationRecord } from '@cxzy/persistence';

/** An organisation as the API shows it: references by id and by code. */
export interface OrganisationView {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly sectorCode: string;
  readonly managementMode: ManagementMode;
  readonly isGradingUnit: boolean;
  readonly territorialParentId: string | null;
  readonly territorialParentCode: string | null;
  readonly verticalDepartmentId: string | null;
  readonly verticalDepartmentCode: string | null;
  readonly gradingUnitId: string;
  readonly gradingUnitCode: string;
}

export type OrganisationSummary = Pick<
  OrganisationView,
  'id' | 'code' | 'name' | 'kind' | 'managementMode' | 'isGradingUnit'
>;

export const toOrganisationView = (record: OrganisationRecord): OrganisationView => ({
  id: record.id,
  code: record.code,
  name: record.name,
  kind: record.kind,
  sectorCode: record.sectorCode,
  managementMode: record.managementMode,
  isGradingUnit: record.isGradingUnit,
  territorialParentId: record.territorialParentId,
  territorialParentCode: record.territorialParentCode,
  verticalDepartmentId: record.verticalDepartmentId,
  verticalDepartmentCode: record.verticalDepartmentCode,
  gradingUnitId: record.gradingUnitId,
  gradingUnitCode: record.gradingUnitCode,
});

export const toOrganisationSummary = (org: Organisation): OrganisationSummary => ({
  id: org.id,
  code: org.code,
  name: org.name,
  kind: org.kind,
  managementMode: org.managementMode,
  isGradingUnit: org.isGradingUnit,
});
