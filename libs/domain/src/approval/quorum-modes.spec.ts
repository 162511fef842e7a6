import { apply, codeOf, ok, plan, reason, start, taskOf } from './approval-test-helpers.js';
import { currentTasks } from './approval-state.js';

describe('approval quorum modes', () => {
  it('或签: the first approval completes the step and the other tasks are cancelled', () => {
    let state = start([plan('s1', ['a', 'b', 'c'], { kind: 'one' }), plan('s2', ['d'])]).state;
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'b') }, 'b');
    expect(state.steps[state.currentStep]?.key).toBe('s2');
    expect(state.tasks.filter((t) => t.stepKey === 's1').map((t) => t.status)).toEqual([
      'cancelled',
      'approved',
      'cancelled',
    ]);
  });

  it('会签: completes exactly when the last signer approves, and one rejection rejects the process', () => {
    let state = start([plan('s1', ['a', 'b', 'c']), plan('s2', ['d'])]).state;
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'a') }, 'a');
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'b') }, 'b');
    expect(state.currentStep).toBe(0);
    const last = apply(state, { kind: 'approve', taskId: taskOf(state, 'c') }, 'c');
    expect(last.state.currentStep).toBe(1);
    expect(last.effects).toEqual(
      expect.arrayContaining([
        { kind: 'step-closed', stepKey: 's1', generation: 0 },
        { kind: 'step-opened', stepKey: 's2', generation: 0 },
      ]),
    );

    const other = start([plan('s1', ['a', 'b'])]).state;
    expect(codeOf(() => apply(other, { kind: 'reject', taskId: taskOf(other, 'a') }, 'a'))).toBe(
      'APPROVAL_REASON_REQUIRED',
    );
    const rejected = apply(other, { kind: 'reject', taskId: taskOf(other, 'a'), comment: reason('材料不全') }, 'a');
    expect(rejected.state.status).toBe('rejected');
    expect(rejected.effects).toContainEqual({ kind: 'finished', status: 'rejected' });
  });

  it('n-of-m and ratio: complete at the n-th approval; fail once too few approvals remain possible', () => {
    let state = start([plan('s1', ['a', 'b', 'c'], { kind: 'n-of-m', n: 2, m: 3 })]).state;
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'a') }, 'a');
    expect(state.status).toBe('running');
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'c') }, 'c');
    expect(state.status).toBe('approved');

    let ratio = start([plan('s1', ['a', 'b', 'c', 'd'], { kind: 'ratio', percent: 60 })]).state; // ⌈2.4⌉ = 3
    ratio = ok(ratio, { kind: 'reject', taskId: taskOf(ratio, 'a'), comment: reason('否') }, 'a');
    ratio = ok(ratio, { kind: 'approve', taskId: taskOf(ratio, 'b') }, 'b');
    expect(ratio.status).toBe('running');
    ratio = ok(ratio, { kind: 'reject', taskId: taskOf(ratio, 'c'), comment: reason('否') }, 'c');
    expect(ratio.status).toBe('rejected');
  });

  it('依次审批: each signer acts only after the one before, in the configured order', () => {
    let state = start([plan('s1', ['a', 'b', 'c'], { kind: 'sequential' })]).state;
    expect(codeOf(() => apply(state, { kind: 'approve', taskId: taskOf(state, 'b') }, 'b'))).toBe(
      'APPROVAL_TASK_WAITING',
    );
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'a') }, 'a');
    expect(codeOf(() => apply(state, { kind: 'approve', taskId: taskOf(state, 'c') }, 'c'))).toBe(
      'APPROVAL_TASK_WAITING',
    );
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'b') }, 'b');
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'c') }, 'c');
    expect(state.status).toBe('approved');
  });

  it('refuses steps without signers or with too few for their quorum', () => {
    expect(codeOf(() => start([plan('s1', [])]))).toBe('APPROVAL_STEPS_INVALID');
    expect(codeOf(() => start([plan('s1', ['a'], { kind: 'n-of-m', n: 2, m: 2 })]))).toBe('APPROVAL_STEPS_INVALID');
    expect(codeOf(() => start([plan('s1', ['a', 'a'])]))).toBe('APPROVAL_STEPS_INVALID');
    expect(codeOf(() => start([]))).toBe('APPROVAL_STEPS_INVALID');
  });

  it('a refusal leaves the given state untouched', () => {
    const state = start([plan('s1', ['a', 'b'])]).state;
    const before = JSON.stringify(state);
    expect(codeOf(() => apply(state, { kind: 'approve', taskId: taskOf(state, 'a') }, 'b'))).toBe(
      'APPROVAL_NOT_ASSIGNEE',
    );
    expect(JSON.stringify(state)).toBe(before);
    expect(currentTasks(state).every((t) => t.status === 'pending')).toBe(true);
  });
});
