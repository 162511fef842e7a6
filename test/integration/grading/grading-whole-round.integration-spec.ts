import { jest } from '@jest/globals';
import { bootstrapAdministrator, bootstrapSecurityAdministrator } from '../../support/bootstrap-registry.js';
import { eventually } from '../../support/eventually.js';
import {
  generateCounty,
  GradingRoundDriver,
  importCounty,
  publishGradingDefinitions,
  type DriverContext,
} from '../../support/grading-round-driver.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(600_000);

const SIZES = { village: 12, 'urban-community': 10, agency: 10 };
const BRANCHES = Object.values(SIZES).reduce((a, b) => a + b, 0);

interface Distribution {
  bySector: { sectorCode: string; proposed: Record<string, number>; final: Record<string, number> }[];
  quotaGroups: {
    key: string;
    sectorCodes: string[];
    advancedCap: number;
    laggingFloor: number;
    laggingQuotaApplies: boolean;
  }[];
}

/** Every quota group's advanced count within its cap and its lagging count at least its floor. */
function expectQuotasHold(distribution: Distribution, which: 'proposed' | 'final') {
  expect(distribution.quotaGroups.length).toBeGreaterThan(0);
  for (const group of distribution.quotaGroups) {
    const sectors = distribution.bySector.filter((s) => group.sectorCodes.includes(s.sectorCode));
    const count = (tier: string) => sectors.reduce((sum, s) => sum + (s[which][tier] ?? 0), 0);
    expect(count('advanced')).toBeLessThanOrEqual(group.advancedCap);
    if (group.laggingQuotaApplies) expect(count('lagging')).toBeGreaterThanOrEqual(group.laggingFloor);
    expect(count('advanced') + count('average') + count('lagging')).toBe(
      sectors.reduce((sum, s) => sum + Object.values(s[which]).reduce((a, b) => a + b, 0), 0),
    );
  }
}

