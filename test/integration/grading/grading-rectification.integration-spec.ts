import { jest } from '@jest/globals';
import {
  branchTierFinalisedSignal,
  gradingBranchWorkflowId,
  gradingLaunchScheduleId,
  GRADING_LAUNCH_WORKFLOW_TYPE,
  type BranchTierFinalised,
} from '@cxzy/contracts';
import { eventually } from '../../support/eventually.js';
import { recordHistoryWhenAsked } from '../../support/record-history.js';
import {
  GRADING_COUNTY_BRANCHES,
  importGradingCounty,
  publishDefaultGradingPipelines,
  secretaryOf,
} from '../../support/grading-county.js';
import { idOf } from '../../support/registry.js';
import { beijingYear } from '../../support/test-clock.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(240_000);

interface RoundView {
  id: string;
  year: number;
  workflowId: string;
  definitionIds: Record<string, string>;
  progress: { branches: number; byState: Record<string, number> };
  previousRound: {
    year: number;
    branches: number;
    passed: number;
    notPassed: string[];
    missing: string[];
    mayFinalise: boolean;
  } | null;
}

const [V01, V02, V03, V04] = GRADING_COUNTY_BRANCHES as [string, string, string, string];
const SUPERVISOR = 't01-supervisor';
const TIERS: Record<string, BranchTierFinalised['tier']> = {
  [V01]: 'advanced',
  [V02]: 'average',
  [V03]: 'lagging',
  [V04]: 'lagging',
};
const INDICATORS = ['leader', 'work-plan', 'rules', 'venue', 'support', 'results', 'public-appraisal'];

