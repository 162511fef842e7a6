import { T0, apply, codeOf, ctx, ok, plan, reason, start, taskOf } from './approval-test-helpers.js';
import { applyApprovalOperation } from './apply-approval-operation.js';
import { currentTasks } from './approval-state.js';
import { checkDeputyRange, routeToDeputy } from './deputy.js';

const LATER = '2026-12-01T02:00:01.000Z';

describe('转办 transfer', () => {
  it('moves the task to the new holder; the original loses it', () => {
    let state = start([plan('s1', ['a', 'b'])]).state;
    const id = taskOf(state, 'a');
    const moved = apply(state, { kind: 'transfer', taskId: id, to: 'x' }, 'a');
    expect(moved.effects).toContainEqual({ kind: 'task-assigned', taskId: id, userId: 'x', deputyFor: null });
    state = moved.state;
    expect(codeOf(() => apply(state, { kind: 'approve', taskId: id }, 'a'))).toBe('APPROVAL_NOT_ASSIGNEE');
    expect(codeOf(() => apply(state, { kind: 'transfer', taskId: id, to: 'b' }, 'x'))).toBe('APPROVAL_ALREADY_SIGNER');
    expect(codeOf(() => apply(state, { kind: 'transfer', taskId: id, to: 'x' }, 'x'))).toBe('APPROVAL_TARGET_SELF');
    state = ok(state, { kind: 'approve', taskId: id }, 'x');
    expect(state.history.at(-1)).toMatchObject({ action: 'approve', actor: 'x', taskId: id });
  });
});

describe('委派 delegate', () => {
  it('the delegate works and gives it back; only then the holder decides', () => {
    let state = start([plan('s1', ['a'])]).state;
    const id = taskOf(state, 'a');
    state = ok(state, { kind: 'delegate', taskId: id, to: 'd' }, 'a');
    expect(codeOf(() => apply(state, { kind: 'approve', taskId: id }, 'a'))).toBe('APPROVAL_DELEGATION_PENDING');
    expect(codeOf(() => apply(state, { kind: 'approve', taskId: id }, 'd'))).toBe('APPROVAL_NOT_ASSIGNEE');
    expect(codeOf(() => apply(state, { kind: 'resolve-delegation', taskId: id }, 'a'))).toBe('APPROVAL_NOT_DELEGATE');
    const back = apply(state, { kind: 'resolve-delegation', taskId: id, comment: reason('已核实') }, 'd');
    expect(back.effects).toContainEqual({ kind: 'task-assigned', taskId: id, userId: 'a', deputyFor: null });
    state = ok(back.state, { kind: 'approve', taskId: id }, 'a');
    expect(state.status).toBe('approved');
  });
});

