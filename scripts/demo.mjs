// @ts-check
// The demo rounds: what a newcomer watches move. `runDemo` (command 1, and the demo test in the
// README's test command) fills the demo county — each grading unit's administrator made by
// `npm run admin:create`, everything else through the HTTP API by the people themselves, logged in
// with their passwords — publishes the default pipelines, launches a branch's annual pledge drive and
// the county's grading round (a few branches moved along), runs a window unit's 三亮三比三评 campaign
// and a 学习先进 commendation round to its list, then follows one connectivity check.
// A step that fails says which and why; the steps that need it are skipped, the others still run
// (the demo is a show: the system stays up either way). `runClusterDemo` spreads a few checks over
// several APIs (start:cluster).
import { importDemoCounty } from './demo-county.mjs';
import { printCampaignGuide, runDemoCampaign, runDemoCommendation } from './demo-campaigns.mjs';
import { launchDemoGradingRound } from './demo-grading-round.mjs';
import { launchDemoPledgeDrive } from './demo-pledge-drive.mjs';
import { publishDefaultPipelines } from './demo-pipelines.mjs';
import { ok, pause } from './demo/http.mjs';
import { DemoPeople } from './demo/people.mjs';

/** @typedef {import('./demo/http.mjs').Caller} Caller */
/**
 * @typedef {{ name: string, title: string, needs?: string[], run: () => Promise<unknown> }} DemoStep
 * @typedef {{ name: string, title: string, outcome: 'done' | 'failed' | 'skipped', reason?: string }} StepReport
 */

/**
 * Runs `steps` in order; a failed step is reported and the steps that need it are skipped.
 * @param {DemoStep[]} steps @returns {Promise<StepReport[]>}
 */
export async function runSteps(steps) {
  /** @type {StepReport[]} */
  const reports = [];
  for (const step of steps) {
    const missing = (step.needs ?? []).filter((n) => reports.find((r) => r.name === n)?.outcome !== 'done');
    if (missing.length > 0) {
      const reason = `needs ${missing.join(', ')}`;
      console.log(`[demo] ⏭ 跳过 / skipped: ${step.title} (${reason})`);
      reports.push({ name: step.name, title: step.title, outcome: 'skipped', reason });
      continue;
    }
    try {
      await step.run();
      reports.push({ name: step.name, title: step.title, outcome: 'done' });
    } catch (error) {
      const reason = describeFailure(error);
      console.error(`[demo] ✗ 演示步骤失败 / demo step failed: ${step.title}\n[demo]   why: ${reason}`);
      reports.push({ name: step.name, title: step.title, outcome: 'failed', reason });
    }
  }
  return reports;
}

/**
 * What went wrong, with the network's reason when there is one ("fetch failed: ECONNREFUSED").
 * @param {unknown} error
 */
function describeFailure(error) {
  const { message, cause } = /** @type {{ message?: string, cause?: { code?: string, message?: string } }} */ (
    error ?? {}
  );
  const why = cause ? `: ${cause.code ?? cause.message}` : '';
  return `${message ?? String(error)}${why}`;
}

/**
 * The whole demo against a running API and worker.
 * @param {{ apiUrl: string, password: string, serverEnv: NodeJS.ProcessEnv, countySize?: number }} options
 *   `password` is every demo user's (printed for the console log-ins); `serverEnv` is the servers'
 *   environment (DATABASE_URL …), which `npm run admin:create` runs with.
 * @returns {Promise<StepReport[]>} one report per step
 */
