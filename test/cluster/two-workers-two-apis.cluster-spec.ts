import { jest } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Client, Connection } from '@temporalio/client';
import { gradingBranchWorkflowId } from '@cxzy/contracts';
import { addDays, beijingDateTime, type Role } from '@cxzy/domain';
import { exited, freePort, runAdminCreate, spawnApp, stopChild, waitForHealthyApi } from '../support/app-processes.mjs';
import { accessTokenSignedWith, openLoginSession } from '../support/auth.js';
import { eventually } from '../support/eventually.js';
import { clusterEnv } from '../support/cluster-env.js';
import { clusterHttp } from '../support/cluster-http.js';
import { inPool } from '../support/grading-round-driver.js';
import { uniqueTaskQueue } from '../support/temporal.js';

jest.setTimeout(900_000);

/**
 * A county's grading round: 24 village branches in one unit. Issue 13 ran it at 200, then 60; the
 * shape is what this suite proves (several fan-out pages continued as new, both workers sharing the
 * branches, a worker SIGKILLed half-way, an API process SIGKILLed mid-round and started again);
 * 24 keeps all of it, and most of the time goes per branch (ADR 0005). The county benchmark
 * (docs/benchmarks.md) is where size is measured.
 */
const BRANCHES = Array.from({ length: 24 }, (_, i) => `QS-T01-V${String(i + 1).padStart(3, '0')}`);
/** The APIs of this cluster sign and verify access tokens with it; the test signs each user's token. Random per run. */
const AUTH_TOKEN_SECRET = randomBytes(32).toString('base64url');
/** The processes' other secrets (ADR 0019: none has a default): random per run, the same for all four. */
const SECRETS = {
  AUTH_TOKEN_SECRET,
  UPDATE_IDENTITY_PRIVATE_KEY: randomBytes(32).toString('hex'),
  PUBLIC_LINK_SECRET: randomBytes(32).toString('base64url'),
};
// Random, with a fixed prefix so it always has the policy's three character classes.
const ADMIN_PASSWORD = `Cluster-${randomBytes(12).toString('base64url')}`;
/** HTTP requests in flight at once: enough to keep both workers busy, few enough for 2 shared cores. */
const LANES = 8;
const PUBLICITY_SECONDS = 5;
/** The village sheet's indicators: the acceptance comments on each (docs/grading-rounds.md). */
const INDICATORS = ['leader', 'work-plan', 'rules', 'venue', 'support', 'results', 'public-appraisal'];
const ADMIN = 'qs-admin';
/** The unit's security administrator (三员分立, ADR 0023): saves the users. */
const SECURITY = 'qs-security';
const UNIT_SUPERVISOR = 'qs-supervisor';
const SUPERVISOR = 't01-supervisor';
/** Last year's round: outside its deploy window, so launched with a reason. */
const YEAR = new Date().getUTCFullYear() - 1;
const secretaryOf = (code: string): string => `${code.toLowerCase()}-secretary`;

const ORGANISATIONS_CSV = [
  'code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit',
  'QS,中共青山县委员会,committee,agency,,,1,,true',
  'QS-T01,中共青山县东岭镇委员会,committee,agency,QS,,1,,',
  ...BRANCHES.map((code) => `${code},东岭镇${code.slice(-4)}村党支部,branch,village,QS-T01,,1,,`),
].join('\n');

