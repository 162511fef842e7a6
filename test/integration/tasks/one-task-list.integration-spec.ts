import { jest } from '@jest/globals';
import { residentIdCheckCharacter } from '@cxzy/domain';
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
import { upload } from '../../support/registry.js';
import { beijingYear, pledgeYear } from '../../support/test-clock.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(300_000);

interface Item {
  id: string;
  source: string;
  kind: string;
  process: { zhCN: string; en: string };
  organisationId: string | null;
  organisationName: string | null;
  step: { zhCN: string; en: string };
  stepKey: string;
  deadlineAt: string | null;
  workingDaysLeft: number | null;
  status: string | null;
  taskId: string | null;
  operations: string[];
  link: string;
}
interface Answer {
  view: string;
  counts: { todo: number; done: number; cc: number; started: number };
  items: Item[];
}

/**
 * Issue 20: one task list for every person. A township supervisor finds the branch's waiting
 * 上级评定 (grading) and a pledge review (approval engine) in 待办 with the right counts, acts on
 * both and finds them in 已办; the unit supervisor copied on the review finds it in 抄送我; the
 * branch secretary who proposed it and submitted the self-assessment finds both in 我发起的; the
 * neighbouring branch's secretary sees none of it, only their own acknowledgement.
 */
describe('GET /my-tasks: one list across processes (real Temporal and PostgreSQL)', () => {
  const stack = useTestStack('one-task-list', { env: () => ({ REMINDER_QUIET_HOURS: '' }) });
  const county = generateCounty('TL', { village: 2 });
  const [own, neighbour] = county.branches.map((b) => b.code) as [string, string];
  const ctx: DriverContext = { as: (u) => stack.as(u), anonymous: () => stack.http(), concurrency: 2 };
  let ids: Map<string, string>;
  let driver: GradingRoundDriver;
  let pledgeId = '';
  let n = 0;
  const key = () => `one-task-list-${++n}`;

  const tasks = async (username: string, view?: string): Promise<Answer> =>
    (
      await (
        await stack.as(username)
      )
        .get('/my-tasks')
        .query(view ? { view } : {})
        .expect(200)
    ).body as Answer;
  const mentionsOwn = (item: Item) =>
    item.organisationId === ids.get(own) || item.link.includes(pledgeId) || item.link.includes(ids.get(own)!);

  beforeAll(async () => {
    const bootstrap = await bootstrapAdministrator(stack.api, county.organisationsCsv);
    ids = await importCounty(ctx, bootstrap, county, await bootstrapSecurityAdministrator(stack.api));
    const first17 = '33010119800101031';
    await upload(
      bootstrap,
      '/members/import',
      'members.csv',
      `id_number,name,organisation_code,category,post,host_organisation_code,pledge_exempt,phone\n${first17 + residentIdCheckCharacter(first17)},周明,${own},regular,,,,`,
    ).expect(200);
    await publishGradingDefinitions(ctx, county, ['village']);
    // The pledge review goes up to the township's supervisor and copies the unit's supervisor.
    const admin = await stack.as(county.administrator);
    const body = (await admin.get('/pipeline-definitions/defaults/pledge/village').expect(200)).body.body as {
      steps: { key: string }[];
    };
    const steps = body.steps.map((s) =>
      s.key === 'review'
        ? {
            ...s,
            actor: { role: 'supervisor', level: 'superior' },
            escalation: [{ level: 'grading-unit', afterDays: 1 }],
            approval: { cc: [{ role: 'supervisor', level: 'grading-unit' }] },
          }
        : s,
    );
    const draft = await admin
      .post('/pipeline-definitions')
      .send({ processKind: 'pledge', sectorCode: 'village', body: { ...body, steps } })
      .expect(201);
    const published = await admin.post(`/pipeline-definitions/${draft.body.id}/publish`).send({});
    expect({ status: published.status, body: published.status === 200 ? null : published.body }).toEqual({
      status: 200,
      body: null,
    });

    driver = await GradingRoundDriver.launch(ctx, county, ids, beijingYear() - 1);
    // The branch acknowledges and assesses itself: the 上级评定 now waits for the township.
    const secretary = await stack.as(secretaryOfBranch(own));
    const branchUrl = `/grading-rounds/${driver.round.id}/branches/${ids.get(own)}`;
    await eventually(
      async () =>
        (await secretary.post(`${branchUrl}/acknowledge`).send({ idempotencyKey: key() })).status === 200
          ? true
          : undefined,
      { what: 'the branch acknowledged', timeoutMs: 120_000 },
    );
    await secretary
      .post(`${branchUrl}/self-assessment`)
      .send({ idempotencyKey: key(), items: driver.itemsAt('village', 0.8) })
      .expect(200);
    const [member] = await stack.db.query<{ id: string }>('SELECT id FROM members');
    pledgeId = (
      await secretary
        .post('/pledges')
        .send({
          kind: 'annual',
          form: 'individual',
          pledgerKind: 'member',
          year: pledgeYear(),
          memberId: member!.id,
          organisationId: ids.get(own),
          items: [{ content: '每月走访困难群众两次' }],
          leads: ['service'],
        })
        .expect(202)
    ).body.pledgeId as string;
  });

  it('待办 of the township supervisor: the 上级评定 and the pledge review, counted, with deadline and operations', async () => {
    const answer = await eventually(
      async () => {
        const a = await tasks(county.supervisor);
        return a.items.some((i) => i.kind === 'approval-task' && i.deadlineAt) ? a : undefined;
      },
      { what: 'the pledge review in the supervisor’s 待办, with its deadline' },
    );
    expect(answer.view).toBe('todo');
    expect(answer.counts).toEqual({ todo: 2, done: 0, cc: 0, started: 0 });
    // The review has a deadline (10 working days) and comes first; the rating has none of its own.
    const [review, rating] = answer.items;
    expect(rating).toMatchObject({
      source: 'grading',
      kind: 'superior-rating',
      process: { zhCN: `${driver.round.year}年度晋位升级`, en: `grading round ${driver.round.year}` },
      organisationId: ids.get(own),
      step: { zhCN: '上级评定', en: 'rate the branch' },
      deadlineAt: null,
      workingDaysLeft: null,
      link: `/grading-rounds/${driver.round.id}/branches/${ids.get(own)}`,
    });
    expect(review).toMatchObject({
      source: 'approval',
      kind: 'approval-task',
      process: { zhCN: '党员承诺践诺' },
      organisationId: ids.get(own),
      stepKey: 'review',
      step: { zhCN: '审核', en: 'Review' },
      status: 'pending',
      link: `/pledges/${pledgeId}`,
    });
    expect(review!.taskId).toMatch(new RegExp(`^${pledgeId}\\.\\d+$`));
    expect(review!.operations).toEqual(expect.arrayContaining(['approve', 'reject', 'transfer', 'return']));
    expect(review!.workingDaysLeft).toBeGreaterThanOrEqual(9);
    expect(review!.workingDaysLeft).toBeLessThanOrEqual(10);
    // The other views are empty and say so.
    expect((await tasks(county.supervisor, 'done')).items).toEqual([]);
  });

  it('抄送我 of the unit supervisor the review step copies', async () => {
    const answer = await eventually(
      async () => {
        const a = await tasks(county.unitSupervisor, 'cc');
        return a.items.length > 0 ? a : undefined;
      },
      { what: 'the copy to the unit supervisor' },
    );
    expect(answer.counts.cc).toBe(1);
    expect(answer.items).toEqual([
      expect.objectContaining({
        kind: 'approval-copy',
        stepKey: 'review',
        link: `/pledges/${pledgeId}`,
        operations: [],
      }),
    ]);
    // A copy is not a task: the unit supervisor's 待办 holds only what the leading line asks of them
    // (the branch's 上级评定, as on /grading-approvals/pending), not the review.
    const todo = await tasks(county.unitSupervisor);
    expect(todo.items.map((i) => i.kind)).toEqual(['superior-rating']);
    expect(todo.counts).toEqual({ todo: 1, done: 0, cc: 1, started: 0 });
  });

  it('我发起的 of the branch secretary: the pledge proposed and the self-assessment submitted', async () => {
    const answer = await tasks(secretaryOfBranch(own), 'started');
    expect(answer.counts.started).toBe(2);
    expect(answer.items.map((i) => [i.kind, i.stepKey, i.link]).sort()).toEqual(
      [
        ['approval-started', 'review', `/pledges/${pledgeId}`],
        ['grading-action', 'self-assessment', `/grading-rounds/${driver.round.id}/branches/${ids.get(own)}`],
      ].sort(),
    );
  });

  it('another branch’s secretary sees none of it, only their own acknowledgement', async () => {
    const secretary = secretaryOfBranch(neighbour);
    const todo = await eventually(
      async () => {
        const a = await tasks(secretary);
        return a.items.length > 0 ? a : undefined;
      },
      { what: 'the neighbour’s acknowledgement step' },
    );
    expect(todo.items).toEqual([
      expect.objectContaining({ source: 'step', stepKey: 'deploy-acknowledge', organisationId: ids.get(neighbour) }),
    ]);
    expect(todo.items[0]!.deadlineAt).toEqual(expect.any(String));
    expect(todo.counts).toEqual({ todo: 1, done: 0, cc: 0, started: 0 });
    for (const view of ['done', 'cc', 'started'])
      expect((await tasks(secretary, view)).items.filter(mentionsOwn)).toEqual([]);
  });

  it('the supervisor acts on both; they leave 待办 and show under 已办', async () => {
    const supervisor = await stack.as(county.supervisor);
    const { items } = await tasks(county.supervisor);
    const review = items.find((i) => i.kind === 'approval-task')!;
    await supervisor
      .post(`/grading-rounds/${driver.round.id}/branches/${ids.get(own)}/superior-rating`)
      .send({ idempotencyKey: key(), overall: 85 })
      .expect(200);
    await supervisor.post(`/approval-tasks/${review.taskId}/approve`).send({ idempotencyKey: key() }).expect(200);

    const after = await eventually(
      async () => {
        const a = await tasks(county.supervisor, 'done');
        return a.counts.done === 2 && a.counts.todo === 0 ? a : undefined;
      },
      { what: 'both decisions under 已办' },
    );
    expect(after.view).toBe('done');
    expect(after.items.map((i) => [i.source, i.stepKey, i.status]).sort()).toEqual(
      [
        ['approval', 'review', 'approved'],
        ['grading', 'superior-rating', 'grade.rated'],
      ].sort(),
    );
    expect((await tasks(county.supervisor)).items).toEqual([]);
  });

  it('refuses an unknown view or a page out of bounds with 400, and a caller without a token with 401', async () => {
    const supervisor = await stack.as(county.supervisor);
    const bad = await supervisor.get('/my-tasks').query({ view: 'everything' }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('view');
    await supervisor.get('/my-tasks').query({ limit: 0 }).expect(400);
    await supervisor.get('/my-tasks').query({ offset: 100_000 }).expect(400);
    await stack.http().get('/my-tasks').expect(401);
  });
});