describe('加签 / 减签', () => {
  it('前加签: the added signer decides first; the adder waits', () => {
    let state = start([plan('s1', ['a'])]).state;
    const mine = taskOf(state, 'a');
    state = ok(state, { kind: 'add-signer', taskId: mine, signer: 'n', position: 'before' }, 'a');
    expect(codeOf(() => apply(state, { kind: 'approve', taskId: mine }, 'a'))).toBe('APPROVAL_TASK_WAITING');
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'n') }, 'n');
    expect(state.status).toBe('running');
    state = ok(state, { kind: 'approve', taskId: mine }, 'a');
    expect(state.status).toBe('approved');
  });

  it('后加签 under 或签: the adder’s approval waits for the added signer before it counts', () => {
    let state = start([plan('s1', ['a', 'b'], { kind: 'one' })]).state;
    const mine = taskOf(state, 'a');
    state = ok(state, { kind: 'add-signer', taskId: mine, signer: 'n', position: 'after' }, 'a');
    state = ok(state, { kind: 'approve', taskId: mine }, 'a');
    expect(state.status).toBe('running');
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'n') }, 'n');
    expect(state.status).toBe('approved');
  });

  it('后加签 in 依次审批 puts the new signer between the adder and the next', () => {
    let state = start([plan('s1', ['a', 'b'], { kind: 'sequential' })]).state;
    state = ok(state, { kind: 'add-signer', taskId: taskOf(state, 'a'), signer: 'n', position: 'after' }, 'a');
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'a') }, 'a');
    expect(codeOf(() => apply(state, { kind: 'approve', taskId: taskOf(state, 'b') }, 'b'))).toBe(
      'APPROVAL_TASK_WAITING',
    );
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'n') }, 'n');
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'b') }, 'b');
    expect(state.status).toBe('approved');
  });

  it('refuses positions and counts the definition does not allow, and existing signers', () => {
    const state = start([
      plan('s1', ['a', 'b'], { kind: 'all' }, { addSigner: ['parallel'], maxAddedSigners: 1 }),
    ]).state;
    const mine = taskOf(state, 'a');
    expect(codeOf(() => apply(state, { kind: 'add-signer', taskId: mine, signer: 'n', position: 'before' }, 'a'))).toBe(
      'APPROVAL_ADD_SIGNER_NOT_ALLOWED',
    );
    expect(
      codeOf(() => apply(state, { kind: 'add-signer', taskId: mine, signer: 'b', position: 'parallel' }, 'a')),
    ).toBe('APPROVAL_ALREADY_SIGNER');
    const once = ok(state, { kind: 'add-signer', taskId: mine, signer: 'n', position: 'parallel' }, 'a');
    expect(
      codeOf(() => apply(once, { kind: 'add-signer', taskId: mine, signer: 'm', position: 'parallel' }, 'a')),
    ).toBe('APPROVAL_ADD_SIGNER_LIMIT');
  });

  it('减签: the adder removes their own added signer; definition signers only when allowed and the quorum stays reachable', () => {
    let state = start([plan('s1', ['a', 'b'])]).state;
    state = ok(state, { kind: 'add-signer', taskId: taskOf(state, 'a'), signer: 'n', position: 'parallel' }, 'a');
    const added = taskOf(state, 'n');
    expect(codeOf(() => apply(state, { kind: 'remove-signer', taskId: added }, 'b'))).toBe(
      'APPROVAL_REMOVE_SIGNER_NOT_ALLOWED',
    );
    expect(codeOf(() => apply(state, { kind: 'remove-signer', taskId: taskOf(state, 'b') }, 'a'))).toBe(
      'APPROVAL_REMOVE_SIGNER_NOT_ALLOWED',
    );
    state = ok(state, { kind: 'remove-signer', taskId: added }, 'a');
    expect(currentTasks(state).find((t) => t.id === added)?.status).toBe('removed');

    const allowed = start([
      plan('s1', ['a', 'b', 'c'], { kind: 'n-of-m', n: 2, m: 3 }, { removeDefinitionSigners: true }),
    ]).state;
    const fewer = ok(allowed, { kind: 'remove-signer', taskId: taskOf(allowed, 'c') }, 'a');
    expect(codeOf(() => apply(fewer, { kind: 'remove-signer', taskId: taskOf(fewer, 'b') }, 'a'))).toBe(
      'APPROVAL_QUORUM_UNREACHABLE',
    );
  });

  it('减签 of the last undecided signer of a 会签 step completes it', () => {
    let state = start([plan('s1', ['a', 'b'], { kind: 'all' }, { removeDefinitionSigners: true })]).state;
    state = ok(state, { kind: 'add-signer', taskId: taskOf(state, 'a'), signer: 'n', position: 'parallel' }, 'a');
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'a') }, 'a');
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'b') }, 'b');
    expect(state.status).toBe('running');
    state = ok(state, { kind: 'remove-signer', taskId: taskOf(state, 'n') }, 'a');
    expect(state.status).toBe('approved');
  });
});

