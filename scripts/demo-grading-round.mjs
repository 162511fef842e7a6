// @ts-check
// Demo step 4: the county administrator launches the yearly 晋位升级 round (部署) and a few village
// branches move along — acknowledge the notice, assess themselves, and are rated by their township —
// each step by the person who does it, logged in as themselves. Branches other than the demo's own
// get a secretary account from the county administrator first. Re-running finds the round already
// launched and says so.
import { ok, openYear, pause } from './demo/http.mjs';

/** @param {Record<string, number>} byState */
const states = (byState) =>
  Object.entries(byState)
    .map(([state, n]) => `${state} ${n}`)
    .join(', ');

/**
 * @param {import('./demo/people.mjs').DemoPeople} people
 * @param {string} villageBranch the demo's village branch (its secretary is qs-village-secretary)
 * @param {{ moved?: number }} [options] how many village branches to move along
 */
export async function launchDemoGradingRound(people, villageBranch, options = {}) {
  const admin = await people.as('qs-admin');
  // Accounts are the security administrator's to make (三员分立, ADR 0023).
  const security = await people.as('qs-security');
  const find = async (/** @type {string} */ query) =>
    /** @type {{ id: string, code: string, name: string, kind: string }[]} */ (
      ok(await admin.get(`/organisations?${query}`), 'reading the organisations').items
    );
  const county = (await find('q=QS&pageSize=20')).find((o) => o.code === 'QS');
  if (!county) throw new Error('the demo county QS is not imported');
  const year = openYear();
  console.log(`[demo] 部署晋位升级 / ${admin.username} launches the ${year} grading round of ${county.name}`);
  const launched = await admin.post('/grading-rounds', {
    gradingUnitId: county.id,
    year,
    overrideReason: '演示：随时部署 / demo: launched any day',
  });
  if (launched.status === 409) {
    console.log(`[demo]   已部署 / the ${year} round was launched by an earlier run: nothing more to show here`);
    return;
  }
  const round = ok(launched, 'launching the grading round');
  console.log(`[demo]   workflow ${round.workflowId} — one branch workflow per 党支部, started in pages`);

  /** @returns {Promise<any>} */
  const progress = async () => ok(await admin.get(`/grading-rounds/${round.id}`), 'reading the round');
  // The fan-out enrols the branches in pages: wait until the count stops growing.
  let view = await progress();
  for (let last = -1, deadline = Date.now() + 120_000; Date.now() < deadline; last = view.progress.branches) {
    if (view.progress.branches > 0 && view.progress.branches === last) break;
    await pause(2000);
    view = await progress();
  }
  console.log(`[demo]   已通知 / ${view.progress.branches} branches notified: ${states(view.progress.byState)}`);
  for (const sector of view.progress.bySector) {
    console.log(`[demo]     ${String(sector.branches).padStart(4)}  ${sector.sectorCode}`);
  }

  const definition = ok(
    await admin.get(`/pipeline-definitions/${round.definitionIds['village']}`),
    'reading the village definition',
  );
  const items = /** @type {{ key: string, weight: number }[]} */ (definition.body.indicatorSheet.items);
  const villages = (await find('sector=village&pageSize=50')).filter((o) => o.kind === 'branch');
  const moved = [
    ...villages.filter((o) => o.code === villageBranch),
    ...villages.filter((o) => o.code !== villageBranch).slice(0, (options.moved ?? 3) - 1),
  ];
  for (const [index, branch] of moved.entries()) {
    const secretaryName =
      branch.code === villageBranch ? 'qs-village-secretary' : `${branch.code.toLowerCase()}-secretary`;
    if (branch.code !== villageBranch) {
      await people.saveUser(security, {
        username: secretaryName,
        displayName: `${branch.name}书记`,
        roles: [{ role: 'branch-secretary', organisationCode: branch.code }],
      });
    }
    const secretary = await people.as(secretaryName);
    const lines = ok(await admin.get(`/organisations/${branch.id}/lines`), 'reading the lines');
    const township = /** @type {{ code: string, name: string }} */ (lines.leadingLine[0]);
    const supervisorName = `${township.code.split('-').at(-1)?.toLowerCase()}-supervisor`;
    await people.saveUser(security, {
      username: supervisorName,
      displayName: `${township.name.replace(/^中共青山县|委员会$/g, '')}党委组织委员`,
      roles: [{ role: 'supervisor', organisationCode: township.code }],
    });
    const supervisor = await people.as(supervisorName);
    const path = (/** @type {string} */ action) => `/grading-rounds/${round.id}/branches/${branch.id}/${action}`;

    // The branch workflow starts right after its enrolment: the first Update may have to wait for it.
    let ack = await secretary.post(path('acknowledge'), { idempotencyKey: `demo-ack-${year}` });
    for (let tries = 0; ack.status !== 200 && tries < 30; tries += 1) {
      await pause(1000);
      ack = await secretary.post(path('acknowledge'), { idempotencyKey: `demo-ack-${year}` });
    }
    ok(ack, `${secretaryName} acknowledging for ${branch.code}`);
    console.log(
      `[demo]   ${branch.name}: ${secretaryName} 确认收到部署通知 / acknowledged the notice (${ack.body.from} → ${ack.body.to})`,
    );
    if (index === moved.length - 1) continue; // the last one stops here, to show a branch at each step
    const ratio = 0.95 - index * 0.1;
    const scores = Object.fromEntries(items.map((i) => [i.key, Math.round(i.weight * ratio * 100) / 100]));
    const assessed = ok(
      await secretary.post(path('self-assessment'), { idempotencyKey: `demo-self-${year}`, items: scores }),
      `${secretaryName}'s self-assessment of ${branch.code}`,
    );
    console.log(`[demo]     自评 / self-assessed at ${Math.round(ratio * 100)} (${assessed.from} → ${assessed.to})`);
    if (index > 0) continue;
    const rated = ok(
      await supervisor.post(path('superior-rating'), { idempotencyKey: `demo-rate-${year}`, overall: 92 }),
      `${supervisorName}'s superior rating of ${branch.code}`,
    );
    console.log(`[demo]     上级评定 / rated 92 by ${supervisorName} (${rated.from} → ${rated.to})`);
  }
  view = await progress();
  console.log(`[demo]   进度 / progress: ${states(view.progress.byState)}`);
}
