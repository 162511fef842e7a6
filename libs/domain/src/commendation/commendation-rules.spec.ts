import fc from 'fast-check';
import {
  canTransitionNomination,
  checkCitedEvidence,
  type EvidenceStatus,
  checkNomination,
  commendationList,
  inTheRunning,
  nextNominationState,
  NOMINATION_ACTIONS,
  NOMINATION_STATES,
  vettingOutcome,
  OPINION_STANCES,
} from './index.js';

const rules = { maxNominationsPerOrganisation: 2, minSupportPercent: 67 };
const context = { rules, nominationsOfOrganisation: 0, alreadyNominated: false };
const valid = {
  nomineeKind: 'member',
  nomineeId: 'm-1',
  organisationId: 'org-1',
  reason: ' 服务窗口群众满意率第一 ',
  evidence: [
    { kind: 'campaign-result', id: 'c-1' },
    { kind: 'grading-tier', id: 'g-1' },
  ],
};

describe('nominations (推荐)', () => {
  it('cite evidence by id and keep a trimmed reason', () => {
    expect(checkNomination(valid, context)).toMatchObject({
      reason: '服务窗口群众满意率第一',
      evidence: valid.evidence,
    });
  });

  it.each([
    [{ nomineeKind: 'team' }, 'nomineeKind'],
    [{ nomineeId: ' ' }, 'nomineeId'],
    [{ reason: '' }, 'reason'],
    [{ evidence: [{ kind: 'rumour', id: 'x' }] }, 'evidence[0].kind'],
    [{ evidence: [{ kind: 'grading-tier' }] }, 'evidence[0].id'],
    [
      {
        evidence: [
          { kind: 'grading-tier', id: 'g' },
          { kind: 'grading-tier', id: 'g' },
        ],
      },
      'evidence[1]',
    ],
  ])('refuse case %# naming the field', (change, field) => {
    expect(() => checkNomination({ ...valid, ...change }, context)).toThrow(
      expect.objectContaining({ code: 'NOMINATION_INVALID', field }),
    );
  });

  it('refuse a second nomination of the same nominee and one over the quota', () => {
    expect(() => checkNomination(valid, { ...context, alreadyNominated: true })).toThrow(
      expect.objectContaining({ code: 'NOMINATION_DUPLICATE' }),
    );
    expect(() => checkNomination(valid, { ...context, nominationsOfOrganisation: 2 })).toThrow(
      expect.objectContaining({ code: 'NOMINATION_QUOTA_EXCEEDED' }),
    );
  });
});

describe('cited evidence (佐证核实)', () => {
  const cited = [
    { kind: 'campaign-result', id: 'c-1' },
    { kind: 'grading-tier', id: 'g-1' },
    { kind: 'pledge-evaluation', id: 'p-1' },
  ] as const;

  it('accepts records that exist and are the nominee’s', () => {
    expect(() => checkCitedEvidence(cited, ['found', 'found', 'found'])).not.toThrow();
    expect(() => checkCitedEvidence([], [])).not.toThrow();
  });

  it('refuses a missing record or another’s with 422 naming evidence[i].id', () => {
    expect(() => checkCitedEvidence(cited, ['found', 'missing', 'found'])).toThrow(
      expect.objectContaining({ code: 'NOMINATION_EVIDENCE_NOT_FOUND', kind: 'invalid', field: 'evidence[1].id' }),
    );
    expect(() => checkCitedEvidence(cited, ['found', 'found', 'not-nominee'])).toThrow(
      expect.objectContaining({ code: 'NOMINATION_EVIDENCE_NOT_NOMINEE', kind: 'invalid', field: 'evidence[2].id' }),
    );
  });

  it('passes exactly when every status is found, and names the first that is not', () => {
    const status = fc.constantFrom<EvidenceStatus>('found', 'missing', 'not-nominee');
    fc.assert(
      fc.property(fc.array(status, { maxLength: 20 }), (statuses) => {
        const evidence = statuses.map((_, i) => ({ kind: 'campaign-result' as const, id: `c-${i}` }));
        const first = statuses.findIndex((s) => s !== 'found');
        let field: string | undefined;
        try {
          checkCitedEvidence(evidence, statuses);
        } catch (error) {
          field = (error as { field?: string }).field;
        }
        return first === -1 ? field === undefined : field === `evidence[${first}].id`;
      }),
    );
  });
});

describe('vetting (考察)', () => {
  it('passes at the support threshold, counts abstentions in the base, never passes unheard', () => {
    expect(vettingOutcome(['support', 'support', 'oppose'], rules)).toMatchObject({
      supportPercent: 66.67,
      passed: false,
    });
    expect(vettingOutcome(['support', 'support', 'support', 'abstain'], rules)).toMatchObject({
      support: 3,
      abstain: 1,
      supportPercent: 75,
      passed: true,
    });
    expect(vettingOutcome([], rules).passed).toBe(false);
  });

  it('passing never depends on order and adding support never makes a nominee fail', () => {
    const stances = fc.array(fc.constantFrom(...OPINION_STANCES), { maxLength: 40 });
    fc.assert(
      fc.property(stances, fc.integer({ min: 0, max: 100 }), (list, min) => {
        const r = { minSupportPercent: min };
        const outcome = vettingOutcome(list, r);
        expect(vettingOutcome([...list].reverse(), r)).toEqual(outcome);
        if (outcome.passed) expect(vettingOutcome([...list, 'support'], r).passed).toBe(true);
        expect(outcome.support + outcome.oppose + outcome.abstain).toBe(list.length);
      }),
    );
  });
});

describe('a nomination through the round', () => {
  it('goes 推荐 → 考察 → 公示 → 审批 → 表彰 and nothing skips a step', () => {
    let state = nextNominationState('nominated', 'pass-vetting');
    state = nextNominationState(state, 'publicise');
    state = nextNominationState(state, 'approve');
    expect(nextNominationState(state, 'commend')).toBe('commended');
    expect(() => nextNominationState('nominated', 'approve')).toThrow(
      expect.objectContaining({ code: 'NOMINATION_STATE_CONFLICT' }),
    );
    expect(() => nextNominationState('vetted', 'commend')).toThrow(
      expect.objectContaining({ code: 'NOMINATION_STATE_CONFLICT' }),
    );
  });

  it('only approved nominations can ever be commended, and final states are final', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NOMINATION_STATES), fc.constantFrom(...NOMINATION_ACTIONS), (state, action) => {
        if (action === 'commend') expect(canTransitionNomination(state, action)).toBe(state === 'approved');
        if (['not-vetted', 'withdrawn', 'rejected', 'commended'].includes(state)) {
          expect(canTransitionNomination(state, action)).toBe(false);
        }
      }),
    );
  });

  it('lists the commended, organisations first, and decides only over the publicised', () => {
    const list = [
      { nomineeKind: 'member', nomineeId: 'b', state: 'commended' as const },
      { nomineeKind: 'member', nomineeId: 'a', state: 'rejected' as const },
      { nomineeKind: 'organisation', nomineeId: 'z', state: 'commended' as const },
      { nomineeKind: 'member', nomineeId: 'c', state: 'publicised' as const },
    ];
    expect(commendationList(list).map((n) => n.nomineeId)).toEqual(['z', 'b']);
    expect(inTheRunning(list).map((n) => n.nomineeId)).toEqual(['c']);
  });
});
