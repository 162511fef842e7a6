// @ts-check
// The demo rounds: what a newcomer watches move. They grow with each process the system learns
// (grading rounds, pledges, reminders). `runDemo` (command 1) imports the demo county, publishes the
// default pipelines, launches a branch's annual pledge drive and the county's grading round (a few
// branches moved along), runs a window unit's 三亮三比三评 campaign and a 学习先进 commendation round
// to its list, then follows one connectivity check on one API; `runClusterDemo` spreads a few over several APIs (start:cluster).
import { importDemoCounty } from './demo-county.mjs';
import { printCampaignGuide, runDemoCampaign, runDemoCommendation } from './demo-campaigns.mjs';
import { launchDemoGradingRound } from './demo-grading-round.mjs';
import { launchDemoPledgeDrive } from './demo-pledge-drive.mjs';
import { publishDefaultPipelines } from './demo-pipelines.mjs';
import { bearer, devAccessToken } from './devkit/dev-auth.mjs';

/**
 * @typedef {{ stage: string | null, workflowStatus: string, record: { status: string },
 *             notice: { recipient: string, titleZhCN: string } }} SmokeCheckView
 */

/** @param {number} ms */
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * POST /smoke-checks; throws unless the API accepted it (202).
 * Asked for by `requestedBy` (a development token in that name): the notice goes to them.
 * @param {string} apiUrl @param {{ message: string, requestedBy: string, pauseMs: number }} body
 * @returns {Promise<{ checkId: string, workflowId: string }>}
 */
export async function startSmokeCheck(apiUrl, body) {
  const { requestedBy, ...rest } = body;
  const response = await fetch(`${apiUrl}/smoke-checks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(await devAccessToken(requestedBy)) },
    body: JSON.stringify(rest),
  });
  if (response.status !== 202) throw new Error(`starting a check failed: ${response.status} ${await response.text()}`);
  return /** @type {{ checkId: string, workflowId: string }} */ (await response.json());
}

/** @param {string} apiUrl @param {string} checkId @returns {Promise<SmokeCheckView>} */
export async function readSmokeCheck(apiUrl, checkId) {
  const headers = bearer(await devAccessToken('demo'));
  return /** @type {SmokeCheckView} */ (await (await fetch(`${apiUrl}/smoke-checks/${checkId}`, { headers })).json());
}

/** @param {string} apiUrl */
export async function runDemo(apiUrl) {
  const highlights = await importDemoCounty(apiUrl);
  await publishDefaultPipelines(apiUrl);
  await launchDemoPledgeDrive(apiUrl, highlights.villageBranch);
  await launchDemoGradingRound(apiUrl, highlights.villageBranch);
  const campaign = await runDemoCampaign(apiUrl, highlights);
  const round = await runDemoCommendation(apiUrl, campaign);
  printCampaignGuide(apiUrl, campaign, round);
  console.log('[demo] 发起连通性检查 / starting a connectivity check (API → Temporal → activities → PostgreSQL)');
  const { checkId, workflowId } = await startSmokeCheck(apiUrl, {
    message: '欢迎使用创先争优长效机制工作流引擎',
    requestedBy: 'demo',
    pauseMs: 3000,
  });
  console.log(`[demo] workflow ${workflowId} started — watch it in the Temporal Web UI`);

  /** @type {string | null} */
  let lastStage = '';
  const deadline = Date.now() + 60_000;
  for (;;) {
    const view = await readSmokeCheck(apiUrl, checkId);
    if (view.stage !== lastStage) {
      console.log(`[demo]   stage: ${view.stage ?? '(not started)'}  workflow: ${view.workflowStatus}`);
      lastStage = view.stage;
    }
    if (view.workflowStatus === 'COMPLETED') {
      console.log(
        `[demo] 完成 / done: row in smoke_checks is "${view.record.status}", inbox notice for "${view.notice.recipient}": ${view.notice.titleZhCN}`,
      );
      return;
    }
    if (view.workflowStatus !== 'RUNNING') throw new Error(`the demo workflow ended as ${view.workflowStatus}`);
    if (Date.now() > deadline) throw new Error('the demo workflow did not finish within 60 s');
    await pause(250);
  }
}

/**
 * Starts `count` checks round-robin over `apiUrls`, then reads each one through another API than
 * the one that started it: any API replica answers for any workflow.
 * @param {string[]} apiUrls @param {number} [count]
 */
export async function runClusterDemo(apiUrls, count = 6) {
  console.log(`[demo] 发起 ${count} 个连通性检查 / starting ${count} checks over ${apiUrls.length} API processes`);
  const started = [];
  for (let i = 0; i < count; i++) {
    const apiUrl = /** @type {string} */ (apiUrls[i % apiUrls.length]);
    const check = await startSmokeCheck(apiUrl, { message: `集群演示 #${i + 1}`, requestedBy: 'demo', pauseMs: 2000 });
    console.log(`[demo]   ${check.workflowId} started through ${apiUrl}`);
    started.push({ ...check, readFrom: /** @type {string} */ (apiUrls[(i + 1) % apiUrls.length]) });
  }
  const deadline = Date.now() + 120_000;
  for (const { checkId, workflowId, readFrom } of started) {
    for (;;) {
      const view = await readSmokeCheck(readFrom, checkId);
      if (view.workflowStatus === 'COMPLETED') {
        console.log(`[demo]   ${workflowId} completed (read through ${readFrom}): row "${view.record.status}"`);
        break;
      }
      if (view.workflowStatus !== 'RUNNING') throw new Error(`${workflowId} ended as ${view.workflowStatus}`);
      if (Date.now() > deadline) throw new Error('the demo checks did not finish within 120 s');
      await pause(250);
    }
  }
  console.log(`[demo] 完成 / done: all ${count} checks completed, each read through a second API process`);
}
