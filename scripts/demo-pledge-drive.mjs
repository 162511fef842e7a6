// @ts-check
// Demo step 3: a branch's secretary launches its annual pledge drive (启动年度承诺) — every member who
// has not proposed yet is notified once; excused members are not. Re-running notifies nobody twice.
import { findOrganisation } from './demo-county.mjs';
import { ok, openYear } from './demo/http.mjs';

/** @param {import('./demo/http.mjs').Caller} secretary the branch's secretary @param {string} branchCode */
export async function launchDemoPledgeDrive(secretary, branchCode) {
  const branch = await findOrganisation(secretary, branchCode);
  const year = openYear();
  console.log(`[demo] 启动年度承诺 / ${secretary.username} launches ${branch.name}'s ${year} pledge drive`);
  const result = /** @type {{ notified: number, alreadyNotified: number, excused: number, proposed: number }} */ (
    ok(
      await secretary.post(`/organisations/${branch.id}/pledge-drive/${year}/launch`, {}),
      'launching the pledge drive',
    )
  );
  console.log(
    `[demo]   notified ${result.notified} members (already notified ${result.alreadyNotified}, excused ${result.excused}, proposed ${result.proposed})`,
  );
}