export async function runDemo({ apiUrl, password, serverEnv, countySize }) {
  const people = new DemoPeople(apiUrl, password, serverEnv);
  /** @type {{ highlights?: import('./demo-county.mjs').Highlights, campaign?: any, round?: any }} */
  const shown = {};
  const highlights = () => /** @type {import('./demo-county.mjs').Highlights} */ (shown.highlights);
  return runSteps([
    {
      name: 'county',
      title: '导入演示县 / importing the demo county',
      run: async () => (shown.highlights = await importDemoCounty(people, countySize)),
    },
    {
      name: 'pipelines',
      title: '发布默认流程 / publishing the default pipelines',
      needs: ['county'],
      run: async () => publishDefaultPipelines(await people.as('qs-admin')),
    },
    {
      name: 'pledge-drive',
      title: '启动年度承诺 / the annual pledge drive',
      needs: ['pipelines'],
      run: async () => launchDemoPledgeDrive(await people.as('qs-village-secretary'), highlights().villageBranch),
    },
    {
      name: 'grading-round',
      title: '部署晋位升级 / the grading round',
      needs: ['pipelines'],
      run: () => launchDemoGradingRound(people, highlights().villageBranch),
    },
    {
      name: 'campaign',
      title: '三亮三比三评 / the window unit’s campaign',
      needs: ['pipelines'],
      run: async () => (shown.campaign = await runDemoCampaign(people, highlights())),
    },
    {
      name: 'commendation',
      title: '学习先进 / the commendation round',
      needs: ['campaign'],
      run: async () => {
        shown.round = await runDemoCommendation(people, shown.campaign);
        printCampaignGuide(apiUrl, shown.campaign, shown.round);
      },
    },
    {
      name: 'smoke-check',
      title: '连通性检查 / the connectivity check',
      needs: ['county'],
      run: async () => followSmokeCheck(await people.as('qs-admin')),
    },
  ]);
}

/**
 * POST /smoke-checks, then follows the workflow to its end (API → Temporal → activities → PostgreSQL).
 * @param {Caller} caller the notice goes to them
 */
async function followSmokeCheck(caller, message = '欢迎使用创先争优长效机制工作流引擎') {
  console.log('[demo] 发起连通性检查 / starting a connectivity check (API → Temporal → activities → PostgreSQL)');
  const { checkId, workflowId } = ok(
    await caller.post('/smoke-checks', { message, pauseMs: 3000 }),
    'starting a check',
  );
  console.log(`[demo] workflow ${workflowId} started — watch it in the Temporal Web UI`);
  let lastStage = '';
  const deadline = Date.now() + 60_000;
  for (;;) {
    const view = ok(await caller.get(`/smoke-checks/${checkId}`), 'reading the check');
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
    if (view.workflowStatus !== 'RUNNING') throw new Error(`the check's workflow ended as ${view.workflowStatus}`);
    if (Date.now() > deadline) throw new Error('the check did not finish within 60 s');
    await pause(250);
  }
}

/**
 * Starts `count` checks round-robin over `apiUrls`, each read through another API than the one that
 * started it: any API replica answers for any workflow. The operator is the county's first
 * administrator, made by `npm run admin:create` as on a new deployment.
 * @param {string[]} apiUrls @param {{ password: string, serverEnv: NodeJS.ProcessEnv }} options
 * @param {number} [count]
 */
export async function runClusterDemo(apiUrls, { password, serverEnv }, count = 6) {
  const peoplePerApi = apiUrls.map((url) => new DemoPeople(url, password, serverEnv));
  const first = /** @type {DemoPeople} */ (peoplePerApi[0]);
  first.createAdministrator(
    { username: 'qs-admin', displayName: '青山县委组织部管理员', roles: [] },
    { code: 'QS', name: '中共青山县委员会' },
  );
  console.log(`[demo] 发起 ${count} 个连通性检查 / starting ${count} checks over ${apiUrls.length} API processes`);
  const callers = await Promise.all(peoplePerApi.map((p) => p.as('qs-admin')));
  const started = [];
  for (let i = 0; i < count; i++) {
    const via = /** @type {Caller} */ (callers[i % callers.length]);
    const check = ok(await via.post('/smoke-checks', { message: `集群演示 #${i + 1}`, pauseMs: 2000 }), 'a check');
    console.log(`[demo]   ${check.workflowId} started through ${apiUrls[i % apiUrls.length]}`);
    started.push({ ...check, readFrom: (i + 1) % callers.length });
  }
  const deadline = Date.now() + 120_000;
  for (const { checkId, workflowId, readFrom } of started) {
    for (;;) {
      const view = ok(await /** @type {Caller} */ (callers[readFrom]).get(`/smoke-checks/${checkId}`), 'reading');
      if (view.workflowStatus === 'COMPLETED') {
        console.log(
          `[demo]   ${workflowId} completed (read through ${apiUrls[readFrom]}): row "${view.record.status}"`,
        );
        break;
      }
      if (view.workflowStatus !== 'RUNNING') throw new Error(`${workflowId} ended as ${view.workflowStatus}`);
      if (Date.now() > deadline) throw new Error('the demo checks did not finish within 120 s');
      await pause(250);
    }
  }
  console.log(`[demo] 完成 / done: all ${count} checks completed, each read through a second API process`);
}
