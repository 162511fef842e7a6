import { jest } from '@jest/globals';
import { gradingBranchWorkflowId, gradingRoundStatusQuery } from '@cxzy/contracts';
import { beijingDateTime, addDays } from '@cxzy/domain';
import { eventually } from '../../support/eventually.js';
import {
  GRADING_COUNTY_BRANCHES,
  importGradingCounty,
  publishDefaultGradingPipelines,
  secretaryOf,
} from '../../support/grading-county.js';
import type { Role } from '@cxzy/domain';
import { userWith } from '../../support/auth.js';
import { idOf } from '../../support/registry.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(300_000);

/** Every source at this share of full marks gives the same composite score: ratio × 100. */
const SCORES: Record<string, number> = {
  'QS-T01-V01': 0.98,
  'QS-T01-V02': 0.96,
  'QS-T01-V03': 0.94,
  'QS-T01-V04': 0.92,
  'QS-T01-V05': 0.91,
  'QS-T01-V06': 0.8,
  'QS-T01-C01': 0.75,
  'QS-T01-C02': 0.7,
  'QS-T01-C03': 0.65,
  'QS-T01-C04': 0.62,
};
const PUBLICITY_SECONDS = 20;
const memberOf = (code: string) => `${code.toLowerCase()}-member`;
/** The branch whose veto facts are recorded only after the first, refused proposal. */
const FACTS_LATE = 'QS-T01-C04';

