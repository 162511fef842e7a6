export { generateDemoCounty } from './demo-county.js';
export { splitByGradingUnit, type DemoGradingUnitShare } from './demo-county-units.js';
export { organisationsCsv, membersCsv, renderCsv, ORGANISATION_CSV_HEADERS, MEMBER_CSV_HEADERS } from './csv.js';
export type { DemoCounty, DemoCountyOptions, DemoMember, DemoOrganisation, DemoUser } from './demo-county.types.js';
