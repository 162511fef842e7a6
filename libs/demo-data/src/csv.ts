import type { DemoMember, DemoOrganisation } from './demo-county.types.js';

/** RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled. */
const cell = (value: string | number | boolean | null): string => {
  const text = value === null || value === false ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function renderCsv(
  headers: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  return [headers, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export const ORGANISATION_CSV_HEADERS = [
  'code',
  'name',
  'kind',
  'sector_code',
  'territorial_parent_code',
  'vertical_department_code',
  'management_mode',
  'grading_unit_code',
  'is_grading_unit',
] as const;

export const MEMBER_CSV_HEADERS = [
  'id_number',
  'name',
  'organisation_code',
  'category',
  'post',
  'host_organisation_code',
  'pledge_exempt',
  'phone',
] as const;

/** The organisations as an import file (the format of POST /organisations/import). */
export const organisationsCsv = (orgs: readonly DemoOrganisation[]): string =>
  renderCsv(
    ORGANISATION_CSV_HEADERS,
    orgs.map((o) => [
      o.code,
      o.name,
      o.kind,
      o.sectorCode,
      o.territorialParentCode,
      o.verticalDepartmentCode,
      o.managementMode,
      o.gradingUnitCode,
      o.isGradingUnit,
    ]),
  );

/** The members as an import file (the format of POST /members/import). */
export const membersCsv = (members: readonly DemoMember[]): string =>
  renderCsv(
    MEMBER_CSV_HEADERS,
    members.map((m) => [
      m.idNumber,
      m.name,
      m.organisationCode,
      m.category,
      m.post,
      m.hostOrganisationCode,
      m.pledgeExempt,
      m.phone,
    ]),
  );