describe('grading round: 分类定级 at round level (real Temporal and PostgreSQL)', () => {
  const stack = useTestStack('grading-classification', {
    env: () => ({
      REMINDER_QUIET_HOURS: '',
      GRADING_FAN_OUT_BATCH: '4',
      GRADING_PUBLICITY_SECONDS: String(PUBLICITY_SECONDS),
      // Three accepted round actions per run: the round continues as new while grading, twice.
      GRADING_ROUND_ACTIONS_PER_RUN: '3',
    }),
  });
  const http = () => stack.http();
  // Not the deploy spec's year: both grade 青山县 on the same Temporal server, found by search attributes.
  const year = new Date().getUTCFullYear() - 2;
  const ids = new Map<string, string>();
  let roundId: string;
  let workflowId: string;
  let approvedAt: number;
  let approvedBody: unknown;
  const sheets = new Map<string, { key: string; weight: number }[]>();

  const url = (path: string) => `/grading-rounds/${roundId}${path}`;
  const branchUrl = (code: string, path: string) => url(`/branches/${ids.get(code)}${path}`);
  const roundState = async () =>
    (await stack.db.query<{ state: string }>('SELECT state FROM grading_rounds WHERE id = $1', [roundId]))[0]?.state;
  const sectorOf = (code: string) => (code.includes('-V') ? 'village' : 'urban-community');
  const itemsAt = (code: string, ratio: number) =>
    Object.fromEntries(sheets.get(sectorOf(code))!.map((i) => [i.key, Math.round(i.weight * ratio * 100) / 100]));

  beforeAll(async () => {
    await importGradingCounty(stack.api);
    const admin = await stack.as('qs-admin');
    const users: [string, string, string][] = [
      ['qs-supervisor', 'supervisor', 'QS'],
      ...GRADING_COUNTY_BRANCHES.map((code): [string, string, string] => [memberOf(code), 'member', code]),
    ];
    for (const [username, role, organisationCode] of users) {
      await userWith(stack.api, username, [{ role: role as Role, organisationCode }]);
    }
    await publishDefaultGradingPipelines(stack.api, ['village', 'urban-community']);
    for (const code of GRADING_COUNTY_BRANCHES) ids.set(code, await idOf(admin, code));
    const launched = await (
      await stack.as('qs-admin')
    )
      .post('/grading-rounds')
      .send({
        gradingUnitId: await idOf(admin, 'QS'),
        year,
        overrideReason: '测试：在部署窗口外部署',
        acknowledgeBy: new Date(Date.now() + 3_600_000).toISOString(),
      })
      .expect(201);
    roundId = launched.body.id;
    workflowId = launched.body.workflowId;
    for (const [sector, id] of Object.entries(launched.body.definitionIds as Record<string, string>)) {
      const definition = await admin.get(`/pipeline-definitions/${id}`).expect(200);
      sheets.set(sector, definition.body.body.indicatorSheet.items);
    }
    await eventually(
      async () => {
        const status = await stack.client.workflow.getHandle(workflowId).query(gradingRoundStatusQuery);
        return status.fanOutDone ? status : undefined;
      },
      { what: 'the fan-out', timeoutMs: 60_000 },
    );
  });

  it('takes every branch to grade.rated, with the facts the vetoes read', async () => {
    const lastActivity = addDays(beijingDateTime(new Date()).date, -10);
    for (const code of GRADING_COUNTY_BRANCHES) {
      const ratio = SCORES[code]!;
      const secretary = secretaryOf(code);
      await eventually(async () => {
        const response = await (
          await stack.as(secretary)
        )
          .post(branchUrl(code, '/acknowledge'))
          .send({ idempotencyKey: `ack-${code}` });
        return response.status === 200 ? true : undefined;
      });
      await (
        await stack.as(secretary)
      )
        .post(branchUrl(code, '/self-assessment'))
        .send({ idempotencyKey: `self-${code}`, items: itemsAt(code, ratio) })
        .expect(200);
      await (
        await stack.as('t01-supervisor')
      )
        .post(branchUrl(code, '/superior-rating'))
        .send({ idempotencyKey: `rate-${code}`, overall: ratio * 100 })
        .expect(200);
      // QS-T01-C04's facts come later: until then classification must refuse it, not veto it.
      if (code === FACTS_LATE) continue;
      await (
        await stack.as('t01-supervisor')
      )
        .put(branchUrl(code, '/facts'))
        .send({ secretaryPostVacantSince: null, lastPartyActivityOn: lastActivity })
        .expect(204);
    }
    const view = await (await stack.as('qs-admin')).get(url('')).expect(200);
    expect(view.body.progress.byState).toEqual({ 'grade.rated': 10 });
  });

  it('collects appraisals from members and from the public with single-use tokens bound to one branch', async () => {
    const tokens = new Map<string, string>();
    for (const code of GRADING_COUNTY_BRANCHES) {
      const issued = await (
        await stack.as('qs-admin')
      )
        .post(url('/rating-tokens'))
        .send({
          purpose: 'appraisal',
          organisationId: ids.get(code),
          count: 2,
          ttlHours: 1,
          publicBase: 10,
        })
        .expect(201);
      expect(issued.body.tokens).toHaveLength(2);
      tokens.set(code, issued.body.tokens[0]);
    }
    // Only the administrator issues tokens.
    expect(
      (
        await (await stack.as('qs-supervisor')).post(url('/rating-tokens')).send({
          purpose: 'appraisal',
          organisationId: ids.get('QS-T01-V01'),
          count: 1,
          ttlHours: 1,
        })
      ).status,
    ).toBe(403);

    for (const code of GRADING_COUNTY_BRANCHES) {
      const overall = SCORES[code]! * 100;
      const response = await http()
        .post(branchUrl(code, '/public-appraisals'))
        .send({ token: tokens.get(code), overall, satisfied: true });
      expect(response.status).toBe(201);
      expect(response.body.total).toBe(overall);
      // The sixth village's member has not appraised yet: participation is short there.
      if (code === 'QS-T01-V06') continue;
      await (
        await stack.as(memberOf(code))
      )
        .post(branchUrl(code, '/appraisals'))
        .send({ items: itemsAt(code, SCORES[code]!) })
        .expect(201);
    }
    const replay = await http()
      .post(branchUrl('QS-T01-V01', '/public-appraisals'))
      .send({ token: tokens.get('QS-T01-V01'), overall: 10, satisfied: false });
    expect(replay.status).toBe(409);
    expect(replay.body.code).toBe('RATING_TOKEN_USED');
    const wrongBranch = await http()
      .post(branchUrl('QS-T01-V02', '/public-appraisals'))
      .send({ token: tokens.get('QS-T01-V01'), overall: 10, satisfied: false });
    expect(wrongBranch.status).toBe(403);
    // A member appraises once, and only their own branch.
    expect(
      (
        await (
          await stack.as(memberOf('QS-T01-V01'))
        )
          .post(branchUrl('QS-T01-V01', '/appraisals'))
          .send({ overall: 50 })
      ).status,
    ).toBe(409);
    expect(
      (
        await (
          await stack.as(memberOf('QS-T01-V01'))
        )
          .post(branchUrl('QS-T01-V02', '/appraisals'))
          .send({ overall: 50 })
      ).status,
    ).toBe(403);
    const bad = await (
      await stack.as(memberOf('QS-T01-V06'))
    )
      .post(branchUrl('QS-T01-V06', '/appraisals'))
      .send({ overall: 120 });
    expect(bad.status).toBe(422);
    const counts = await stack.db.query<{ rater_kind: string; n: number }>(
      `SELECT rater_kind, count(*)::int AS n FROM grading_appraisals WHERE round_id = $1 GROUP BY rater_kind ORDER BY 1`,
      [roundId],
    );
    expect(counts).toEqual([
      { rater_kind: 'member', n: 9 },
      { rater_kind: 'public', n: 10 },
    ]);
  });

  it('refuses a proposal while participation is short or facts are missing, naming each branch and fact, and changes nothing', async () => {
    const refused = await (
      await stack.as('qs-admin')
    )
      .post(url('/classification/propose'))
      .send({ idempotencyKey: 'propose-early' });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('GRADING_CLASSIFICATION_BLOCKED');
    expect(JSON.stringify(refused.body)).toContain('QS-T01-V06');
    expect(JSON.stringify(refused.body)).not.toContain('QS-T01-V05');
    // No facts on record is not "no party activity": the branch is named, not vetoed to lagging.
    const rules = (refused.body.errors as { rule: string; field: string }[]).map((e) => `${e.rule}@${e.field}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        `GRADING_FACT_MISSING@$.branches["${FACTS_LATE}"].facts.secretaryPostVacantSince`,
        `GRADING_FACT_MISSING@$.branches["${FACTS_LATE}"].facts.lastPartyActivityOn`,
      ]),
    );
    expect(refused.body.messageZhCN).toContain(FACTS_LATE);
    expect(await roundState()).toBe('grade.collecting');
    // Not the administrator of the unit: 403.
    expect(
      (await (await stack.as('t01-supervisor')).post(url('/classification/propose')).send({ idempotencyKey: 'x' }))
        .status,
    ).toBe(403);
  });

  it('proposes (quotas move branches, each with its reason), is returned with a reason, proposes again and is approved', async () => {
    await (
      await stack.as('t01-supervisor')
    )
      .put(branchUrl(FACTS_LATE, '/facts'))
      .send({ secretaryPostVacantSince: null, lastPartyActivityOn: addDays(beijingDateTime(new Date()).date, -10) })
      .expect(204);
    await (
      await stack.as(memberOf('QS-T01-V06'))
    )
      .post(branchUrl('QS-T01-V06', '/appraisals'))
      .send({ overall: 80 })
      .expect(201);
    const proposed = await (
      await stack.as('qs-admin')
    )
      .post(url('/classification/propose'))
      .send({ idempotencyKey: 'propose-1' });
    expect(proposed.status).toBe(200);
    expect(proposed.body).toMatchObject({
      action: 'proposeClassification',
      from: 'grade.collecting',
      to: 'grade.proposed',
      // ⌊30 % × 10⌋ = 3 advanced; ⌈5 % × 10⌉ = 1 lagging.
      classification: { branches: 10, byTier: { advanced: 3, average: 6, lagging: 1 }, movedByQuota: 3 },
    });
    const list = await (await stack.as('qs-admin')).get(url('/classification')).expect(200);
    const byCode = new Map<
      string,
      { proposedTier: string; score: number; reasons: { cause: string; reason: { zhCN: string } }[] }
    >(list.body.branches.map((b: { organisationCode: string }) => [b.organisationCode, b]));
    expect(byCode.get('QS-T01-V01')).toMatchObject({ proposedTier: 'advanced', score: 98, reasons: [] });
    expect(byCode.get('QS-T01-V04')!.proposedTier).toBe('average');
    expect(byCode.get('QS-T01-V04')!.reasons.map((r) => r.cause)).toEqual(['advanced-cap']);
    expect(byCode.get('QS-T01-C04')!.reasons.map((r) => r.cause)).toEqual(['lagging-floor']);
    expect(byCode.get('QS-T01-C04')!.reasons[0]!.reason.zhCN.length).toBeGreaterThan(0);

    // A second proposal is a wrong step; the returned one needs a reason.
    const again = await (
      await stack.as('qs-admin')
    )
      .post(url('/classification/propose'))
      .send({ idempotencyKey: 'propose-2' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('GRADING_WRONG_STEP');
    const noReason = await (
      await stack.as('qs-supervisor')
    )
      .post(url('/classification/return'))
      .send({ idempotencyKey: 'return-0', reason: '  ' });
    expect(noReason.status).toBe(422);
    expect(
      (
        await (
          await stack.as('t01-supervisor')
        )
          .post(url('/classification/return'))
          .send({ idempotencyKey: 'r', reason: 'x' })
      ).status,
    ).toBe(403);
    expect(await roundState()).toBe('grade.proposed');
    const returned = await (
      await stack.as('qs-supervisor')
    )
      .post(url('/classification/return'))
      .send({ idempotencyKey: 'return-1', reason: '请核实社区得分' });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ from: 'grade.proposed', to: 'grade.collecting' });
    expect(await roundState()).toBe('grade.collecting');
    const [audit] = await stack.db.query<{ reason: string; actor_id: string }>(
      `SELECT reason, actor_id FROM audit_records WHERE action = 'grading-round.returnClassification'`,
    );
    expect(audit).toEqual({ reason: '请核实社区得分', actor_id: 'qs-supervisor' });

    await (
      await stack.as('qs-admin')
    )
      .post(url('/classification/propose'))
      .send({ idempotencyKey: 'propose-3' })
      .expect(200);
    const approved = await (
      await stack.as('qs-supervisor')
    )
      .post(url('/classification/approve'))
      .send({ idempotencyKey: 'approve-1' });
    approvedAt = Date.now();
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ from: 'grade.proposed', to: 'grade.publicity' });
    const repeat = await (
      await stack.as('qs-supervisor')
    )
      .post(url('/classification/approve'))
      .send({ idempotencyKey: 'approve-1' });
    expect(repeat.body).toEqual(approved.body);
    approvedBody = approved.body;
    expect(await roundState()).toBe('grade.publicity');
    const distribution = await (await stack.as('qs-admin')).get(url('/tier-distribution')).expect(200);
    expect(distribution.body.bySector).toEqual([
      {
        sectorCode: 'urban-community',
        branches: 4,
        proposed: { advanced: 0, average: 3, lagging: 1 },
        final: { advanced: 0, average: 0, lagging: 0 },
      },
      {
        sectorCode: 'village',
        branches: 6,
        proposed: { advanced: 3, average: 3, lagging: 0 },
        final: { advanced: 0, average: 0, lagging: 0 },
      },
    ]);
    expect(distribution.body.quotaGroups[0]).toMatchObject({ size: 10, advancedCap: 3, laggingFloor: 1 });
  });

  it('takes objections during publicity; one upheld re-grades, one rejected keeps the tier; tiers final only after the period', async () => {
    const secretaryObjection = await (await stack.as(secretaryOf('QS-T01-C04'))).post(url('/objections')).send({
      organisationId: ids.get('QS-T01-C04'),
      realName: '王建国',
      contact: '13800138000',
      reason: '上级评定漏计了本社区的创建成果',
    });
    expect(secretaryObjection.status).toBe(201);
    const issued = await (
      await stack.as('qs-admin')
    )
      .post(url('/rating-tokens'))
      .send({ purpose: 'objection', count: 1, ttlHours: 1 })
      .expect(201);
    const publicObjection = await http()
      .post(url('/public-objections'))
      .send({
        organisationId: ids.get('QS-T01-V04'),
        realName: '李秀英',
        contact: 'lixiuying@example.com',
        reason: '该村工作业绩突出，应评为先进',
        token: issued.body.tokens[0],
      });
    expect(publicObjection.status).toBe(201);
    const replayed = await http()
      .post(url('/public-objections'))
      .send({
        organisationId: ids.get('QS-T01-V04'),
        realName: '李秀英',
        contact: '13900139000',
        reason: '再次',
        token: issued.body.tokens[0],
      });
    expect(replayed.status).toBe(409);
    const anonymous = await (await stack.as(memberOf('QS-T01-V04'))).post(url('/objections')).send({
      organisationId: ids.get('QS-T01-V04'),
      realName: '匿名',
      contact: 'x',
      reason: 'r',
    });
    expect(anonymous.status).toBe(422);

    const listed = await (await stack.as('qs-admin')).get(url('/objections')).expect(200);
    expect(listed.body.counts).toEqual({ open: 2, upheld: 0, rejected: 0 });
    expect(JSON.stringify(listed.body)).not.toContain('王建国');
    expect(JSON.stringify(listed.body)).not.toContain('13800138000');

    const resolve = async (id: string, body: object) =>
      (await stack.as('qs-supervisor')).post(url(`/objections/${id}/resolve`)).send(body);
    const noCorrection = await resolve(secretaryObjection.body.id, {
      idempotencyKey: 'o1-bad',
      outcome: 'upheld',
      note: '属实',
    });
    expect(noCorrection.status).toBe(422);
    const upheld = await resolve(secretaryObjection.body.id, {
      idempotencyKey: 'o1',
      outcome: 'upheld',
      note: '核实属实，更正上级评定',
      correctedRating: { overall: 100 },
    });
    expect(upheld.status).toBe(200);
    // C04 rises to average; the lagging floor then takes the next lowest, C03.
    expect(upheld.body.objection).toEqual({ id: secretaryObjection.body.id, outcome: 'upheld', changedBranches: 2 });
    const rejected = await resolve(publicObjection.body.id, {
      idempotencyKey: 'o2',
      outcome: 'rejected',
      note: '先进比例已满',
    });
    expect(rejected.status).toBe(200);
    const twice = await resolve(publicObjection.body.id, {
      idempotencyKey: 'o2-again',
      outcome: 'upheld',
      note: 'x',
      correctedRating: { overall: 99 },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('OBJECTION_ALREADY_RESOLVED');

    // Propose, return, propose filled the first run; approve and two resolutions the second: the
    // round has continued as new twice, and a repeated key still gets its first answer.
    const runs = await eventually(
      async () => {
        const found: string[] = [];
        for await (const execution of stack.client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) {
          found.push(execution.runId);
        }
        return found.length >= 3 ? found : undefined;
      },
      { what: 'the round continued as new twice' },
    );
    expect(new Set(runs).size).toBe(runs.length);
    const again = await (
      await stack.as('qs-supervisor')
    )
      .post(url('/classification/approve'))
      .send({ idempotencyKey: 'approve-1' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(approvedBody);

    const tiers = async () =>
      new Map(
        (
          await stack.db.query<{
            code: string;
            proposed_tier: string;
            final_tier: string | null;
            reasons: { cause: string }[];
          }>(
            `SELECT o.code, b.proposed_tier, b.final_tier, b.reasons FROM round_branches b JOIN organisations o ON o.id = b.organisation_id
             WHERE b.round_id = $1`,
            [roundId],
          )
        ).map((r) => [r.code, r]),
      );
    const now = await tiers();
    expect(now.get('QS-T01-C04')).toMatchObject({ proposed_tier: 'average', final_tier: null });
    expect(now.get('QS-T01-C04')!.reasons.map((r) => r.cause)).toEqual(['lagging-floor', 'objection']);
    expect(now.get('QS-T01-C03')).toMatchObject({ proposed_tier: 'lagging', final_tier: null });
    expect(now.get('QS-T01-V04')).toMatchObject({ proposed_tier: 'average', final_tier: null });
    if (Date.now() < approvedAt + PUBLICITY_SECONDS * 1000 - 2000) expect(await roundState()).toBe('grade.publicity');

    await eventually(async () => ((await roundState()) === 'rectify.open' ? true : undefined), {
      timeoutMs: 90_000,
      what: 'the tiers final and rectification open',
    });
    const [finalised] = await stack.db.query<{ occurred_at: string }>(
      `SELECT occurred_at FROM audit_records WHERE action = 'grading-round.finaliseTiers'`,
    );
    const [round] = await stack.db.query<{ publicity_ends_at: Date }>(
      'SELECT publicity_ends_at FROM grading_rounds WHERE id = $1',
      [roundId],
    );
    expect(new Date(finalised!.occurred_at).getTime()).toBeGreaterThanOrEqual(round!.publicity_ends_at.getTime());
    const final = await tiers();
    expect(final.get('QS-T01-C04')!.final_tier).toBe('average');
    expect(final.get('QS-T01-C03')!.final_tier).toBe('lagging');
    expect([...final.values()].filter((t) => t.final_tier === 'advanced')).toHaveLength(3);
    const view = await (await stack.as('qs-admin')).get(url('')).expect(200);
    expect(view.body.state).toBe('rectify.open');
    expect(view.body.progress.grading).toMatchObject({
      final: { advanced: 3, average: 6, lagging: 1 },
      objections: { upheld: 1, rejected: 1 },
    });
  });

  it('tells every branch workflow its final tier with the branchTierFinalised signal', async () => {
    await eventually(
      async () => {
        const rows = await stack.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM round_branches WHERE round_id = $1 AND tier_signalled_at IS NOT NULL',
          [roundId],
        );
        return rows[0]!.n === 10 ? true : undefined;
      },
      { what: 'every branch signalled' },
    );
    for (const code of GRADING_COUNTY_BRANCHES) {
      const history = await stack.client.workflow
        .getHandle(gradingBranchWorkflowId(workflowId, ids.get(code)!))
        .fetchHistory();
      const signals = (history.events ?? [])
        .map((e) => e.workflowExecutionSignaledEventAttributes)
        .filter((a) => a?.signalName === 'branchTierFinalised');
      expect(signals.length).toBeGreaterThanOrEqual(1);
    }
    expect(await stack.client.workflow.getHandle(workflowId).result()).toEqual({ branches: 10 });
    // After the period nothing more is taken: neither objections nor appraisals, nor a late decision.
    const late = await (await stack.as(secretaryOf('QS-T01-V01'))).post(url('/objections')).send({
      organisationId: ids.get('QS-T01-V01'),
      realName: '张伟',
      contact: '13700137000',
      reason: '公示期后提出',
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('OBJECTION_OUTSIDE_PUBLICITY');
    const lateAppraisal = await (
      await stack.as(memberOf('QS-T01-V01'))
    )
      .post(branchUrl('QS-T01-V01', '/appraisals'))
      .send({ overall: 50 });
    expect(lateAppraisal.status).toBe(409);
    expect(lateAppraisal.body.code).toBe('GRADING_APPRAISAL_CLOSED');
    // Someone who may not act on the branch is not told the period is over (issue #22): 403, not 409.
    const neighbour = await stack.as(memberOf('QS-T01-V02'));
    const outsideObjection = await neighbour.post(url('/objections')).send({
      organisationId: ids.get('QS-T01-V01'),
      realName: '张伟',
      contact: '13700137000',
      reason: '不是本支部的人',
    });
    expect(outsideObjection.status).toBe(403);
    const outsideAppraisal = await neighbour.post(branchUrl('QS-T01-V01', '/appraisals')).send({ overall: 50 });
    expect(outsideAppraisal.status).toBe(403);
    const audits = await stack.db.query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_records WHERE action LIKE 'grading-round.%' GROUP BY action ORDER BY action`,
    );
    expect(audits).toEqual(
      expect.arrayContaining([
        { action: 'grading-round.approveClassification', n: 1 },
        { action: 'grading-round.finaliseTiers', n: 1 },
        { action: 'grading-round.openRectification', n: 1 },
        { action: 'grading-round.proposeClassification', n: 2 },
        { action: 'grading-round.resolve-objection', n: 2 },
        { action: 'grading-round.returnClassification', n: 1 },
      ]),
    );
  });
});
