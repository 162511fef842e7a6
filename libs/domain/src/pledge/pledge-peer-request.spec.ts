import fc from 'fast-check';
import { assertPeerEvaluationRequested, checkPeerEvaluationRequest } from './pledge-peer-request.js';

const context = { state: 'evaluating' as const, pledgeMemberIds: ['m1'], branchMemberIds: ['m1', 'm2', 'm3'] };
const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'accepted';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('peer evaluation requests', () => {
  it('accepts members of the branch other than the pledger, while fulfilled or evaluated', () => {
    expect(checkPeerEvaluationRequest(['m2', 'm3'], context)).toBeNull();
    expect(checkPeerEvaluationRequest(['m2'], { ...context, state: 'fulfilling' })).toBeNull();
    // The workflow does not know the branch: it checks the rest.
    expect(checkPeerEvaluationRequest(['m9'], { ...context, branchMemberIds: null })).toBeNull();
  });

  it('refuses the wrong moment, nobody, duplicates, the pledger and outsiders', () => {
    expect(checkPeerEvaluationRequest(['m2'], { ...context, state: 'proposed' })?.code).toBe('PEER_REQUEST_NOT_NOW');
    expect(checkPeerEvaluationRequest([], context)?.code).toBe('PEER_REQUEST_EMPTY');
    expect(checkPeerEvaluationRequest(['m2', 'm2'], context)?.code).toBe('PEER_REQUEST_DUPLICATE');
    expect(checkPeerEvaluationRequest(['m1'], context)).toMatchObject({
      code: 'PEER_REQUEST_OWN_PLEDGE',
      field: 'memberIds',
    });
    expect(checkPeerEvaluationRequest(['m9'], context)?.code).toBe('PEER_REQUEST_NOT_IN_BRANCH');
  });

  it('accepts a member’s peer evaluation exactly when asked; the branch’s entries and other sources always (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('self', 'peer', 'public', 'leader'),
        fc.constantFrom('member', 'branch-secretary', 'supervisor'),
        fc.constantFrom('a', 'b', 'c'),
        fc.uniqueArray(fc.constantFrom('a', 'b', 'c')),
        (source, role, evaluatorId, asked) => {
          const outcome = codeOf(() =>
            assertPeerEvaluationRequested({ source, evaluatorId }, role, (id) => (asked as string[]).includes(id)),
          );
          const expected =
            source !== 'peer' || role !== 'member' || asked.includes(evaluatorId)
              ? 'accepted'
              : 'PEER_EVALUATION_NOT_REQUESTED';
          return outcome === expected;
        },
      ),
    );
  });
});