describe('驳回 / 退回 return', () => {
  const steps = () => [
    plan('s1', ['a']),
    plan('s2', ['b', 'c', 'd'], { kind: 'all' }),
    plan('s3', ['e', 'f'], { kind: 'all' }),
  ];

  it('from step 3 to step 1 across a 会签 step: discards every approval in between and re-opens step 1 afresh', () => {
    let state = start(steps()).state;
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'a') }, 'a');
    for (const u of ['b', 'c', 'd']) state = ok(state, { kind: 'approve', taskId: taskOf(state, u) }, u);
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'e') }, 'e');
    const id = taskOf(state, 'f');
    expect(codeOf(() => apply(state, { kind: 'return', taskId: id, toStep: 's1' }, 'f'))).toBe(
      'APPROVAL_REASON_REQUIRED',
    );
    expect(codeOf(() => apply(state, { kind: 'return', taskId: id, toStep: 's3', comment: reason('x') }, 'f'))).toBe(
      'APPROVAL_RETURN_TARGET_INVALID',
    );
    const back = apply(state, { kind: 'return', taskId: id, toStep: 's1', comment: reason('数据有误') }, 'f');
    state = back.state;
    expect(back.effects).toEqual(
      expect.arrayContaining([
        { kind: 'step-closed', stepKey: 's3', generation: 0 },
        { kind: 'step-opened', stepKey: 's1', generation: 1 },
      ]),
    );
    expect(state.currentStep).toBe(0);
    expect(
      state.tasks.filter((t) => t.generation === 0).every((t) => t.status === 'discarded' || t.status === 'cancelled'),
    ).toBe(true);
    // Step 2 opens again as a new generation with every signer undecided.
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'a') }, 'a');
    expect(currentTasks(state).map((t) => [t.assignee, t.status, t.generation])).toEqual([
      ['b', 'pending', 1],
      ['c', 'pending', 1],
      ['d', 'pending', 1],
    ]);
  });

  it('while one signer of a 会签 step already approved: the approval does not survive the return', () => {
    let state = start(steps()).state;
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'a') }, 'a');
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'b') }, 'b');
    const approvedId = state.tasks.find((t) => t.assignee === 'b')?.id;
    state = ok(state, { kind: 'return', taskId: taskOf(state, 'c'), toStep: 's1', comment: reason('退回') }, 'c');
    expect(state.tasks.find((t) => t.id === approvedId)?.status).toBe('discarded');
    expect(state.history.some((h) => h.action === 'approve' && h.taskId === approvedId)).toBe(true);
  });
});

describe('撤回 withdraw', () => {
  it('only the submitter, only before anyone acted', () => {
    const state = start([plan('s1', ['a', 'b'])]).state;
    expect(codeOf(() => apply(state, { kind: 'withdraw' }, 'a'))).toBe('APPROVAL_NOT_SUBMITTER');
    const withdrawn = apply(state, { kind: 'withdraw' }, 'sub');
    expect(withdrawn.state.status).toBe('withdrawn');
    expect(withdrawn.state.tasks.every((t) => t.status === 'cancelled')).toBe(true);
    expect(withdrawn.effects).toContainEqual({ kind: 'finished', status: 'withdrawn' });
    const acted = ok(state, { kind: 'approve', taskId: taskOf(state, 'a') }, 'a');
    expect(codeOf(() => apply(acted, { kind: 'withdraw' }, 'sub'))).toBe('APPROVAL_ALREADY_ACTED');
    expect(codeOf(() => apply(withdrawn.state, { kind: 'withdraw' }, 'sub'))).toBe('APPROVAL_NOT_RUNNING');
  });
});

describe('催办 urge', () => {
  it('submitter or supervisor, rate-limited per task, counted and in the history', () => {
    let state = start([plan('s1', ['a'], { kind: 'one' }, { urgeIntervalMinutes: 60 })]).state;
    const id = taskOf(state, 'a');
    expect(codeOf(() => apply(state, { kind: 'urge', taskId: id }, 'a'))).toBe('APPROVAL_URGE_FORBIDDEN');
    const first = apply(state, { kind: 'urge', taskId: id }, 'sub');
    expect(first.effects).toContainEqual({ kind: 'urged', taskId: id, userIds: ['a'] });
    state = first.state;
    expect(codeOf(() => apply(state, { kind: 'urge', taskId: id }, 'boss', '2026-12-01T01:59:59.000Z'))).toBe(
      'APPROVAL_URGE_TOO_SOON',
    );
    state = ok(state, { kind: 'urge', taskId: id }, 'boss', LATER);
    expect(currentTasks(state)[0]?.urgeCount).toBe(2);
    expect(state.history.filter((h) => h.action === 'urge').map((h) => h.actor)).toEqual(['sub', 'boss']);
  });
});

