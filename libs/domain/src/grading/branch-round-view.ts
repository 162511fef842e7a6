import { stepOfBranchState, type BranchState } from './branch-state-machine.js';
import type { RoundState } from './round-state-machine.js';

/**
 * The round's step as one branch workflow sees it (ADR 0008). The branch does not ask its round:
 * it grades until the round signals its final tier (the round is then at 整改提高), and the 考核验收
 * of this branch opens once the branch has declared its rectification complete — acceptance is
 * per branch, whenever the superior gets to it (the seed: together with the next deployment).
 */
export function branchRoundView(state: BranchState, tierFinalised: boolean): RoundState {
  if (!tierFinalised) return 'grade.collecting';
  if (state === 'rectify.completed' || state === 'accept.done') return 'accept.open';
  if (state === 'grade.rated' || stepOfBranchState(state) === 'rectify') return 'rectify.open';
  // A tier signalled before the branch was rated waits: the branch finishes its grading first.
  return 'grade.collecting';
}
