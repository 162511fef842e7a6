import { jest } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { bootstrapAdministrator, bootstrapSecurityAdministrator } from '../../support/bootstrap-registry.js';
import { eventually } from '../../support/eventually.js';
import {
  generateCounty,
  GradingRoundDriver,
  importCounty,
  publishGradingDefinitions,
  secretaryOfBranch,
  type DriverContext,
} from '../../support/grading-round-driver.js';
import { testTemporalAddress } from '../../support/temporal.js';
import { useTestStack } from '../../support/test-stack.js';
import { exited, startWorkerProcess } from '../../support/worker-process.js';

jest.setTimeout(420_000);

const SIZES = { village: 8, 'urban-community': 6 };
const BRANCHES = 14;
const GRADING_ENV = {
  REMINDER_QUIET_HOURS: '',
  GRADING_FAN_OUT_BATCH: '4',
  GRADING_PUBLICITY_SECONDS: '8',
  PUBLIC_RATING_RATE_LIMIT_PER_MINUTE: '10000',
};

describe('a grading round whose worker is killed in the middle of the grading step (real Temporal and PostgreSQL)', () => {
  // The API runs here; the worker runs as production runs it, in its own process, so it can be killed.
  const stack = useTestStack('grading-crash', { worker: false, env: () => GRADING_ENV });
  const county = generateCounty('KC', SIZES);
  const ctx: DriverContext = { as: (u) => stack.as(u), anonymous: () => stack.http(), concurrency: 4 };
  const year = new Date().getUTCFullYear() - 3;
  const children: ChildProcess[] = [];
  const startWorker = () => {
    const child = startWorkerProcess({
      ...GRADING_ENV,
      DATABASE_URL: stack.db.url,
      TEMPORAL_ADDRESS: testTemporalAddress(),
      TEMPORAL_TASK_QUEUE: stack.config.TEMPORAL_TASK_QUEUE,
    });
    children.push(child);
    return child;
  };

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await Promise.all(children.map(exited));
  });

  it('finishes the round after a restart: every branch rated, classified, told its tier once, nothing duplicated', async () => {
    const ids = await importCounty(
      ctx,
      await bootstrapAdministrator(stack.api, county.organisationsCsv),
      county,
      await bootstrapSecurityAdministrator(stack.api),
    );
    await publishGradingDefinitions(ctx, county, Object.keys(SIZES));
    const first = startWorker();
    const driver = await GradingRoundDriver.launch(ctx, county, ids, year, { timeoutMs: 180_000 });

    // The branches are being rated (Workflow Updates) when the worker dies outright.
    const rating = driver.rateEveryBranch((b) => 0.6 + (0.38 * county.branches.indexOf(b)) / (BRANCHES - 1));
    await eventually(
      async () => {
        const [row] = await stack.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM round_branches WHERE round_id = $1 AND state <> 'deploy.notified'`,
          [driver.round.id],
        );
        return row!.n >= 3 ? row : undefined;
      },
      { what: 'a few branches on their way', timeoutMs: 120_000 },
    );
    first.kill('SIGKILL');
    await exited(first);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    startWorker();
    // Updates sent while no worker ran are answered once the new worker has replayed the branches.
    await rating;
    expect((await driver.progress()).progress.byState).toEqual({ 'grade.rated': BRANCHES });

    await driver.proposeAndApprove();
    const done = await driver.waitForRectification(180_000);
    expect(done.progress.branches).toBe(BRANCHES);

    // Nothing lost: one rating of each kind per branch, one tier per branch.
    const ratings = await stack.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_records WHERE action = 'grading-branch.submitSuperiorRating'`,
    );
    expect(ratings).toEqual([{ n: BRANCHES }]);
    const finals = await stack.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM round_branches WHERE round_id = $1 AND final_tier IS NOT NULL',
      [driver.round.id],
    );
    expect(finals).toEqual([{ n: BRANCHES }]);
    // No duplicate notice: one row per idempotency key (the constraint), and per recipient and title.
    const duplicates = await stack.db.query(
      `SELECT recipient, title_zh_cn, count(*)::int AS n FROM inbox_notices
       GROUP BY recipient, title_zh_cn HAVING count(*) > 1`,
    );
    expect(duplicates).toEqual([]);
    const perKey = await stack.db.query(
      'SELECT idempotency_key FROM inbox_notices GROUP BY idempotency_key HAVING count(*) > 1',
    );
    expect(perKey).toEqual([]);
    // And nothing missing: each secretary gets the deploy notice and, once told the tier, the rectification notice.
    const perSecretary = await eventually(
      async () => {
        const rows = await stack.db.query<{ recipient: string; n: number }>(
          `SELECT recipient, count(*)::int AS n FROM inbox_notices WHERE recipient LIKE '%-secretary'
           GROUP BY recipient ORDER BY recipient`,
        );
        return rows.length === BRANCHES && rows.every((r) => r.n >= 2) ? rows : undefined;
      },
      { what: 'every secretary notified twice', timeoutMs: 60_000 },
    );
    expect(perSecretary).toHaveLength(BRANCHES);
    const titles = await stack.db.query<{ title_zh_cn: string }>(
      'SELECT title_zh_cn FROM inbox_notices WHERE recipient = $1 ORDER BY created_at',
      [secretaryOfBranch(county.branches[0]!.code)],
    );
    expect(titles.some((t) => t.title_zh_cn.includes('整改提高'))).toBe(true);
    // Still no notice twice once everything has arrived.
    expect(
      await stack.db.query(
        `SELECT recipient, title_zh_cn FROM inbox_notices GROUP BY recipient, title_zh_cn HAVING count(*) > 1`,
      ),
    ).toEqual([]);
  });
});
