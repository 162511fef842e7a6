import { T0, ctx, ok, plan, reason, start, taskOf } from './approval-test-helpers.js';
import { copyOnStepOpening } from './copy-to.js';

describe('抄送 from the definition when a step opens', () => {
  it('copies the resolved people once for that opening, recorded as the engine, with a copied effect', () => {
    const { state } = start([plan('s1', ['a']), plan('s2', ['b'])]);
    const copied = copyOnStepOpening(state, 's1', 0, ['lead', 'lead', 'chief'], ctx('system'));
    expect(copied.state.copies).toEqual([
      { userId: 'lead', stepKey: 's1', by: 'system', at: T0 },
      { userId: 'chief', stepKey: 's1', by: 'system', at: T0 },
    ]);
    expect(copied.state.history.at(-1)).toMatchObject({ action: 'cc', actor: 'system', target: 'lead,chief' });
    expect(copied.effects).toEqual([{ kind: 'copied', stepKey: 's1', userIds: ['lead', 'chief'] }]);
    // The given state is untouched; nobody is copied twice for the step.
    expect(state.copies).toEqual([]);
    const again = copyOnStepOpening(copied.state, 's1', 0, ['lead'], ctx('system'));
    expect(again.state).toBe(copied.state);
    expect(again.effects).toEqual([]);
  });

  it('copies nobody once that opening is no longer the open one (moved on, returned, ended)', () => {
    let state = start([plan('s1', ['a']), plan('s2', ['b'])]).state;
    state = ok(state, { kind: 'approve', taskId: taskOf(state, 'a') }, 'a');
    expect(copyOnStepOpening(state, 's1', 0, ['lead'], ctx('system')).state).toBe(state);
    state = ok(state, { kind: 'return', taskId: taskOf(state, 'b'), toStep: 's1', comment: reason('补充') }, 'b');
    expect(copyOnStepOpening(state, 's1', 0, ['lead'], ctx('system')).state).toBe(state);
    expect(copyOnStepOpening(state, 's1', 1, ['lead'], ctx('system')).state.copies).toHaveLength(1);
    state = ok(state, { kind: 'reject', taskId: taskOf(state, 'a'), comment: reason('不同意') }, 'a');
    expect(state.status).toBe('rejected');
    expect(copyOnStepOpening(state, 's1', 1, ['lead'], ctx('system')).state).toBe(state);
  });
});