describe(`a whole grading round, ${BRANCHES} branches in three sectors, driven through the API (real Temporal and PostgreSQL)`, () => {
  const stack = useTestStack('grading-whole-round', {
    env: () => ({
      REMINDER_QUIET_HOURS: '',
      GRADING_FAN_OUT_BATCH: '8',
      GRADING_PUBLICITY_SECONDS: '12',
      GRADING_PROGRESS_MONTH_SECONDS: '2',
      GRADING_ACCEPTANCE_RECHECK_SECONDS: '2',
      PUBLIC_RATING_RATE_LIMIT_PER_MINUTE: '10000',
    }),
  });
  const county = generateCounty('WR', SIZES);
  const ctx: DriverContext = {
    as: (username) => stack.as(username),
    anonymous: () => stack.http(),
    concurrency: 6,
  };
  // Two consecutive years, both outside their deploy windows (launched with a reason).
  const year = new Date().getUTCFullYear() - 3;
  let ids: Map<string, string>;
  let first: GradingRoundDriver;
  let second: GradingRoundDriver;
  const ordered = [...county.branches].sort((a, b) => a.code.localeCompare(b.code));
  // Spread scores 60…98 across the county, interleaving the sectors.
  const ratioOf = (code: string) => 0.6 + (0.38 * ordered.findIndex((b) => b.code === code)) / (ordered.length - 1);
  const lowest = ordered.reduce((low, b) => (ratioOf(b.code) < ratioOf(low.code) ? b : low)).code;
  const returned = ordered[1]!.code;

  const distribution = async (driver: GradingRoundDriver) =>
    (
      await (
        await stack.as(county.administrator)
      )
        .get(`/grading-rounds/${driver.round.id}/tier-distribution`)
        .expect(200)
    ).body as Distribution;

  beforeAll(async () => {
    ids = await importCounty(
      ctx,
      await bootstrapAdministrator(stack.api, county.organisationsCsv),
      county,
      await bootstrapSecurityAdministrator(stack.api),
    );
    await publishGradingDefinitions(ctx, county, Object.keys(SIZES));
  });

  it('launches, rates every branch as its users, proposes within the quotas and opens publicity', async () => {
    first = await GradingRoundDriver.launch(ctx, county, ids, year);
    expect(Object.keys(first.round.definitionIds).sort()).toEqual(['agency', 'urban-community', 'village']);
    await first.rateEveryBranch((b) => ratioOf(b.code));
    expect((await first.progress()).progress.byState).toEqual({ 'grade.rated': BRANCHES });
    const { publicityEndsAt } = await first.proposeAndApprove();
    expect(Date.parse(publicityEndsAt)).toBeGreaterThan(Date.now());
    expectQuotasHold(await distribution(first), 'proposed');
  });

  it('upholds an objection during publicity: the branch is re-graded', async () => {
    const { changedBranches } = await first.objectAndUphold(lowest, 100);
    expect(changedBranches).toBeGreaterThanOrEqual(1);
    const [row] = await stack.db.query<{ reasons: { cause: string }[] }>(
      'SELECT reasons FROM round_branches WHERE round_id = $1 AND organisation_id = $2',
      [first.round.id, ids.get(lowest)],
    );
    expect(row!.reasons.map((r) => r.cause)).toContain('objection');
  });

  it('finalises after publicity within the quotas; every branch is told its tier and is due to file its plan', async () => {
    await first.waitForRectification();
    const final = await distribution(first);
    expectQuotasHold(final, 'final');
    const finalCount = final.bySector.reduce((sum, s) => sum + Object.values(s.final).reduce((a, b) => a + b, 0), 0);
    expect(finalCount).toBe(BRANCHES);
  });

  it('the next year’s round may not finalise while this year’s acceptances are missing, and says why', async () => {
    second = await GradingRoundDriver.launch(ctx, county, ids, year + 1);
    await second.rateEveryBranch((b) => 1.58 - ratioOf(b.code));
    const { publicityEndsAt } = await second.proposeAndApprove();
    const waiting = await eventually(
      async () => {
        if (Date.now() < Date.parse(publicityEndsAt)) return undefined;
        const view = await second.progress();
        return view.progress.grading.waitingFor ? view : undefined;
      },
      { what: 'publicity over, the round waiting', timeoutMs: 60_000 },
    );
    expect(waiting.state).toBe('grade.publicity');
    expect(waiting.progress.grading.waitingFor).toMatchObject({ reason: 'previous-round-acceptance', count: BRANCHES });
    expect(waiting.progress.grading.waitingFor!.message.zhCN).toContain(`${year} 年度`);
    expect(waiting.previousRound).toMatchObject({ year, branches: BRANCHES, passed: 0, mayFinalise: false });
    // Several re-checks later it is still waiting: nothing is final.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect((await second.progress()).state).toBe('grade.publicity');
    const finalised = await stack.db.query(
      `SELECT 1 FROM audit_records WHERE action = 'grading-round.finaliseTiers' AND object_id = $1`,
      [second.round.id],
    );
    expect(finalised).toEqual([]);
  });

  it('rectifies and accepts every branch (a returned plan filed again); the next round then sees it and finalises', async () => {
    await first.rectifyAndAccept({ returnOnce: [returned] });
    expect((await first.progress()).progress.byState).toEqual({ 'accept.done': BRANCHES });
    const reviews = await stack.db.query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_records
       WHERE action IN ('grading-branch.returnPlan', 'grading-branch.submitPlan') AND object_id LIKE $1
       GROUP BY action ORDER BY action`,
      [`%${ids.get(returned)}%`],
    );
    expect(reviews).toEqual(
      expect.arrayContaining([
        { action: 'grading-branch.returnPlan', n: 1 },
        { action: 'grading-branch.submitPlan', n: 2 },
      ]),
    );
    const accepted = await stack.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM grading_acceptances WHERE round_id = $1 AND passed',
      [first.round.id],
    );
    expect(accepted).toEqual([{ n: BRANCHES }]);

    const next = await second.progress();
    expect(next.previousRound).toMatchObject({
      year,
      branches: BRANCHES,
      passed: BRANCHES,
      missing: [],
      mayFinalise: true,
    });
    // The gate opens: the waiting round finalises on its next look.
    await second.waitForRectification(120_000);
    expect((await second.progress()).progress.grading.waitingFor).toBeNull();
    expectQuotasHold(await distribution(second), 'final');
  });
});
