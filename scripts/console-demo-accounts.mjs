// @ts-check
// Command 1's console log-ins: the demo county's users (saved by demo-county.mjs) get a known
// password, so a newcomer can open the console as each role at once. Re-running resets them.
import { bearer, devTokenWithGrantsOf } from './devkit/dev-auth.mjs';

/** Username, what to tell the newcomer (users of libs/demo-data's demo county). */
export const DEMO_ACCOUNTS = /** @type {const} */ ([
  ['qs-admin', '县委组织部管理员 / county administrator'],
  ['t01-supervisor', '镇党委组织委员 / township supervisor'],
  ['qs-tax-supervisor', '县税务局党委书记 / tax bureau supervisor'],
  ['qs-village-secretary', '村党支部书记（也是党员）/ village branch secretary (and member)'],
  ['qs-tax-secretary', '办税服务厅支部书记（三亮公开）/ tax service hall branch secretary (public page)'],
  ['qltax-supervisor', '市税务局党委书记（表彰审批）/ city tax supervisor (decides commendations)'],
  ['qs-village-member', '村党支部党员 / village branch member'],
]);
export const DEMO_PASSWORD = 'cxzy-demo-2026!';

/** @param {string} apiUrl */
export async function setDemoPasswords(apiUrl) {
  // As the county administrator (a development token): setting others' passwords is administrators' work.
  const admin = bearer(await devTokenWithGrantsOf(apiUrl, 'qs-admin', ['qs-admin']));
  for (const [username] of DEMO_ACCOUNTS) {
    const response = await fetch(`${apiUrl}/users/${username}/password`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', ...admin },
      body: JSON.stringify({ password: DEMO_PASSWORD }),
    });
    if (!response.ok)
      throw new Error(`setting ${username}'s password answered ${response.status}: ${await response.text()}`);
  }
}

/** @param {string} apiUrl */
export function printConsoleAccounts(apiUrl) {
  console.log(`
[up] 网页工作台 / web console: ${apiUrl}/console/   (zh-CN; English switch in the header)
${DEMO_ACCOUNTS.map(([user, who]) => `     ${user.padEnd(22)} ${who}`).join('\n')}
     password for each / 密码: ${DEMO_PASSWORD}
`);
}
