// @ts-check
// Demo step 3: a branch launches its annual pledge drive (启动年度承诺) — every member who has not
// proposed yet is notified once; excused members are not. Re-running notifies nobody twice.

import { bearer, devTokenWithGrantsOf } from './devkit/dev-auth.mjs';

/** The pledge year whose proposal window is open now: 1 Nov of the year before … 31 Mar (Beijing time). */
function openPledgeYear(now = new Date()) {
  const beijing = new Date(now.getTime() + 8 * 3_600_000);
  return beijing.getUTCMonth() >= 10 ? beijing.getUTCFullYear() + 1 : beijing.getUTCFullYear();
}

/** @param {string} apiUrl @param {string} branchCode */
export async function launchDemoPledgeDrive(apiUrl, branchCode) {
  // The branch's secretary launches it (a branch acts only on itself).
  const secretary = bearer(await devTokenWithGrantsOf(apiUrl, 'qs-village-secretary', ['qs-village-secretary']));
  const found = /** @type {{ items: { id: string, code: string, name: string }[] }} */ (
    await (
      await fetch(`${apiUrl}/organisations?q=${encodeURIComponent(branchCode)}&pageSize=20`, { headers: secretary })
    ).json()
  );
  const branch = /** @type {{ id: string, code: string, name: string }[]} */ (found.items).find(
    (o) => o.code === branchCode,
  );
  if (!branch) throw new Error(`demo branch ${branchCode} not found`);
  const year = openPledgeYear();
  console.log(`[demo] 启动年度承诺 / ${branch.name} launches its ${year} pledge drive`);
  const response = await fetch(`${apiUrl}/organisations/${branch.id}/pledge-drive/${year}/launch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...secretary },
    body: JSON.stringify({}),
  });
  const result = /** @type {{ notified: number, alreadyNotified: number, excused: number, proposed: number }} */ (
    await response.json()
  );
  if (!response.ok) throw new Error(`launching the pledge drive failed: ${response.status} ${JSON.stringify(result)}`);
  console.log(
    `[demo]   notified ${result.notified} members (already notified ${result.alreadyNotified}, excused ${result.excused}, proposed ${result.proposed})`,
  );
}