describe(`the cluster profile: a ${BRANCHES.length}-branch grading round on 2 API and 2 worker processes, a worker and an API killed`, () => {
  const env = clusterEnv({
    secrets: SECRETS,
    publicitySeconds: PUBLICITY_SECONDS,
    taskQueue: uniqueTaskQueue('cluster'),
  });
  const children: ChildProcess[] = [];
  const apiUrls: string[] = [];
  const ids = new Map<string, string>();
  const tokens = new Map<string, string>();
  let db: pg.Pool;
  let connection: Connection;
  /** The surviving worker serves the SDK's Prometheus metrics (TEMPORAL_METRICS_BIND_ADDRESS). */
  let metricsUrl: string;
  let workerA: ChildProcess;
  let workerB: ChildProcess;
  /** API process 1: killed mid-round and started again on its port (`restartApiB`). */
  let apiB: ChildProcess;
  let roundId: string;
  let roundWorkflowId: string;
  let sheet: { key: string; weight: number }[];
  const atKill = { rated: -1 };

  const { call, expectCall } = clusterHttp(apiUrls, tokens);
  const branchPath = (code: string, action: string) => `/grading-rounds/${roundId}/branches/${ids.get(code)}/${action}`;
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await db.query(sql, params)).rows[0].n);
  const branchesIn = (state: string) =>
    count('SELECT count(*) AS n FROM round_branches WHERE round_id = $1 AND state = $2', [roundId, state]);
  const allBranchesIn = (state: string, timeoutMs = 180_000) =>
    eventually(async () => ((await branchesIn(state)) === BRANCHES.length ? true : undefined), {
      timeoutMs,
      intervalMs: 1_000,
      what: `all ${BRANCHES.length} branches in ${state}`,
    });

  /** Saves the user through the API, as the unit's security administrator. */
  const saveUser = async (api: number, username: string, role: Role, organisationCode: string) => {
    await expectCall(200, api, 'PUT', `/users/${username}`, SECURITY, {
      displayName: username,
      roles: [{ role, organisationCode }],
    });
  };

  const startApi = (port: number): ChildProcess =>
    spawnApp('apps/api/src/main.ts', {
      env: { ...process.env, ...env, API_PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });

  beforeAll(async () => {
    db = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });
    connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS as string });
    const metricsAddress = `127.0.0.1:${await freePort()}`;
    metricsUrl = `http://${metricsAddress}/metrics`;
    for (let i = 0; i < 2; i++) {
      const metrics = i === 1 ? { TEMPORAL_METRICS_BIND_ADDRESS: metricsAddress } : {};
      children.push(
        spawnApp('apps/worker/src/main.ts', {
          env: { ...process.env, ...env, ...metrics },
          stdio: ['ignore', 'ignore', 'inherit'],
        }),
      );
      const port = await freePort();
      children.push(startApi(port));
      apiUrls.push(`http://127.0.0.1:${port}`);
    }
    [workerA, workerB, apiB] = [children[0], children[2], children[3]] as [ChildProcess, ChildProcess, ChildProcess];
    await Promise.all(apiUrls.map((url) => waitForHealthyApi(url, 240_000)));

    // Bootstrapped as production is (docs/security.md): `npm run admin:create` makes the unit, its
    // first administrator, who logs in with the password and imports the unit's organisations, and
    // its security administrator, who saves the users.
    for (const [username, role] of [
      [ADMIN, 'administrator'],
      [SECURITY, 'security-administrator'],
    ] as const) {
      expect(
        runAdminCreate({
          username,
          role,
          unitCode: 'QS',
          unitName: '中共青山县委员会',
          password: ADMIN_PASSWORD,
          env: { ...process.env, ...env },
        }),
      ).toBe('created');
      // runAdminCreate blocks the event loop (spawnSync) while the API closes the idle kept-alive
      // socket of the health checks: let fetch see that close before it picks a socket again.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const login = await fetch(`${apiUrls[0]}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: ADMIN_PASSWORD }),
      });
      expect(login.status).toBe(200);
      tokens.set(username, ((await login.json()) as { accessToken: string }).accessToken);
    }
    const form = new FormData();
    form.append('file', new Blob([ORGANISATIONS_CSV], { type: 'text/csv' }), 'orgs.csv');
    const imported = await fetch(`${apiUrls[0]}/organisations/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.get(ADMIN)}` },
      body: form,
    });
    expect(imported.status).toBe(200);
    const users: [string, Role, string][] = [
      [UNIT_SUPERVISOR, 'supervisor', 'QS'],
      [SUPERVISOR, 'supervisor', 'QS-T01'],
      ...BRANCHES.map((code): [string, Role, string] => [secretaryOf(code), 'branch-secretary', code]),
    ];
    await inPool(users, LANES, ([username, role, code], i) => saveUser(i, username, role, code));
    const organisations = await db.query<{ id: string; code: string }>('SELECT id, code FROM organisations');
    for (const row of organisations.rows) ids.set(row.code, row.id);
    const userIds = await db.query<{ id: string; username: string }>('SELECT id, username FROM users');
    const userIdOf = new Map(userIds.rows.map((row) => [row.username, row.id]));
    // Each user's token, signed as login signs it: their user id, the grants just saved, a login session.
    for (const [username, role, code] of users) {
      tokens.set(
        username,
        await accessTokenSignedWith(AUTH_TOKEN_SECRET, {
          id: userIdOf.get(username) as string,
          username,
          roles: [{ role, organisationId: ids.get(code) as string }],
          sessionId: await openLoginSession(db, userIdOf.get(username) as string),
        }),
      );
    }
    const draft = await expectCall(201, 0, 'POST', '/pipeline-definitions', ADMIN, {
      processKind: 'grading-cycle',
      sectorCode: 'village',
    });
    await expectCall(200, 1, 'POST', `/pipeline-definitions/${draft.body.id}/publish`, ADMIN, {});
    sheet = draft.body.body.indicatorSheet.items;
  });

  afterAll(async () => {
    await Promise.all(children.map((child) => stopChild(child, 5_000)));
    await connection?.close();
    await db?.end();
  });

  it(`launches the round with both workers polling; the fan-out enrols all ${BRANCHES.length} branches`, async () => {
    // Both workers poll the queue before any work arrives, so both take a share of it.
    await eventually(
      async () => {
        const { pollers } = await connection.workflowService.describeTaskQueue({
          namespace: 'default',
          taskQueue: { name: env.TEMPORAL_TASK_QUEUE },
          taskQueueType: 1, // workflow tasks
        });
        return new Set(pollers?.map((p) => p.identity)).size >= 2 ? true : undefined;
      },
      { timeoutMs: 180_000, intervalMs: 1_000, what: 'two workers polling the task queue' },
    );
    const launched = await expectCall(201, 0, 'POST', '/grading-rounds', ADMIN, {
      gradingUnitId: ids.get('QS'),
      year: YEAR,
      overrideReason: '集群测试：在部署窗口外部署',
      acknowledgeBy: new Date(Date.now() + 3_600_000).toISOString(),
    });
    roundId = launched.body.id;
    roundWorkflowId = launched.body.workflowId;
    await allBranchesIn('deploy.notified');
  });

  it('grades every branch through both APIs while one worker is killed with SIGKILL half-way', async () => {
    await inPool(BRANCHES, LANES, async (code, i) => {
      if (i === BRANCHES.length / 2) {
        atKill.rated = await branchesIn('grade.rated');
        workerA.kill('SIGKILL');
      }
      const secretary = secretaryOf(code);
      const ratio = 0.6 + (i % 40) / 100;
      // Enrolled first, started next: the first Update waits for the branch's workflow.
      await eventually(
        async () =>
          (await call(i, 'POST', branchPath(code, 'acknowledge'), secretary, { idempotencyKey: `ack-${code}` }))
            .status === 200
            ? true
            : undefined,
        { timeoutMs: 120_000, intervalMs: 1_000, what: `${code} acknowledged` },
      );
      await expectCall(200, i + 1, 'POST', branchPath(code, 'self-assessment'), secretary, {
        idempotencyKey: `self-${code}`,
        items: Object.fromEntries(sheet.map((item) => [item.key, Math.round(item.weight * ratio * 100) / 100])),
      });
      await expectCall(200, i, 'POST', branchPath(code, 'superior-rating'), SUPERVISOR, {
        idempotencyKey: `rate-${code}`,
        overall: Math.round(ratio * 100),
      });
      // The facts the vetoes read: never recorded, classification would refuse the branch (422).
      await expectCall(204, i + 1, 'PUT', branchPath(code, 'facts'), SUPERVISOR, {
        secretaryPostVacantSince: null,
        lastPartyActivityOn: addDays(beijingDateTime(new Date()).date, -10),
      });
      // 党员群众评议: one public rater per branch (its public base), with a single-use token.
      const issued = await expectCall(201, i + 1, 'POST', `/grading-rounds/${roundId}/rating-tokens`, ADMIN, {
        purpose: 'appraisal',
        organisationId: ids.get(code),
        count: 1,
        ttlHours: 1,
      });
      await expectCall(201, i, 'POST', branchPath(code, 'public-appraisals'), 'a-member-of-the-public', {
        token: issued.body.tokens[0],
        overall: Math.round(ratio * 100),
        satisfied: true,
      });
    });
    await exited(workerA);
    expect(workerA.signalCode).toBe('SIGKILL');
    expect(workerB.exitCode).toBeNull();
    // Killed mid-round: half the branches were still to be graded when it died.
    expect(atKill.rated).toBeLessThan(BRANCHES.length);
    expect(await branchesIn('grade.rated')).toBe(BRANCHES.length);
  });

  it('classifies, publicises and finalises the tiers on the surviving worker while the second API is killed and started again: every branch opens rectification', async () => {
    const proposed = await expectCall(200, 1, 'POST', `/grading-rounds/${roundId}/classification/propose`, ADMIN, {
      idempotencyKey: 'propose-1',
    });
    expect(proposed.body.classification.branches).toBe(BRANCHES.length);
    // Mid-round, an API process dies without warning; the other one carries on alone.
    apiB.kill('SIGKILL');
    await exited(apiB);
    expect(apiB.signalCode).toBe('SIGKILL');
    expect(
      await fetch(`${apiUrls[1]}/health`).then(
        () => 'answered',
        () => 'refused',
      ),
    ).toBe('refused');
    await expectCall(200, 0, 'POST', `/grading-rounds/${roundId}/classification/approve`, UNIT_SUPERVISOR, {
      idempotencyKey: 'approve-1',
    });
    // Started again on the same port during 公示 (ends after PUBLICITY_SECONDS; the tiers are then
    // signalled page by page to every branch); the later steps use both APIs again.
    apiB = startApi(Number(new URL(apiUrls[1] as string).port));
    children.push(apiB);
    await Promise.all([waitForHealthyApi(apiUrls[1] as string, 240_000), allBranchesIn('rectify.plan-due', 240_000)]);
    const roundViaRestarted = await expectCall(200, 1, 'GET', `/grading-rounds/${roundId}`, ADMIN);
    expect(roundViaRestarted.body.progress).toMatchObject({ branches: BRANCHES.length });
  });

  it('takes every branch through plan, approval, completion and acceptance to accept.done', async () => {
    await inPool(BRANCHES, LANES, async (code, i) => {
      const secretary = secretaryOf(code);
      const view = await expectCall(200, i, 'GET', branchPath(code, 'rectification'), secretary);
      const requirements = view.body.planRequirements as {
        goal: string;
        targets: string[];
        reportIntervalMonths: number;
        contactLeaderRequired: boolean;
      };
      await expectCall(200, i + 1, 'POST', branchPath(code, 'rectification-plan'), secretary, {
        idempotencyKey: `plan-${code}`,
        plan: {
          goal: requirements.goal,
          startsOn: `${YEAR}-06-01`,
          endsOn: `${YEAR}-12-31`,
          targets: requirements.targets.map((indicator) => ({
            indicator,
            problem: `${indicator} 薄弱`,
            measures: ['制定措施并落实'],
            responsible: '支部书记',
            dueOn: `${YEAR}-11-30`,
          })),
          ...(requirements.contactLeaderRequired
            ? { contactLeader: { name: '王镇长', position: '镇党委副书记' } }
            : {}),
          reportEveryMonths: requirements.reportIntervalMonths,
        },
      });
      await expectCall(200, i, 'POST', branchPath(code, 'rectification-plan/approve'), SUPERVISOR, {
        idempotencyKey: `approve-${code}`,
        comment: '同意',
      });
      await expectCall(200, i + 1, 'POST', branchPath(code, 'rectification-progress'), secretary, {
        idempotencyKey: `done-${code}`,
        summary: '整改任务全部完成',
        complete: true,
      });
      const accepted = await expectCall(200, i, 'POST', branchPath(code, 'acceptance'), SUPERVISOR, {
        idempotencyKey: `accept-${code}`,
        checks: { organisationStrengthened: true, problemsSolved: true, membersAndPublicSatisfied: true },
        indicatorComments: INDICATORS.map((indicator) => ({ indicator, comment: `${indicator}：已对照标准检查` })),
      });
      expect(accepted.body.to).toBe('accept.done');
    });
    expect(await branchesIn('accept.done')).toBe(BRANCHES.length);
    expect(await count('SELECT count(*) AS n FROM grading_acceptances WHERE passed')).toBe(BRANCHES.length);
    // Every branch workflow ends with its acceptance (just after the Update's answer).
    const client = new Client({ connection });
    const running = new Set(BRANCHES);
    await eventually(
      async () => {
        const statuses = await inPool([...running], LANES, async (code) => {
          const handle = client.workflow.getHandle(gradingBranchWorkflowId(roundWorkflowId, ids.get(code) as string));
          return [code, (await handle.describe()).status.name] as const;
        });
        for (const [code, status] of statuses) {
          expect(['RUNNING', 'COMPLETED']).toContain(status);
          if (status === 'COMPLETED') running.delete(code);
        }
        return running.size === 0 ? true : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 2_000, what: 'every branch workflow completed' },
    ).catch(async (error: unknown) => {
      // Say which branches are still running and what they wait for, not only that some are.
      const stuck = await Promise.all(
        [...running].slice(0, 5).map(async (code) => {
          const handle = client.workflow.getHandle(gradingBranchWorkflowId(roundWorkflowId, ids.get(code) as string));
          const { raw } = await handle.describe();
          const { events } = await handle.fetchHistory();
          const last = (events ?? []).slice(-8).map((e) => e.eventType);
          const children = await Promise.all(
            (raw.pendingChildren ?? []).map(async (c) => {
              const child = client.workflow.getHandle(c.workflowId ?? '');
              const childEvents = (await child.fetchHistory()).events ?? [];
              return `${c.workflowId} (${(await child.describe()).status.name}; last ${childEvents
                .slice(-4)
                .map((e) => e.eventType)
                .join(',')})`;
            }),
          );
          return `${code}: children ${children.join(' ')}, activities ${raw.pendingActivities?.length ?? 0}, workflow task ${raw.pendingWorkflowTask ? 'pending' : 'none'}, last events ${last.join(',')}`;
        }),
      );
      throw new Error(`${String(error)}; ${running.size} still running, e.g. ${stuck.join('; ')}`);
    });
  });

  it('sent no notice twice, and both API processes tell the same state', async () => {
    // The inbox's unique idempotency key makes a duplicate row impossible; a retried activity with a
    // fresh key would still show as a second notice of the same kind to the same secretary.
    const perKind = await db.query<{ recipient: string; kind: string; n: string }>(
      `SELECT recipient, substring(title_zh_cn FROM '^【[^】]+】') AS kind, count(*) AS n FROM inbox_notices
       WHERE recipient LIKE '%-secretary' AND title_zh_cn ~ '^【(部署|整改提高)】' GROUP BY 1, 2`,
    );
    expect(perKind.rows).toHaveLength(BRANCHES.length * 2);
    expect(perKind.rows.filter((row) => row.n !== '1')).toEqual([]);
    expect(await count('SELECT count(*) - count(DISTINCT idempotency_key) AS n FROM inbox_notices')).toBe(0);

    const viaBoth = async (path: string, username: string) =>
      Promise.all([0, 1].map(async (api) => (await expectCall(200, api, 'GET', path, username)).body));
    const [roundViaA, roundViaB] = await viaBoth(`/grading-rounds/${roundId}`, ADMIN);
    expect(roundViaB).toEqual(roundViaA);
    expect(roundViaA.progress).toMatchObject({
      branches: BRANCHES.length,
      byState: { 'accept.done': BRANCHES.length },
    });
    const views = await inPool(BRANCHES, LANES, (code) =>
      viaBoth(branchPath(code, 'rectification'), secretaryOf(code)),
    );
    for (const [viaA, viaB] of views) {
      expect(viaB).toEqual(viaA);
      expect(viaA.state).toBe('accept.done');
    }
  });

  it('the killed worker had taken part, and the survivor exports what docs/deployment.md says to watch', async () => {
    // Some branch workflows carry the killed worker's identity (pid@host) in their history: the
    // survivor finished work the dead one had started.
    const client = new Client({ connection });
    const touchedByKilled = await inPool(BRANCHES, LANES, async (code) => {
      const history = await client.workflow
        .getHandle(gradingBranchWorkflowId(roundWorkflowId, ids.get(code) as string))
        .fetchHistory();
      return (history.events ?? []).some((event) =>
        [event.workflowTaskStartedEventAttributes, event.activityTaskStartedEventAttributes].some((started) =>
          started?.identity?.startsWith(`${workerA.pid}@`),
        ),
      );
    });
    expect(touchedByKilled.filter(Boolean).length).toBeGreaterThan(0);

    const metrics = await (await fetch(metricsUrl)).text();
    expect(metrics).toContain('temporal_workflow_task_schedule_to_start_latency');
    expect(metrics).toContain('temporal_activity_schedule_to_start_latency');
  });
});
