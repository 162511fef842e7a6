import { T0, apply, codeOf, ctx, ok, plan, reason, taskOf } from './approval-test-helpers.js';
import { startApprovalProcess } from './start-approval-process.js';
import { resubmitApproval } from './resubmit-approval.js';
import type { ApprovalProcessState, ApprovalStepPlan } from './approval.types.js';

const ORIGIN = { key: 'propose', name: { zhCN: '提出承诺', en: 'Propose' } };
const startWithOrigin = (steps: readonly ApprovalStepPlan[]) =>
  startApprovalProcess({ processId: 'p1', submitter: 'sub', supervisors: [], steps, origin: ORIGIN }, ctx('sub'));
const live = (state: ApprovalProcessState) =>
  state.tasks.filter((t) => ['pending', 'approved', 'rejected'].includes(t.status));

describe('退回发起人 — a return to the origin (the owner’s step before the approval)', () => {
  it('across a 会签 step while one signer approved: everything is discarded and the process is returned', () => {
    let state = startWithOrigin([plan('review', ['a', 'b'], { kind: 'all' })]).state;
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'a') }, 'a');
    const bTask = taskOf(state, 'b');
    expect(codeOf(() => apply(state, { kind: 'return', taskId: bTask, toStep: 'propose' }, 'b'))).toBe(
      'APPROVAL_REASON_REQUIRED',
    );
    const returned = apply(state, { kind: 'return', taskId: bTask, toStep: 'propose', comment: reason('不具体') }, 'b');
    expect(returned.state.status).toBe('returned');
    expect(returned.state.tasks.map((t) => [t.assignee, t.status])).toEqual([
      ['a', 'discarded'],
      ['b', 'discarded'],
    ]);
    expect(live(returned.state)).toEqual([]);
    // Its reminders stop, and the submitter learns it came back.
    expect(returned.effects).toEqual([
      { kind: 'step-closed', stepKey: 'review', generation: 0 },
      { kind: 'finished', status: 'returned' },
    ]);
    expect(returned.state.history.at(-1)).toMatchObject({ action: 'return', actor: 'b', target: 'propose' });
    // Nothing can be done on it until it is re-submitted.
    expect(codeOf(() => apply(returned.state, { kind: 'approve', taskId: bTask }, 'b'))).toBe('APPROVAL_NOT_RUNNING');
  });

  it('re-submission opens the first step afresh (a new generation, every signer pending, reminders start)', () => {
    let state = startWithOrigin([
      plan('review', ['a', 'b'], { kind: 'all' }),
      plan('sign', ['c'], { kind: 'one' }),
    ]).state;
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'a') }, 'a');
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'b') }, 'b');
    // From the second step, across the first (会签, both approved).
    state = ok(state, { kind: 'return', taskId: taskOf(state, 'c'), toStep: 'propose', comment: reason('重写') }, 'c');
    expect(live(state)).toEqual([]);
    expect(state.currentStep).toBe(0);
    const again = resubmitApproval(state, ctx('sub', '2026-12-02T01:00:00.000Z'), reason('已修改'));
    expect(again.state.status).toBe('running');
    expect(again.state.generations).toEqual({ review: 1, sign: 0 });
    expect(live(again.state).map((t) => [t.stepKey, t.generation, t.assignee, t.status])).toEqual([
      ['review', 1, 'a', 'pending'],
      ['review', 1, 'b', 'pending'],
    ]);
    expect(again.effects.filter((e) => e.kind === 'step-opened')).toEqual([
      { kind: 'step-opened', stepKey: 'review', generation: 1 },
    ]);
    expect(again.effects.filter((e) => e.kind === 'task-assigned').map((e) => 'userId' in e && e.userId)).toEqual([
      'a',
      'b',
    ]);
    expect(again.state.history.map((h) => h.action)).toContain('resubmit');
    // The unchanged state refuses a second re-submission.
    expect(codeOf(() => resubmitApproval(again.state, ctx('sub')))).toBe('APPROVAL_NOT_RESUBMITTABLE');
  });

  it('a rejected or withdrawn process may be re-submitted; an approved one may not; 撤回 counts the new round only', () => {
    let state = startWithOrigin([plan('review', ['a', 'b'], { kind: 'all' })]).state;
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'a') }, 'a');
    state = ok(state, { kind: 'reject', taskId: taskOf(state, 'b'), comment: reason('不同意') }, 'b');
    expect(state.status).toBe('rejected');
    state = resubmitApproval(state, ctx('sub')).state;
    expect(live(state).map((t) => [t.generation, t.status])).toEqual([
      [1, 'pending'],
      [1, 'pending'],
    ]);
    // Someone acted in the first round; the new round is untouched, so it may be withdrawn.
    state = ok(state, { kind: 'withdraw' }, 'sub');
    expect(state.status).toBe('withdrawn');
    state = resubmitApproval(state, ctx('sub')).state;
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'a') }, 'a');
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'b') }, 'b');
    expect(state.status).toBe('approved');
    expect(codeOf(() => resubmitApproval(state, ctx('sub')))).toBe('APPROVAL_NOT_RESUBMITTABLE');
  });

  it('without an origin, a return to a step that is not in the approval is refused', () => {
    const state = startApprovalProcess(
      { processId: 'p1', submitter: 'sub', supervisors: [], steps: [plan('review', ['a'])] },
      ctx('sub', T0),
    ).state;
    expect(
      codeOf(() =>
        apply(state, { kind: 'return', taskId: taskOf(state, 'a'), toStep: 'propose', comment: reason('x') }, 'a'),
      ),
    ).toBe('APPROVAL_RETURN_TARGET_INVALID');
  });
});
