// @ts-check
// Command 1's console log-ins: the demo county's people (saved by the demo with the demo password,
// which command 1 generates once per machine), so a newcomer can open the console as each role.

/** Username, what to tell the newcomer (users of libs/demo-data's demo county and of the demo). */
export const DEMO_ACCOUNTS = /** @type {const} */ ([
  ['qs-admin', '县委组织部管理员（系统管理员）/ county administrator (system administrator)'],
  ['qs-security', '县委组织部安全管理员（用户、角色、密码）/ county security administrator (users, roles, passwords)'],
  ['qs-auditor', '县委组织部审计管理员（审计日志）/ county audit administrator (the audit trail)'],
  ['t01-supervisor', '镇党委组织委员 / township supervisor'],
  ['qs-village-secretary', '村党支部书记（也是党员）/ village branch secretary (and member)'],
  ['qs-village-member', '村党支部党员 / village branch member'],
  ['qltax-admin', '市税务局党建管理员 / city tax bureau administrator'],
  ['qltax-supervisor', '市税务局党委书记（表彰审批）/ city tax supervisor (decides commendations)'],
  ['qs-tax-supervisor', '县税务局党委书记 / county tax bureau supervisor'],
  ['qs-tax-secretary', '办税服务厅支部书记（三亮公开）/ tax service hall branch secretary (public page)'],
  ['qs-tax-member', '办税服务厅党员（党员互评）/ tax service hall member (peer review)'],
]);

/** @param {string} apiUrl @param {string} password @param {string} file where it is kept */
export function printConsoleAccounts(apiUrl, password, file) {
  console.log(`
[up] 网页工作台 / web console: ${apiUrl}/console/   (zh-CN; English switch in the header)
${DEMO_ACCOUNTS.map(([user, who]) => `     ${user.padEnd(22)} ${who}`).join('\n')}
     password for each / 密码: ${password}   (generated for this machine, kept in ${file})
`);
}