describe('抄送 CC and comments', () => {
  it('participants copy people once; copies from the definition come when the step opens', () => {
    const opened = start([plan('s1', ['a'], { kind: 'one' }, {}, ['cc1'])]);
    expect(opened.effects).toContainEqual({ kind: 'copied', stepKey: 's1', userIds: ['cc1'] });
    const state = opened.state;
    expect(codeOf(() => apply(state, { kind: 'cc', userIds: ['z'] }, 'stranger'))).toBe('APPROVAL_NOT_PARTICIPANT');
    expect(codeOf(() => apply(state, { kind: 'cc', userIds: [] }, 'a'))).toBe('APPROVAL_CC_INVALID');
    expect(codeOf(() => apply(state, { kind: 'cc', userIds: ['cc1'] }, 'a'))).toBe('APPROVAL_CC_ALREADY');
    const copied = apply(state, { kind: 'cc', userIds: ['cc1', 'z'] }, 'a');
    expect(copied.effects).toContainEqual({ kind: 'copied', stepKey: 's1', userIds: ['z'] });
    // A copied person reads but cannot act.
    expect(codeOf(() => apply(copied.state, { kind: 'approve', taskId: taskOf(state, 'a') }, 'z'))).toBe(
      'APPROVAL_NOT_ASSIGNEE',
    );
  });

  it('typed comments: text required on its own, attachments checked', () => {
    const state = start([plan('s1', ['a'])]).state;
    expect(codeOf(() => apply(state, { kind: 'comment', taskId: null, comment: reason('  ') }, 'a'))).toBe(
      'APPROVAL_COMMENT_REQUIRED',
    );
    expect(
      codeOf(() =>
        apply(state, { kind: 'approve', taskId: taskOf(state, 'a'), comment: { text: 'ok', attachments: [''] } }, 'a'),
      ),
    ).toBe('APPROVAL_ATTACHMENTS_INVALID');
    expect(codeOf(() => apply(state, { kind: 'comment', taskId: null, comment: reason('x'.repeat(2001)) }, 'a'))).toBe(
      'APPROVAL_COMMENT_TOO_LONG',
    );
    const done = ok(
      state,
      { kind: 'approve', taskId: taskOf(state, 'a'), comment: { text: '同意', attachments: ['file-1'] } },
      'a',
    );
    expect(done.history.find((h) => h.action === 'approve')?.comment).toEqual({
      text: '同意',
      attachments: ['file-1'],
    });
  });
});

describe('代理 deputy while away', () => {
  const ranges = [
    { userId: 'a', deputyId: 'dep', from: '2026-11-30T00:00:00.000Z', until: '2026-12-02T00:00:00.000Z' },
  ];

  it('routes tasks created in the range to the deputy, marked; the history names both', () => {
    const route = (u: string) => routeToDeputy(u, ranges, T0);
    const opened = start([plan('s1', ['a', 'b'])], route);
    expect(opened.effects).toContainEqual({ kind: 'task-assigned', taskId: 'p1.1', userId: 'dep', deputyFor: 'a' });
    const state = applyApprovalOperation(
      opened.state,
      { kind: 'approve', taskId: 'p1.1' },
      ctx('dep', T0, route),
    ).state;
    expect(state.history.at(-1)).toMatchObject({ actor: 'dep', onBehalfOf: 'a', action: 'approve' });
    expect(routeToDeputy('a', ranges, '2026-12-02T00:00:00.000Z')).toEqual({ assignee: 'a', deputyFor: null });
  });

  it('checks a range: another person, a real interval, no overlap', () => {
    expect(codeOf(() => checkDeputyRange({ ...ranges[0]!, deputyId: 'a' }, []))).toBe('DEPUTY_SELF');
    expect(codeOf(() => checkDeputyRange({ ...ranges[0]!, until: ranges[0]!.from }, []))).toBe('DEPUTY_RANGE_INVALID');
    expect(
      codeOf(() =>
        checkDeputyRange(
          { ...ranges[0]!, from: '2026-12-01T00:00:00.000Z', until: '2026-12-05T00:00:00.000Z' },
          ranges,
        ),
      ),
    ).toBe('DEPUTY_RANGE_OVERLAP');
    expect(
      codeOf(() =>
        checkDeputyRange(
          { ...ranges[0]!, from: '2026-12-02T00:00:00.000Z', until: '2026-12-05T00:00:00.000Z' },
          ranges,
        ),
      ),
    ).toBe('accepted');
  });
});
