// @ts-check
// The demo round of command 1: what a newcomer watches move. It grows with each process the
// system learns (grading rounds, pledges, reminders); today it imports the demo county, then runs
// the connectivity check.
import { importDemoCounty } from './demo-county.mjs';

/**
 * @typedef {{ stage: string | null, workflowStatus: string, record: { status: string },
 *             notice: { recipient: string, titleZhCN: string } }} SmokeCheckView
 */

/** @param {number} ms */
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** @param {string} apiUrl */
export async function runDemo(apiUrl) {
  await importDemoCounty(apiUrl);
  console.log('[demo] 发起连通性检查 / starting a connectivity check (API → Temporal → activities → PostgreSQL)');
  const response = await fetch(`${apiUrl}/smoke-checks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ message: '欢迎使用创先争优长效机制工作流引擎', requestedBy: 'demo', pauseMs: 3000 }),
  });
  if (response.status !== 202) throw new Error(`starting the demo failed: ${response.status} ${await response.text()}`);
  const { checkId, workflowId } = /** @type {{ checkId: string, workflowId: string }} */ (await response.json());
  console.log(`[demo] workflow ${workflowId} started — watch it in the Temporal Web UI`);

  /** @type {string | null} */
  let lastStage = '';
  const deadline = Date.now() + 60_000;
  for (;;) {
    const view = /** @type {SmokeCheckView} */ (await (await fetch(`${apiUrl}/smoke-checks/${checkId}`)).json());
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
