import { jest } from '@jest/globals';
import { bootstrapAdministrator, bootstrapSecurityAdministrator } from '../../support/bootstrap-registry.js';
import {
  generateCounty,
  GradingRoundDriver,
  importCounty,
  memberOfBranch,
  publishGradingDefinitions,
  secretaryOfBranch,
  type DriverContext,
} from '../../support/grading-round-driver.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(300_000);

/**
 * Issue #22, finding 2: a round's unit-wide results (every branch's score, rank and tier, the tier
 * distribution, the objections) are for the grading unit's administrators and supervisors; a
 * branch's rectification for those who may act on that branch. Everyone else — of another grading
 * unit, or of another branch — gets 403 with the rule's code, and nothing is written.
 */
describe('who reads a grading round’s results and a branch’s rectification (real Temporal and PostgreSQL)', () => {
  const stack = useTestStack('grading-read-scope', {
    env: () => ({
      REMINDER_QUIET_HOURS: '',
      GRADING_PUBLICITY_SECONDS: '20',
      PUBLIC_RATING_RATE_LIMIT_PER_MINUTE: '10000',
    }),
  });
  // The county whose round is read, and a neighbouring county whose people must not read it.
  const county = generateCounty('SA', { village: 3 });
  const other = generateCounty('SB', { village: 1 });
  const [own, sibling] = county.branches.map((b) => b.code) as [string, string];
  const otherBranch = other.branches[0]!.code;
  const ctx: DriverContext = { as: (u) => stack.as(u), anonymous: () => stack.http(), concurrency: 3 };
  let ids: Map<string, string>;
  let otherIds: Map<string, string>;
  let driver: GradingRoundDriver;

  const roundUrl = (path: string) => `/grading-rounds/${driver.round.id}${path}`;
  const rectificationUrl = (code: string, orgIds = ids) => roundUrl(`/branches/${orgIds.get(code)}/rectification`);
  /** The answer to `username` asking for `url`; with `status`, it must be that (named in the failure). */
  const get = async (username: string, url: string, status?: number) => {
    const response = await (await stack.as(username)).get(url);
    if (status !== undefined) expect({ username, url, status: response.status }).toEqual({ username, url, status });
    return response;
  };
  const auditCount = async () =>
    (await stack.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_records'))[0]!.n;
  const branchStates = () =>
    stack.db.query('SELECT organisation_id, state, final_tier FROM round_branches WHERE round_id = $1 ORDER BY 1', [
      driver.round.id,
    ]);

  /** Asks each user for `url`; every answer must be 403 with `code`; nothing may be written meanwhile. */
  const expectRefused = async (usernames: readonly string[], url: string, code: string) => {
    const audit = await auditCount();
    const states = await branchStates();
    for (const username of usernames) {
      const response = await get(username, url);
      expect({ username, url, status: response.status, code: response.body.code }).toEqual({
        username,
        url,
        status: 403,
        code,
      });
      expect(response.body.messageZhCN).toEqual(expect.any(String));
      expect(response.body.messageEn).toEqual(expect.any(String));
      for (const leaked of ['branches', 'bySector', 'objections', 'planRequirements', 'finalTier'])
        expect(response.body).not.toHaveProperty(leaked);
    }
    // A refused read changes nothing and, like every refused read, writes no audit record (docs/security.md).
    expect(await auditCount()).toBe(audit);
    expect(await branchStates()).toEqual(states);
  };

  beforeAll(async () => {
    // Each county's grading unit bootstrapped as admin:create would (ADR 0019), then imported by its administrator.
    ids = await importCounty(
      ctx,
      await bootstrapAdministrator(stack.api, county.organisationsCsv),
      county,
      await bootstrapSecurityAdministrator(stack.api),
    );
    otherIds = await importCounty(
      ctx,
      await bootstrapAdministrator(stack.api, other.organisationsCsv, 'other-bootstrap-admin'),
      other,
      await bootstrapSecurityAdministrator(stack.api, 'other-bootstrap-admin'),
    );
    await publishGradingDefinitions(ctx, county, ['village']);
    driver = await GradingRoundDriver.launch(ctx, county, ids, new Date().getUTCFullYear() - 1);
    await driver.rateEveryBranch(() => 0.8);
    await driver.proposeAndApprove();
  });

  const ROUND_READS = ['/classification', '/tier-distribution', '/objections'];

  it('gives the unit-wide results (scores, ranks, tiers, objections) to the unit’s administrator and supervisor', async () => {
    for (const username of [county.administrator, county.unitSupervisor]) {
      const list = await get(username, roundUrl('/classification'), 200);
      expect(list.body.branches).toHaveLength(county.branches.length);
      const distribution = await get(username, roundUrl('/tier-distribution'), 200);
      expect(distribution.body.bySector).toEqual([expect.objectContaining({ sectorCode: 'village', branches: 3 })]);
      const objections = await get(username, roundUrl('/objections'), 200);
      expect(objections.body.counts).toEqual({ open: 0, upheld: 0, rejected: 0 });
    }
  });

  it('refuses them with 403 to another unit’s administrator, supervisors, secretary and member, and to the unit’s own township supervisor, secretaries and members', async () => {
    const outsiders = [
      other.administrator,
      other.unitSupervisor,
      other.supervisor,
      secretaryOfBranch(otherBranch),
      memberOfBranch(otherBranch),
      county.supervisor,
      secretaryOfBranch(own),
      memberOfBranch(own),
    ];
    for (const path of ROUND_READS) await expectRefused(outsiders, roundUrl(path), 'GRADING_RESULTS_OUT_OF_SCOPE');
  });

  it('gives a branch’s rectification to its secretary and member, the supervisors on its leading line and the unit’s administrator', async () => {
    await driver.waitForRectification();
    for (const username of [
      secretaryOfBranch(own),
      memberOfBranch(own),
      county.supervisor,
      county.unitSupervisor,
      county.administrator,
    ]) {
      const view = await get(username, rectificationUrl(own), 200);
      expect(view.body).toMatchObject({ organisationId: ids.get(own), state: 'rectify.plan-due' });
    }
  });

  it('refuses it with 403 to another branch’s secretary and member and to every role of another unit', async () => {
    await expectRefused(
      [
        secretaryOfBranch(sibling),
        memberOfBranch(sibling),
        other.administrator,
        other.unitSupervisor,
        other.supervisor,
        secretaryOfBranch(otherBranch),
        memberOfBranch(otherBranch),
      ],
      rectificationUrl(own),
      'ROLE_REQUIRED',
    );
    // Their own branch is not in this round: 404, which tells them nothing about the round's branches.
    const mine = await get(secretaryOfBranch(otherBranch), rectificationUrl(otherBranch, otherIds), 404);
    expect(mine.body.code).toBe('GRADING_BRANCH_NOT_IN_ROUND');
  });
});
