import fc from 'fast-check';
import { isDomainError } from '../domain.error.js';
import {
  canTransition,
  nextPledgeState,
  PLEDGE_ACTIONS,
  PLEDGE_STATES,
  type PledgeAction,
  type PledgeState,
} from './pledge-state.js';

const run = (actions: readonly PledgeAction[]): PledgeState =>
  actions.reduce<PledgeState>((state, action) => nextPledgeState(state, action), 'proposed');

describe('pledge state machine', () => {
  it('goes 提出 → 审核 → 公开 → 履行 → 评议 → 反馈 in order', () => {
    expect(
      run([
        'approve',
        'publicise',
        'report-progress',
        'complete-fulfilment',
        'evaluate',
        'conclude-evaluation',
        'feed-back',
      ]),
    ).toBe('closed');
  });

  it('a returned pledge is revised and reviewed again', () => {
    expect(run(['return', 'revise', 'approve'])).toBe('approved');
  });

  it('refuses publicity before review put it in the ledger, with a 409-kind error naming the state', () => {
    const error = (() => {
      try {
        nextPledgeState('proposed', 'publicise');
      } catch (e) {
        return e;
      }
    })();
    expect(isDomainError(error) && error.kind).toBe('conflict');
    expect(isDomainError(error) && error.text.zhCN).toContain('审核列入承诺台账后才能公开');
  });

  it('refuses evaluation before publicity and feedback before the evaluation concluded', () => {
    expect(() => nextPledgeState('approved', 'evaluate')).toThrow('PLEDGE_WRONG_STEP');
    expect(() => nextPledgeState('evaluating', 'feed-back')).toThrow('PLEDGE_WRONG_STEP');
    expect(canTransition('closed', 'evaluate')).toBe(false);
  });

  it('property: whatever actions are tried, the accepted ones keep the order and nothing reaches closed without feedback', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PLEDGE_ACTIONS), { maxLength: 40 }), (attempts) => {
        let state: PledgeState = 'proposed';
        const accepted: PledgeAction[] = [];
        for (const action of attempts) {
          if (!canTransition(state, action)) {
            expect(() => nextPledgeState(state, action)).toThrow();
            continue;
          }
          state = nextPledgeState(state, action);
          accepted.push(action);
        }
        const index = (a: PledgeAction) => accepted.lastIndexOf(a);
        if (accepted.includes('publicise')) expect(index('approve')).toBeLessThan(accepted.indexOf('publicise'));
        if (accepted.includes('evaluate'))
          expect(accepted.indexOf('publicise')).toBeLessThan(accepted.indexOf('evaluate'));
        if (state === 'closed') expect(accepted.at(-1)).toBe('feed-back');
        expect(PLEDGE_STATES).toContain(state);
      }),
    );
  });
});
