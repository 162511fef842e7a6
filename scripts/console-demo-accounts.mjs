// @ts-check
// Command 1's console accounts: a small demo county (青山县 with a township, three villages and a
// community) and one account per role with a known password, so a newcomer can log in at once.
// Idempotent: the import is keyed by code, users are upserted, passwords reset.

const ORGANISATIONS = [
  'code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit',
  'QS,中共青山县委员会,committee,agency,,,1,,true',
  'QS-T01,中共青山县东岭镇委员会,committee,agency,QS,,1,,',
  'QS-T01-V01,东岭镇长家庄村党支部,branch,village,QS-T01,,1,,',
  'QS-T01-V02,东岭镇西岭村党支部,branch,village,QS-T01,,1,,',
  'QS-T01-V03,东岭镇南沟村党支部,branch,village,QS-T01,,1,,',
  'QS-T01-C01,东岭镇新华社区党支部,branch,urban-community,QS-T01,,1,,',
].join('\n');

/** Username, role, organisation code, what to tell the newcomer. */
export const DEMO_ACCOUNTS = /** @type {const} */ ([
  ['demo-admin', 'administrator', 'QS', '县委组织部管理员 / county administrator'],
  ['demo-supervisor', 'supervisor', 'QS-T01', '镇党委审核人 / township supervisor'],
  ['demo-secretary', 'branch-secretary', 'QS-T01-V01', '村党支部书记 / village branch secretary'],
]);
export const DEMO_PASSWORD = 'cxzy-demo-2026!';

/** @param {string} apiUrl @param {string} path @param {RequestInit} init */
async function call(apiUrl, path, init) {
  const response = await fetch(`${apiUrl}${path}`, init);
  if (!response.ok) throw new Error(`${init.method} ${path} answered ${response.status}: ${await response.text()}`);
}

/** @param {string} apiUrl */
export async function seedConsoleAccounts(apiUrl) {
  const form = new FormData();
  form.append('file', new Blob([ORGANISATIONS], { type: 'text/csv' }), 'demo-county.csv');
  await call(apiUrl, '/organisations/import', { method: 'POST', body: form });
  const json = { 'Content-Type': 'application/json' };
  for (const [username, role, organisationCode] of DEMO_ACCOUNTS) {
    await call(apiUrl, `/users/${username}`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ displayName: username, roles: [{ role, organisationCode }] }),
    });
    await call(apiUrl, `/users/${username}/password`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ password: DEMO_PASSWORD, actor: 'demo-admin' }),
    });
  }
}
