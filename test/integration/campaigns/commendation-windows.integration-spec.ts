import { jest } from '@jest/globals';
import { commendationWorkflowId } from '@cxzy/contracts';
import { eventually } from '../../support/eventually.js';
import { idOf } from '../../support/registry.js';
import { useTestStack } from '../../support/test-stack.js';
import { residentIdNumber, setUpWindowCounty } from '../../support/window-county.js';

jest.setTimeout(240_000);

const WINDOW_MEMBERS = [
  {
    idNumber: residentIdNumber('33010119800101041'),
    name: '冯窗口',
    organisationCode: 'QS-T01-W01',
    post: '综合受理岗',
  },
];
/** Each window lasts this long here instead of its working days. */
const WINDOW_SECONDS = 6;

describe('学习先进: the 考察 and 公示 windows close by themselves (durable timers)', () => {
  const stack = useTestStack('commendation-windows', {
    env: () => ({ COMMENDATION_WINDOW_SECONDS: String(WINDOW_SECONDS) }),
  });
  let unitId = '';
  let w01 = '';
  let member = '';

  beforeAll(async () => {
    const county = await setUpWindowCounty(stack.api, stack.db, {
      members: WINDOW_MEMBERS,
      users: [
        ['qs-admin', 'administrator', 'QS'],
        ['qs-supervisor', 'supervisor', 'QS'],
        ['w01-secretary', 'branch-secretary', 'QS-T01-W01'],
        ['w01-member', 'member', 'QS-T01-W01'],
      ],
      publish: { processKind: 'commendation', sectorCode: 'agency' },
    });
    const admin = await stack.as('qs-admin');
    unitId = await idOf(admin, 'QS');
    w01 = await idOf(admin, 'QS-T01-W01');
    member = county.memberIds[0]!;
  });

  it('moves the round on when a window runs out, and leaves 公示 open while an objection is', async () => {
    const admin = await stack.as('qs-admin');
    const secretary = await stack.as('w01-secretary');
    const { roundId } = (
      await admin
        .post('/commendations')
        .send({ gradingUnitId: unitId, title: '2027年七一表彰', year: 2027 })
        .expect(201)
    ).body as { roundId: string };
    const nominationId = (
      await secretary
        .post(`/commendations/${roundId}/nominations`)
        .send({ nomineeKind: 'member', nomineeId: member, organisationId: w01, reason: '窗口服务群众满意率第一' })
        .expect(201)
    ).body.nominationId as string;
    const round = async () =>
      (await admin.get(`/commendations/${roundId}`).expect(200)).body as { phase: string; windowEndsAt: string | null };

    // 推荐 is closed by the administrator; 考察 opens with its window.
    await admin.post(`/commendations/${roundId}/advance`).send({ to: 'vet' }).expect(200);
    const vetting = await round();
    expect(vetting.phase).toBe('vet');
    expect(Date.parse(vetting.windowEndsAt!)).toBeGreaterThan(Date.now());
    await (
      await stack.as('w01-member')
    )
      .post(`/nominations/${nominationId}/opinions`)
      .send({ stance: 'support' })
      .expect(201);

    // Nobody closes it: the workflow does, as the system, and 公示 opens.
    await eventually(async () => ((await round()).phase === 'publicise' ? true : undefined), {
      what: 'the vetting window closed by its timer',
      timeoutMs: 60_000,
    });
    const moves = await stack.db.query<{ action: string; actor_id: string }>(
      `SELECT action, actor_id FROM audit_records WHERE object_id = $1 AND action LIKE 'commendation.%' ORDER BY seq`,
      [roundId],
    );
    expect(moves.filter((m) => m.action === 'commendation.publicise')).toEqual([
      { action: 'commendation.publicise', actor_id: 'system:commendation-window' },
    ]);

    // An objection is open when 公示 runs out: the round waits for the administrator.
    const objectionId = (
      await secretary.post(`/nominations/${nominationId}/objections`).send({ reason: '事迹需核实' }).expect(201)
    ).body.objectionId as string;
    const publicity = await round();
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, Date.parse(publicity.windowEndsAt!) - Date.now()) + 3000),
    );
    expect((await round()).phase).toBe('publicise');

    // Once it is resolved the administrator closes 公示; the decision goes to the approval engine.
    await admin.post(`/commendations/${roundId}/objections/${objectionId}/resolve`).send({ uphold: false }).expect(200);
    const decided = (await admin.post(`/commendations/${roundId}/advance`).send({ to: 'decide' }).expect(200)).body as {
      phase: string;
      approval: { processId: string } | null;
    };
    expect(decided.phase).toBe('decide');
    const processId = decided.approval!.processId;

    // The supervisor approves: the round ends commended.
    const task = await eventually(async () => {
      const rows = await stack.db.query<{ id: string }>(
        `SELECT id FROM approval_tasks WHERE process_id = $1 AND actionable`,
        [processId],
      );
      return rows[0];
    });
    await (
      await stack.as('qs-supervisor')
    )
      .post(`/approval-tasks/${task.id}/approve`)
      .send({ idempotencyKey: 'approve-1', comment: { text: '同意表彰', attachments: [] } })
      .expect(200);
    const handle = stack.client.workflow.getHandle(commendationWorkflowId(roundId));
    expect(await handle.result()).toEqual({ phase: 'commended', approvalProcessId: processId });
  });
});
