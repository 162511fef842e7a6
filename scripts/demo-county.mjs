// @ts-check
// Demo step 1: imports 青山县 (a generated county) through the HTTP API, then shows what the registry
// knows: organisations per sector and two leading lines. Re-running reports everything 'unchanged'.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bearer, devBootstrapToken, devTokenWithGrantsOf } from './devkit/dev-auth.mjs';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

/**
 * @typedef {{ role: string, organisationCode: string }} RoleAssignment
 * @typedef {{ username: string, displayName: string, roles: RoleAssignment[] }} DemoUser
 * @typedef {{ organisationsCsv: string, membersCsv: string, users: DemoUser[],
 *             highlights: { county: string, villageBranch: string, taxBranch: string, mode2Unit: string } }} DemoCounty
 * @typedef {{ id: string, code: string, name: string, managementMode: number }} OrgSummary
 */

/** @param {number} size @returns {DemoCounty} */
function generateCounty(size) {
  const result = spawnSync(
    process.execPath,
    ['--import', './scripts/devkit/ts-runtime/register.mjs', 'scripts/demo/demo-county.main.ts', String(size)],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`generating the demo county failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** The demo's access token: the bootstrap administrator, then an administrator of the demo's units. */
let token = '';

/**
 * The parsed JSON of a successful response; anything else throws with the status and body.
 * @param {string} url @param {RequestInit} [init] @returns {Promise<any>}
 */
async function call(url, init) {
  const response = await fetch(url, { ...init, headers: { ...bearer(token), ...init?.headers } });
  const body = await response.json();
  if (!response.ok)
    throw new Error(`${init?.method ?? 'GET'} ${url} → ${response.status}: ${JSON.stringify(body).slice(0, 2000)}`);
  return body;
}

/** @param {string} apiUrl @param {string} path @param {string} fileName @param {string} csv */
function upload(apiUrl, path, fileName, csv) {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), fileName);
  return call(`${apiUrl}${path}`, { method: 'POST', body: form });
}

/** @param {{ rows: number, created: number, updated: number, unchanged: number }} r */
const counts = (r) => `${r.rows} rows — created ${r.created}, updated ${r.updated}, unchanged ${r.unchanged}`;

/** @param {string} apiUrl @param {string} code @returns {Promise<OrgSummary>} */
async function findByCode(apiUrl, code) {
  const page = await call(`${apiUrl}/organisations?q=${encodeURIComponent(code)}&pageSize=50`);
  const found = page.items.find((/** @type {OrgSummary} */ o) => o.code === code);
  if (!found) throw new Error(`organisation ${code} not found after the import`);
  return found;
}

/** @param {string} apiUrl @param {string} code @param {string} label */
async function printLines(apiUrl, code, label) {
  const org = await findByCode(apiUrl, code);
  const lines = await call(`${apiUrl}/organisations/${org.id}/lines`);
  const names = (/** @type {OrgSummary[]} */ orgs) => (orgs.length ? orgs.map((o) => o.name).join(' → ') : '—');
  console.log(`[demo]   ${label}: ${org.name} (管理模式 ${org.managementMode})`);
  console.log(`[demo]       领导线 leading: ${names(lines.leadingLine)}`);
  console.log(`[demo]       抄送线 copied:  ${names(lines.copyLine)}`);
}

/**
 * @param {string} apiUrl @param {number} [size]
 * @returns {Promise<DemoCounty['highlights']>}
 */
export async function importDemoCounty(apiUrl, size = 240) {
  console.log('[demo] 导入演示县“青山县” / importing the demo county through the API (all-or-nothing, keyed by code)');
  const county = generateCounty(size);
  token = await devBootstrapToken();
  console.log(
    `[demo]   organisations: ${counts(await upload(apiUrl, '/organisations/import', 'qingshan-organisations.csv', county.organisationsCsv))}`,
  );
  console.log(
    `[demo]   members:       ${counts(await upload(apiUrl, '/members/import', 'qingshan-members.csv', county.membersCsv))}`,
  );
  for (const user of county.users) {
    await call(`${apiUrl}/users/${user.username}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: user.displayName, roles: user.roles }),
    });
  }
  // From here on the demo reads as an administrator of both units (lists are scoped to the caller).
  token = await devTokenWithGrantsOf(apiUrl, 'demo-operator', ['qs-admin', 'qltax-admin']);
  console.log(
    `[demo]   users:         ${county.users.length} saved with their roles (administrator, supervisor, secretary, member)`,
  );

  console.log('[demo]   organisations per sector (领域):');
  for (const sector of await call(`${apiUrl}/sectors`)) {
    const { total } = await call(`${apiUrl}/organisations?sector=${sector.code}&pageSize=1`);
    console.log(`[demo]     ${String(total).padStart(5)}  ${sector.nameZhCN} (${sector.code})`);
  }
  await printLines(apiUrl, county.highlights.villageBranch, '村党支部 village branch');
  await printLines(apiUrl, county.highlights.taxBranch, '税务局支部 tax bureau branch (its bureau is mode 3)');
  return county.highlights;
}
