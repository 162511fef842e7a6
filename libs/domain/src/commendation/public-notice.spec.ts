import fc from 'fast-check';
import { NOMINATION_STATES, type NominationState } from './nomination-state.js';
import { publicNominations, type CommendationRoundPhase } from './public-notice.js';

const PHASES: CommendationRoundPhase[] = ['nominate', 'vet', 'publicise', 'decide', 'commended', 'rejected'];
const NEVER_PUBLIC: NominationState[] = ['nominated', 'vetted', 'not-vetted', 'withdrawn', 'rejected'];

const nomination = fc.record({
  state: fc.constantFrom(...NOMINATION_STATES),
  nomineeKind: fc.constantFrom('organisation', 'member'),
  nomineeId: fc.uuid(),
});

describe('publicNominations — what the 公示 / 表彰名单 page shows', () => {
  const n = (state: NominationState, nomineeKind = 'member', nomineeId = 'b') => ({ state, nomineeKind, nomineeId });

  it('shows nothing before 公示 and nothing of a round that ended without commendation', () => {
    const all = NOMINATION_STATES.map((s) => n(s));
    for (const phase of ['nominate', 'vet', 'rejected'] as const) expect(publicNominations(phase, all)).toEqual([]);
  });

  it('during 公示 and the decision shows the nominations in the running, in their order', () => {
    const list = [n('publicised', 'member', 'x'), n('withdrawn'), n('not-vetted'), n('approved', 'organisation', 'a')];
    expect(publicNominations('publicise', list)).toEqual([list[0], list[3]]);
    expect(publicNominations('decide', list)).toEqual([list[0], list[3]]);
  });

  it('once commended shows the commendation list, organisations first', () => {
    const list = [n('commended', 'member', 'a'), n('rejected'), n('commended', 'organisation', 'z')];
    expect(publicNominations('commended', list)).toEqual([list[2], list[0]]);
  });

  it('never shows a withdrawn, failed, rejected or unvetted nomination, and shows only given ones', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PHASES), fc.array(nomination, { maxLength: 30 }), (phase, list) => {
        const shown = publicNominations(phase, list);
        expect(shown.every((s) => !NEVER_PUBLIC.includes(s.state))).toBe(true);
        expect(shown.every((s) => list.includes(s))).toBe(true);
        expect(shown.length).toBeLessThanOrEqual(list.length);
      }),
    );
  });
});
