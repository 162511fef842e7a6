// @ts-check
// Demo step 1: 青山县 (a generated county) comes into the registry the way a new deployment fills it:
// the first administrator and the security administrator of each grading unit are made by
// `npm run admin:create`; the administrator logs in and imports their own unit's organisations and
// members, the security administrator saves its users (三员分立), through the HTTP API.
// Then it shows what the registry knows: organisations per sector and two leading lines.
// Re-running keeps the administrators and reports every row 'unchanged'.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ok } from './demo/http.mjs';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

/**
 * @typedef {import('./demo/people.mjs').DemoUser} DemoUser
 * @typedef {{ code: string, name: string, administrator: DemoUser, securityAdministrator: DemoUser,
 *             organisationsCsv: string, membersCsv: string | null, users: DemoUser[] }} DemoUnit
 * @typedef {{ county: string, villageBranch: string, taxBranch: string, mode2Unit: string }} Highlights
 * @typedef {{ id: string, code: string, name: string, managementMode: number }} OrgSummary
 */

/** @param {number} size @returns {{ units: DemoUnit[], highlights: Highlights }} */
function generateCounty(size) {
  const result = spawnSync(
    process.execPath,
    ['--import', './scripts/devkit/ts-runtime/register.mjs', 'scripts/demo/demo-county.main.ts', String(size)],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`generating the demo county failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** @param {{ rows: number, created: number, updated: number, unchanged: number }} r */
const counts = (r) => `${r.rows} rows — created ${r.created}, updated ${r.updated}, unchanged ${r.unchanged}`;

/** @param {import('./demo/http.mjs').Caller} caller @param {string} code @returns {Promise<OrgSummary>} */
export async function findOrganisation(caller, code) {
  const page = ok(await caller.get(`/organisations?q=${encodeURIComponent(code)}&pageSize=50`), `finding ${code}`);
  const found = page.items.find((/** @type {OrgSummary} */ o) => o.code === code);
  if (!found) throw new Error(`organisation ${code} not found (as ${caller.username})`);
  return found;
}

/** @param {import('./demo/http.mjs').Caller} caller @param {string} code @param {string} label */
async function printLines(caller, code, label) {
  const org = await findOrganisation(caller, code);
  const lines = ok(await caller.get(`/organisations/${org.id}/lines`), `reading the lines of ${code}`);
  const names = (/** @type {OrgSummary[]} */ orgs) => (orgs.length ? orgs.map((o) => o.name).join(' → ') : '—');
  console.log(`[demo]   ${label}: ${org.name} (管理模式 ${org.managementMode})`);
  console.log(`[demo]       领导线 leading: ${names(lines.leadingLine)}`);
  console.log(`[demo]       抄送线 copied:  ${names(lines.copyLine)}`);
}

/**
 * The village branch's secretary and member accounts are members of the registry too: linked, they
 * propose and evaluate pledges as themselves (a member acts only on their own).
 * @param {import('./demo/http.mjs').Caller} admin @param {string} branchCode
 */
async function linkVillageMembers(admin, branchCode) {
  const branch = await findOrganisation(admin, branchCode);
  const members = /** @type {{ id: string, name: string, category: string }[]} */ (
    ok(await admin.get(`/members?organisationId=${branch.id}&pageSize=50`), 'reading the village members').items
  ).filter((m) => m.category === 'regular');
  const links = /** @type {const} */ ([
    ['qs-village-secretary', members[0]],
    ['qs-village-member', members[1]],
  ]);
  for (const [username, member] of links) {
    if (!member) throw new Error(`${branch.name} has fewer than 2 regular members to link`);
    ok(await admin.put(`/users/${username}/member`, { memberId: member.id }), `linking ${username} to a member`);
    console.log(`[demo]   ${username} 关联党员 / is the member ${member.name}`);
  }
}

/**
 * @param {import('./demo/people.mjs').DemoPeople} people @param {number} [size]
 * @returns {Promise<Highlights>}
 */
export async function importDemoCounty(people, size = 240) {
  console.log('[demo] 导入演示县“青山县” / the demo county, imported by each grading unit’s own administrator');
  const county = generateCounty(size);
  for (const unit of county.units) {
    for (const [user, role] of /** @type {const} */ ([
      [unit.administrator, 'administrator'],
      [unit.securityAdministrator, 'security-administrator'],
    ])) {
      const made = people.createAdministrator(user, unit, role);
      console.log(
        `[demo]   ${unit.name} (${unit.code}): npm run admin:create --role ${role} → ${user.username} ` +
          (made === 'created' ? '(created)' : '(exists already: kept)'),
      );
    }
  }
  for (const unit of county.units) {
    const admin = await people.as(unit.administrator.username);
    const file = `${unit.code.toLowerCase()}-organisations.csv`;
    console.log(
      `[demo]   ${unit.administrator.username}: organisations ${counts(ok(await admin.upload('/organisations/import', file, unit.organisationsCsv), `importing ${file}`))}`,
    );
    if (unit.membersCsv) {
      const members = `${unit.code.toLowerCase()}-members.csv`;
      console.log(
        `[demo]   ${unit.administrator.username}: members       ${counts(ok(await admin.upload('/members/import', members, unit.membersCsv), `importing ${members}`))}`,
      );
    }
    const security = await people.as(unit.securityAdministrator.username);
    for (const user of unit.users) await people.saveUser(security, user);
    if (unit.users.length > 0)
      console.log(`[demo]   ${unit.securityAdministrator.username}: ${unit.users.length} users saved with their roles`);
  }

  const county0 = /** @type {DemoUnit} */ (county.units.find((u) => u.code === county.highlights.county));
  const countyAdmin = await people.as(county0.administrator.username);
  await linkVillageMembers(countyAdmin, county.highlights.villageBranch);
  console.log(`[demo]   ${county0.name}: organisations per sector (领域):`);
  for (const sector of ok(await countyAdmin.get('/sectors'), 'reading the sectors')) {
    const { total } = ok(await countyAdmin.get(`/organisations?sector=${sector.code}&pageSize=1`), 'counting');
    if (total > 0) console.log(`[demo]     ${String(total).padStart(5)}  ${sector.nameZhCN} (${sector.code})`);
  }
  await printLines(countyAdmin, county.highlights.villageBranch, '村党支部 village branch');
  const taxUnit = county.units.find((u) => u.users.some((user) => user.username === 'qs-tax-secretary'));
  await printLines(
    await people.as(taxUnit?.administrator.username ?? county0.administrator.username),
    county.highlights.taxBranch,
    '税务局支部 tax bureau branch (its bureau is mode 3)',
  );
  return county.highlights;
}