describe('grading round: 整改提高, 考核验收 and the next year (real Temporal and PostgreSQL)', () => {
  // One "month" of progress-report interval lasts 2 s: lagging branches report every 6 s, the others every 12 s.
  const stack = useTestStack('grading-rectify', {
    env: () => ({
      REMINDER_QUIET_HOURS: '',
      GRADING_PROGRESS_MONTH_SECONDS: '2',
      GRADING_LAUNCH_UNITS: 'QS',
    }),
  });
  // Last year's round (Beijing, as the schedule reckons): always outside its deploy window, so
  // launched with a reason; its year + 1 is the year the schedule's trigger sees in January–March.
  const year = beijingYear() - 1;
  const ids = new Map<string, string>();
  let unitId: string;
  let round: RoundView;

  const url = (code: string, action: string, roundId = round.id) =>
    `/grading-rounds/${roundId}/branches/${ids.get(code)}/${action}`;
  /** Posts as the user the body names in `actor` (taken out: the token is the only identity). */
  const post = async (code: string, action: string, { actor, ...body }: { actor: string } & Record<string, unknown>) =>
    (await stack.as(actor)).post(url(code, action)).send(body);
  /** Reads as the county's administrator (200 expected), the body. */
  const read = async (path: string) => (await (await stack.as('qs-admin')).get(path).expect(200)).body;
  const branchState = async (code: string, roundId = round.id) =>
    (
      await stack.db.query<{ state: string }>(
        'SELECT state FROM round_branches WHERE round_id = $1 AND organisation_id = $2',
        [roundId, ids.get(code)],
      )
    )[0]?.state;
  const reachState = (code: string, state: string) =>
    eventually(async () => ((await branchState(code)) === state ? true : undefined), { what: `${code} in ${state}` });
  const launch = async (launchYear: number) => {
    const response = await (
      await stack.as('qs-admin')
    )
      .post('/grading-rounds')
      .send({ gradingUnitId: unitId, year: launchYear, overrideReason: '测试：窗口外部署' });
    expect(response.status).toBe(201);
    const launched = response.body as RoundView;
    await eventually(
      async () => {
        const view = (await read(`/grading-rounds/${launched.id}`)) as RoundView;
        return view.progress.branches === 10 ? view : undefined;
      },
      { what: `the ${launchYear} round enrolled` },
    );
    return launched;
  };
  const plan = (code: string, targets: string[] = ['venue', 'support']) => {
    const tier = TIERS[code]!;
    return {
      goal: { advanced: 'consolidate', average: 'push', lagging: 'rectify' }[tier],
      startsOn: `${year}-06-01`,
      endsOn: `${year}-12-31`,
      targets: targets.map((indicator) => ({
        indicator,
        problem: `${indicator} 薄弱`,
        measures: ['制定措施并落实'],
        responsible: '支部书记',
        dueOn: `${year}-11-30`,
      })),
      ...(tier === 'lagging' ? { contactLeader: { name: '王镇长', position: '镇党委副书记' } } : {}),
      reportEveryMonths: tier === 'lagging' ? 3 : 6,
    };
  };
  const acceptance = (code: string, passed: boolean, key = `accept-${code}`) => ({
    actor: SUPERVISOR,
    idempotencyKey: key,
    checks: { organisationStrengthened: true, problemsSolved: passed, membersAndPublicSatisfied: true },
    indicatorComments: INDICATORS.map((indicator) => ({ indicator, comment: `${indicator}：已对照标准检查` })),
  });
  const signalTier = (code: string, tier: BranchTierFinalised['tier']) =>
    stack.client.workflow
      .getHandle(gradingBranchWorkflowId(round.workflowId, ids.get(code)!))
      .signal(branchTierFinalisedSignal, { tier, proposedBeforeQuota: null, finalisedAt: new Date().toISOString() });

  beforeAll(async () => {
    await importGradingCounty(stack.api);
    await publishDefaultGradingPipelines(stack.api, ['village', 'urban-community']);
    const admin = await stack.as('qs-admin');
    unitId = await idOf(admin, 'QS');
    for (const code of GRADING_COUNTY_BRANCHES) ids.set(code, await idOf(admin, code));
    round = await launch(year);
  });

  it('grades four branches; the round’s tier signal (first one wins) opens rectification with the weakest indicators as targets', async () => {
    const definition = { body: await read(`/pipeline-definitions/${round.definitionIds['village']}`) };
    const items = definition.body.body.indicatorSheet.items as { key: string; weight: number }[];
    // Full marks except the venue and support items: those are the weakest indicators.
    const scores = Object.fromEntries(
      items.map((i) => [i.key, i.key.startsWith('venue') ? 1 : i.key.startsWith('support') ? 2 : i.weight]),
    );
    for (const code of [V01, V02, V03, V04]) {
      await reachState(code, 'deploy.notified');
      // Enrolled first, started next: wait for the branch's workflow before its first Update.
      await eventually(() =>
        stack.client.workflow
          .getHandle(gradingBranchWorkflowId(round.workflowId, ids.get(code)!))
          .describe()
          .then(() => true),
      );
      const secretary = secretaryOf(code);
      expect((await post(code, 'acknowledge', { actor: secretary, idempotencyKey: `ack-${code}` })).status).toBe(200);
      expect(
        (await post(code, 'self-assessment', { actor: secretary, idempotencyKey: `self-${code}`, items: scores }))
          .status,
      ).toBe(200);
      expect(
        (await post(code, 'superior-rating', { actor: SUPERVISOR, idempotencyKey: `rate-${code}`, overall: 80 }))
          .status,
      ).toBe(200);
    }
    // A plan before the tier is final is a wrong step.
    const early = await post(V01, 'rectification-plan', {
      actor: secretaryOf(V01),
      idempotencyKey: 'early',
      plan: plan(V01),
    });
    expect(early.status).toBe(409);
    expect(await branchState(V01)).toBe('grade.rated');

    for (const code of [V01, V02, V03, V04]) await signalTier(code, TIERS[code]!);
    await signalTier(V01, 'lagging'); // a repeat: ignored, the first signal won
    for (const code of [V01, V02, V03, V04]) await reachState(code, 'rectify.plan-due');

    const view = await read(url(V01, 'rectification'));
    expect(view).toMatchObject({
      state: 'rectify.plan-due',
      finalTier: 'advanced',
      planRequirements: {
        tier: 'advanced',
        goal: 'consolidate',
        targets: ['venue', 'support'],
        reportIntervalMonths: 6,
      },
    });
    const lagging = await read(url(V03, 'rectification'));
    expect(lagging.planRequirements).toMatchObject({
      goal: 'rectify',
      contactLeaderRequired: true,
      reportIntervalMonths: 3,
    });
    const [audit] = await stack.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_records WHERE action = 'grading-branch.finaliseTier'`,
    );
    expect(audit?.n).toBe(4);
    // Each secretary is told the tier and what to target.
    const notice = await eventually(
      async () =>
        (
          await stack.db.query<{ title_zh_cn: string; body_zh_cn: string }>(
            `SELECT title_zh_cn, body_zh_cn FROM inbox_notices WHERE recipient = $1 AND title_zh_cn LIKE '【整改提高】%'`,
            [secretaryOf(V03)],
          )
        )[0],
      { what: 'the rectification notice' },
    );
    expect(notice.title_zh_cn).toBe(`【整改提高】${year}年度定级为“后进”，请提交整改方案`);
    expect(notice.body_zh_cn).toContain('活动阵地、保障机制');
  });

  it('refuses a plan that misses a required indicator (422 naming the field), then files the plans', async () => {
    const missing = await post(V01, 'rectification-plan', {
      actor: secretaryOf(V01),
      idempotencyKey: 'plan-missing',
      plan: plan(V01, ['venue']),
    });
    expect(missing.status).toBe(422);
    expect(JSON.stringify(missing.body)).toContain('PLAN_TARGET_MISSING');
    expect(JSON.stringify(missing.body)).toContain('$.targets');
    const noLeader = await post(V03, 'rectification-plan', {
      actor: secretaryOf(V03),
      idempotencyKey: 'plan-no-leader',
      plan: { ...plan(V03), contactLeader: undefined },
    });
    expect(noLeader.status).toBe(422);
    expect(JSON.stringify(noLeader.body)).toContain('$.contactLeader.name');
    expect(await branchState(V01)).toBe('rectify.plan-due');
    // Another branch's secretary may not file it.
    const wrongPerson = await post(V01, 'rectification-plan', {
      actor: secretaryOf(V02),
      idempotencyKey: 'plan-wrong',
      plan: plan(V01),
    });
    expect(wrongPerson.status).toBe(403);

    for (const code of [V01, V02, V03, V04]) {
      const response = await post(code, 'rectification-plan', {
        actor: secretaryOf(code),
        idempotencyKey: `plan-${code}`,
        plan: plan(code),
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ action: 'submitPlan', to: 'rectify.plan-submitted' });
    }
    const stored = await read(url(V03, 'rectification'));
    expect(stored.rectificationPlan.contactLeader).toEqual({ name: '王镇长', position: '镇党委副书记' });
  });

  it('the supervisor returns a plan with a reason; it is filed again and approved with the others', async () => {
    expect(
      (await post(V02, 'rectification-plan/approve', { actor: secretaryOf(V02), idempotencyKey: 'self-approve' }))
        .status,
    ).toBe(403);
    const blank = await post(V02, 'rectification-plan/return', {
      actor: SUPERVISOR,
      idempotencyKey: 'return-blank',
      reason: '   ',
    });
    expect(blank.status).toBe(422);
    expect(await branchState(V02)).toBe('rectify.plan-submitted');

    const returned = await post(V02, 'rectification-plan/return', {
      actor: SUPERVISOR,
      idempotencyKey: 'return-V02',
      reason: '措施不够具体',
    });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ action: 'returnPlan', to: 'rectify.plan-due' });
    const review = (await read(url(V02, 'rectification'))).planReview;
    expect(review).toEqual({ decision: 'returned', text: '措施不够具体' });
    // The same key again: the first result, nothing changes.
    const repeat = await post(V02, 'rectification-plan/return', {
      actor: SUPERVISOR,
      idempotencyKey: 'return-V02',
      reason: '措施不够具体',
    });
    expect(repeat.body).toEqual(returned.body);
    expect(
      (
        await post(V02, 'rectification-plan', {
          actor: secretaryOf(V02),
          idempotencyKey: 'plan-V02-2',
          plan: plan(V02),
        })
      ).status,
    ).toBe(200);

    for (const code of [V01, V02, V03, V04]) {
      const response = await post(code, 'rectification-plan/approve', {
        actor: SUPERVISOR,
        idempotencyKey: `approve-${code}`,
        comment: '同意',
      });
      expect(response.status).toBe(200);
      expect(response.body.to).toBe('rectify.in-progress');
    }
    // The plan step: one generation per filing; the returned one was completed by the first filing.
    const planSteps = await stack.db.query<{ generation: number; status: string }>(
      `SELECT generation, status FROM step_tasks WHERE step_key = 'rectification-plan' AND owner_workflow_id = $1
       ORDER BY generation`,
      [gradingBranchWorkflowId(round.workflowId, ids.get(V02)!)],
    );
    expect(planSteps).toEqual([
      { generation: 0, status: 'completed' },
      { generation: 1, status: 'completed' },
    ]);
    const [audit] = await stack.db.query<{ reason: string }>(
      `SELECT reason FROM audit_records WHERE action = 'grading-branch.returnPlan'`,
    );
    expect(audit?.reason).toBe('措施不够具体');
  });

  it('supervises lagging branches more closely: shorter progress periods, reminded sooner', async () => {
    const periods = await eventually(
      async () => {
        const rows = await stack.db.query<{ owner_workflow_id: string; seconds: number }>(
          `SELECT owner_workflow_id, extract(epoch FROM deadline_at - opened_at)::float AS seconds FROM step_tasks
           WHERE step_key = 'progress-report' AND generation = 0`,
        );
        return rows.length === 4 ? rows : undefined;
      },
      { what: 'four progress periods' },
    );
    const seconds = (code: string) =>
      periods.find((p) => p.owner_workflow_id === gradingBranchWorkflowId(round.workflowId, ids.get(code)!))!.seconds;
    // 3 "months" of 2 s for lagging, 6 for the others (give or take the activity's start).
    expect(seconds(V03)).toBeGreaterThan(4);
    expect(seconds(V03)).toBeLessThan(7);
    expect(seconds(V01)).toBeGreaterThan(10);
    expect(seconds(V01)).toBeLessThan(13);
    // Half a lagging period passed: its secretary is reminded to report.
    await eventually(
      async () => {
        const rows = await stack.db.query(
          `SELECT 1 FROM inbox_notices WHERE recipient = $1 AND title_zh_cn LIKE '【提醒】%整改进展%'`,
          [secretaryOf(V03)],
        );
        return rows.length > 0 ? rows : undefined;
      },
      { timeoutMs: 30_000, what: 'a progress reminder to the lagging branch' },
    );
  });

  it('takes progress reports until the branch declares the rectification complete', async () => {
    const report = (code: string, key: string, body: object) =>
      post(code, 'rectification-progress', { actor: secretaryOf(code), idempotencyKey: key, ...body });
    expect((await report(V03, 'blank', { summary: '  ' })).status).toBe(422);
    const first = await report(V03, 'report-1', { summary: '活动场所已选址' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ action: 'reportProgress', to: 'rectify.in-progress' });
    // The next period opens after a report.
    await eventually(async () => {
      const rows = await stack.db.query(
        `SELECT 1 FROM step_tasks WHERE step_key = 'progress-report' AND generation = 1 AND owner_workflow_id = $1`,
        [gradingBranchWorkflowId(round.workflowId, ids.get(V03)!)],
      );
      return rows.length > 0 ? rows : undefined;
    });
    for (const code of [V01, V02, V03, V04]) {
      const done = await report(code, `done-${code}`, { summary: '整改任务全部完成', complete: true });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ action: 'completeRectification', to: 'rectify.completed' });
    }
    expect((await report(V01, 'late', { summary: '再报' })).status).toBe(409);
    const reports = (await read(url(V03, 'rectification'))).progressReports;
    expect(reports.map((r: { summary: string; complete: boolean }) => [r.summary, r.complete])).toEqual([
      ['活动场所已选址', false],
      ['整改任务全部完成', true],
    ]);
    // A completion that came while the next period was opening closes that period's step just after.
    await eventually(
      async () => {
        const open = await stack.db.query(
          `SELECT 1 FROM step_tasks WHERE step_key = 'progress-report' AND status = 'open' AND owner_workflow_id LIKE $1`,
          [`${round.workflowId}/%`],
        );
        return open.length === 0 ? true : undefined;
      },
      { what: 'every progress step closed' },
    );
  });

  it('records the acceptance: pass and not passed, a comment per indicator, only by a supervisor', async () => {
    expect((await post(GRADING_COUNTY_BRANCHES[5]!, 'acceptance', acceptance(V01, true))).status).toBe(409);
    expect((await post(V01, 'acceptance', { ...acceptance(V01, true), actor: secretaryOf(V01) })).status).toBe(403);
    const incomplete = await post(V01, 'acceptance', {
      ...acceptance(V01, true, 'incomplete'),
      indicatorComments: [{ indicator: 'leader', comment: '好' }],
    });
    expect(incomplete.status).toBe(422);
    expect(JSON.stringify(incomplete.body)).toContain('ACCEPTANCE_COMMENT_MISSING');
    expect(await branchState(V01)).toBe('rectify.completed');

    const passed = await post(V01, 'acceptance', acceptance(V01, true));
    expect(passed.status).toBe(200);
    expect(passed.body).toMatchObject({ action: 'recordAcceptance', to: 'accept.done' });
    expect((await post(V01, 'acceptance', acceptance(V01, true))).body).toEqual(passed.body);
    // The branch's workflow has ended: a new action is refused, nothing is recorded twice.
    const closed = await post(V01, 'acceptance', acceptance(V01, false, 'another-key'));
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('GRADING_BRANCH_CLOSED');
    expect((await post(V02, 'acceptance', acceptance(V02, true))).status).toBe(200);
    expect((await post(V03, 'acceptance', acceptance(V03, false))).status).toBe(200);

    const rows = await stack.db.query<{ code: string; passed: boolean; tier: string; round_year: number }>(
      `SELECT o.code, a.passed, a.tier, a.round_year FROM grading_acceptances a
       JOIN organisations o ON o.id = a.organisation_id ORDER BY o.code`,
    );
    expect(rows).toEqual([
      { code: V01, passed: true, tier: 'advanced', round_year: year },
      { code: V02, passed: true, tier: 'average', round_year: year },
      { code: V03, passed: false, tier: 'lagging', round_year: year },
    ]);
    // The branch workflow ends with its acceptance.
    const handle = stack.client.workflow.getHandle(gradingBranchWorkflowId(round.workflowId, ids.get(V01)!));
    await expect(handle.result()).resolves.toBeUndefined();
    recordHistoryWhenAsked('CXZY_RECORD_GRADING_BRANCH_HISTORY', handle.workflowId, true);
    const audits = await stack.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_records WHERE action = 'grading-branch.recordAcceptance'`,
    );
    expect(audits).toEqual([{ n: 3 }]);
  });

  it('launching the next year reads this year’s acceptance: the not passed and the missing are flagged', async () => {
    const next = await launch(year + 1);
    const expected = {
      year,
      branches: 10,
      passed: 2,
      notPassed: [ids.get(V03)],
      missing: GRADING_COUNTY_BRANCHES.filter((c) => ![V01, V02, V03].includes(c))
        .map((c) => ids.get(c)!)
        .sort(),
      mayFinalise: false,
    };
    const view = (await read(`/grading-rounds/${next.id}`)) as RoundView;
    expect(view.previousRound).toEqual(expected);
    const [stored] = await stack.db.query<{ previous_round: unknown }>(
      'SELECT previous_round FROM grading_rounds WHERE id = $1',
      [next.id],
    );
    expect(stored?.previous_round).toEqual(expected);
    // The branch's N+1 sheet shows its N tier and acceptance.
    const line = (await read(url(V03, 'rectification', next.id))).previousRound;
    expect(line).toMatchObject({ year, tier: 'lagging', acceptance: 'not-passed', failedChecks: ['problemsSolved'] });
    // V04 is accepted later (at the next deployment, as the seed says): the next round sees it at once.
    expect((await post(V04, 'acceptance', acceptance(V04, true))).status).toBe(200);
    const after = (await read(`/grading-rounds/${next.id}`)) as RoundView;
    expect(after.previousRound?.passed).toBe(3);
  });

  it('registers the yearly launch schedule per configured unit; its action launches the unit’s round', async () => {
    const handle = stack.client.schedule.getHandle(gradingLaunchScheduleId(stack.config.TEMPORAL_TASK_QUEUE, 'QS'));
    try {
      const described = await handle.describe();
      expect(described.spec.timezone).toBe('Asia/Shanghai');
      expect(described.action).toMatchObject({
        workflowType: GRADING_LAUNCH_WORKFLOW_TYPE,
        taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
        args: [{ gradingUnitCode: 'QS' }],
      });
      await handle.trigger();
      const workflowId = await eventually(
        async () => {
          const action = (await handle.describe()).info.recentActions[0]?.action;
          return action?.workflow.workflowId;
        },
        { what: 'the triggered launch' },
      );
      const outcome = await stack.client.workflow
        .getHandle(workflowId)
        .result()
        .then(
          (result) => ({ result: result as { year: number; roundId: string; launched: boolean } }),
          (error: unknown) => ({ error: JSON.stringify(error, Object.getOwnPropertyNames(error)) + String(error) }),
        );
      // Beijing today: November and December open next year's round, January–March this year's
      // (already launched above, so left as it is); the rest of the year is outside the deploy window.
      const today = new Date(Date.now() + 8 * 3_600_000);
      const month = today.getUTCMonth() + 1;
      if (month >= 11) {
        expect('result' in outcome && outcome.result).toMatchObject({
          year: today.getUTCFullYear() + 1,
          launched: true,
        });
        const [row] = await stack.db.query<{
          launched_by: string;
          previous_round: { year: number; missing: string[] };
        }>('SELECT launched_by, previous_round FROM grading_rounds WHERE year = $1 AND grading_unit_id = $2', [
          today.getUTCFullYear() + 1,
          unitId,
        ]);
        expect(row?.launched_by).toBe('system:grading-schedule');
        // Its previous round (this year's) has no acceptance yet.
        expect(row?.previous_round).toMatchObject({ year: today.getUTCFullYear(), missing: expect.any(Array) });
        expect(row?.previous_round.missing).toHaveLength(10);
      } else if (month <= 3) {
        expect('result' in outcome && outcome.result).toMatchObject({ year: today.getUTCFullYear(), launched: false });
      } else {
        expect('error' in outcome && outcome.error).toContain('GRADING_DEPLOY_OUTSIDE_WINDOW');
      }
    } finally {
      await handle.delete();
    }
  });
});
