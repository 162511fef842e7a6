// @ts-check
// Demo step 4: the county launches its yearly 晋位升级 round (部署) and a few village branches move
// along — acknowledge the notice, assess themselves, and are rated by their township — each step
// as the user who does it (development tokens, scripts/devkit/dev-auth.mjs). Re-running finds the
// round already launched and says so.

import { bearer, devAccessToken, devTokenWithGrantsOf } from './devkit/dev-auth.mjs';

/** @param {number} ms */
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** The round a launch today opens: from 1 Nov (Beijing) it is next year's (SPEC §6 rule 1). */
function roundYearOpenNow(now = new Date()) {
  const beijing = new Date(now.getTime() + 8 * 3_600_000);
  return beijing.getUTCMonth() >= 10 ? beijing.getUTCFullYear() + 1 : beijing.getUTCFullYear();
}

/**
 * @param {string} url @param {string} token @param {RequestInit} [init]
 * @returns {Promise<{ status: number, body: any }>}
 */
async function call(url, token, init) {
  const response = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...bearer(token), ...init?.headers },
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** @param {{ status: number, body: any }} answer @param {string} what */
function expectOk(answer, what) {
  if (answer.status >= 300) throw new Error(`${what} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** @param {Record<string, number>} byState */
const states = (byState) =>
  Object.entries(byState)
    .map(([state, n]) => `${state} ${n}`)
    .join(', ');

/**
 * @param {string} apiUrl @param {string} villageBranch the demo's village branch (its secretary is a demo user)
 * @param {{ moved?: number }} [options] how many village branches to move along
 */
export async function launchDemoGradingRound(apiUrl, villageBranch, options = {}) {
  const admin = await devTokenWithGrantsOf(apiUrl, 'qs-admin', ['qs-admin']);
  const find = async (/** @type {string} */ query) =>
    /** @type {{ id: string, code: string, name: string, kind: string }[]} */ (
      expectOk(await call(`${apiUrl}/organisations?${query}`, admin), 'reading the organisations').items
    );
  const county = (await find('q=QS&pageSize=20')).find((o) => o.code === 'QS');
  if (!county) throw new Error('the demo county QS is not imported');
  const year = roundYearOpenNow();
  console.log(`[demo] 部署晋位升级 / the county administrator launches the ${year} grading round of ${county.name}`);
  const launched = await call(`${apiUrl}/grading-rounds`, admin, {
    method: 'POST',
    body: JSON.stringify({ gradingUnitId: county.id, year, overrideReason: '演示：随时部署 / demo: launched any day' }),
  });
  if (launched.status === 409) {
    console.log(`[demo]   已部署 / the ${year} round was launched by an earlier run: nothing more to show here`);
    return;
  }
  const round = expectOk(launched, 'launching the grading round');
  console.log(`[demo]   workflow ${round.workflowId} — one branch workflow per 党支部, started in pages`);

  /** @returns {Promise<any>} */
  const progress = async () => expectOk(await call(`${apiUrl}/grading-rounds/${round.id}`, admin), 'reading');
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

  const definition = expectOk(
    await call(`${apiUrl}/pipeline-definitions/${round.definitionIds['village']}`, admin),
    'reading the village definition',
  );
  const items = /** @type {{ key: string, weight: number }[]} */ (definition.body.indicatorSheet.items);
  const villages = (await find('sector=village&pageSize=50')).filter((o) => o.kind === 'branch');
  const moved = [
    ...villages.filter((o) => o.code === villageBranch),
    ...villages.filter((o) => o.code !== villageBranch).slice(0, (options.moved ?? 3) - 1),
  ];
  for (const [index, branch] of moved.entries()) {
    // The demo's own secretary for its branch; the others with a development token in the secretary's name.
    const secretary =
      branch.code === villageBranch
        ? await devTokenWithGrantsOf(apiUrl, 'qs-village-secretary', ['qs-village-secretary'])
        : await devAccessToken(`${branch.code.toLowerCase()}-secretary`, [
            { role: 'branch-secretary', organisationId: branch.id },
          ]);
    const lines = expectOk(await call(`${apiUrl}/organisations/${branch.id}/lines`, admin), 'reading the lines');
    const township = /** @type {{ code: string }} */ (lines.leadingLine[0]);
    const supervisorName = `${township.code.split('-').at(-1)?.toLowerCase()}-supervisor`;
    const supervisor = await devTokenWithGrantsOf(apiUrl, supervisorName, [supervisorName]).catch(() =>
      devAccessToken(supervisorName, [{ role: 'supervisor', organisationId: lines.leadingLine[0].id }]),
    );
    const url = (/** @type {string} */ action) =>
      `${apiUrl}/grading-rounds/${round.id}/branches/${branch.id}/${action}`;
    const post = (/** @type {string} */ token, /** @type {string} */ action, /** @type {object} */ body) =>
      call(url(action), token, { method: 'POST', body: JSON.stringify(body) });

    // The branch workflow starts right after its enrolment: the first Update may have to wait for it.
    let ack = await post(secretary, 'acknowledge', { idempotencyKey: `demo-ack-${year}` });
    for (let tries = 0; ack.status !== 200 && tries < 30; tries += 1) {
      await pause(1000);
      ack = await post(secretary, 'acknowledge', { idempotencyKey: `demo-ack-${year}` });
    }
    expectOk(ack, `acknowledging for ${branch.code}`);
    console.log(
      `[demo]   ${branch.name}: 确认收到部署通知 / acknowledged the notice (${ack.body.from} → ${ack.body.to})`,
    );
    if (index === moved.length - 1) continue; // the last one stops here, to show a branch at each step
    const ratio = 0.95 - index * 0.1;
    const scores = Object.fromEntries(items.map((i) => [i.key, Math.round(i.weight * ratio * 100) / 100]));
    const assessed = expectOk(
      await post(secretary, 'self-assessment', { idempotencyKey: `demo-self-${year}`, items: scores }),
      `self-assessment of ${branch.code}`,
    );
    console.log(`[demo]     自评 / self-assessed at ${Math.round(ratio * 100)} (${assessed.from} → ${assessed.to})`);
    if (index > 0) continue;
    const rated = expectOk(
      await post(supervisor, 'superior-rating', { idempotencyKey: `demo-rate-${year}`, overall: 92 }),
      `superior rating of ${branch.code}`,
    );
    console.log(`[demo]     上级评定 / rated 92 by ${supervisorName} (${rated.from} → ${rated.to})`);
  }
  view = await progress();
  console.log(`[demo]   进度 / progress: ${states(view.progress.byState)}`);
}
