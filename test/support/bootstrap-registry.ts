import type { INestApplication } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { ImportOrganisationsUseCase, SaveUserUseCase } from '@cxzy/application';
import { as, type Http } from './auth.js';

type Row = Record<string, string>;

/** The rows of `csv` a grading unit needs first: the units and, transitively, the rows they name. */
function gradingUnitRows(csv: string): { header: string; rows: Row[]; lines: string[] } {
  const [header, ...lines] = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const rows: Row[] = parse(csv.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true });
  const byCode = new Map(rows.map((row, i) => [row['code']!, i]));
  const needed = new Set<number>();
  const need = (i: number | undefined) => {
    if (i === undefined || needed.has(i)) return;
    needed.add(i);
    const row = rows[i]!;
    for (const column of ['territorial_parent_code', 'vertical_department_code', 'grading_unit_code'])
      need(byCode.get(row[column] ?? ''));
  };
  rows.forEach((row, i) => row['is_grading_unit'] === 'true' && need(i));
  const order = [...needed].sort((a, b) => a - b);
  return { header: header!, rows: order.map((i) => rows[i]!), lines: order.map((i) => lines[i]!) };
}

/** The security administrator `bootstrapAdministrator` makes beside the (system) administrator `username`. */
export const securityAdministratorOf = (username: string): string => `${username}-security`;

/**
 * A test registry bootstrapped the way production bootstraps one (`npm run admin:create`, once per
 * grading unit and duty; docs/security.md, ADR 0019, ADR 0023): the grading units of
 * `organisationsCsv` are created on the server side (the command's own path,
 * ImportOrganisationsUseCase with no caller), `username` is a persisted user holding the
 * administrator role at each of them, and `securityAdministratorOf(username)` another holding the
 * security-administrator role there (三员分立: users and roles are the security administrator's
 * work — `bootstrapSecurityAdministrator`). The test then imports the rest of the file over HTTP as
 * the administrator — rows of their units only, like any administrator. There is no registry-wide
 * administrator: a file's organisation must belong to one of its grading units. (No password: tests
 * sign the user's token as login would.)
 */
export async function bootstrapAdministrator(
  api: INestApplication,
  organisationsCsv: string,
  username = 'bootstrap-admin',
): Promise<Http> {
  const units = gradingUnitRows(organisationsCsv);
  if (units.rows.length === 0) throw new Error('bootstrapAdministrator: the file has no grading unit');
  const content = new TextEncoder().encode([units.header, ...units.lines].join('\n'));
  await api
    .get(ImportOrganisationsUseCase)
    .execute({ file: { fileName: 'grading-units.csv', content }, dryRun: false });
  const unitCodes = units.rows.filter((row) => row['is_grading_unit'] === 'true').map((row) => row['code']!);
  for (const [name, role] of [
    [username, 'administrator'],
    [securityAdministratorOf(username), 'security-administrator'],
  ] as const) {
    await api.get(SaveUserUseCase).execute({
      username: name,
      displayName: name,
      roles: unitCodes.map((organisationCode) => ({ role, organisationCode })),
    });
  }
  return as(api, username);
}

/** Acts as the security administrator `bootstrapAdministrator(…, username)` made: saves users, sets passwords. */
export function bootstrapSecurityAdministrator(api: INestApplication, username = 'bootstrap-admin'): Promise<Http> {
  return as(api, securityAdministratorOf(username));
}

/**
 * The bootstrap administrators' grants withdrawn once a fixture's registry and users are in place
 * (as an operator's account is retired): they would otherwise be one more administrator of each
 * unit, receiving its escalations and listed among its users.
 */
export async function retireBootstrapAdministrator(api: INestApplication, username = 'bootstrap-admin'): Promise<void> {
  for (const name of [username, securityAdministratorOf(username)])
    await api.get(SaveUserUseCase).execute({ username: name, displayName: name, roles: [] });
}

/** A registry of one grading unit, `code` (a county committee). */
export const oneGradingUnitCsv = (code = 'QS', name = '中共青山县委员会'): string =>
  [
    'code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit',
    `${code},${name},committee,agency,,,1,,true`,
  ].join('\n');

/** `username`, administrator of a registry's one grading unit (created when missing), for work only administrators do. */
export const administratorOfOneUnit = (api: INestApplication, username: string, code = 'QS'): Promise<Http> =>
  bootstrapAdministrator(api, oneGradingUnitCsv(code), username);
