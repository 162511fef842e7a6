import { branchRoundView } from './branch-round-view.js';
import { branchActionsAllowed } from './branch-state-machine.js';

describe('branchRoundView', () => {
  it('grades until the tier is final; the tier can then be finalised, and nothing else by the system', () => {
    expect(branchRoundView('grade.rated', false)).toBe('grade.collecting');
    expect(branchActionsAllowed('grade.rated', branchRoundView('grade.rated', false), 'system')).toEqual([]);
    expect(branchActionsAllowed('grade.rated', branchRoundView('grade.rated', true), 'system')).toEqual([
      'finaliseTier',
    ]);
  });

  it('opens the branch’s acceptance only once its rectification is complete', () => {
    expect(branchActionsAllowed('rectify.in-progress', branchRoundView('rectify.in-progress', true))).toEqual([
      'reportProgress',
      'completeRectification',
    ]);
    expect(branchActionsAllowed('rectify.completed', branchRoundView('rectify.completed', true))).toEqual([
      'recordAcceptance',
    ]);
    expect(branchRoundView('accept.done', true)).toBe('accept.open');
  });

  it('lets a branch that is not rated yet finish its grading, even when its tier was signalled early', () => {
    expect(branchRoundView('grade.awaiting-rating', true)).toBe('grade.collecting');
    expect(branchActionsAllowed('grade.awaiting-rating', branchRoundView('grade.awaiting-rating', true))).toContain(
      'submitSuperiorRating',
    );
    expect(branchRoundView('rectify.plan-due', true)).toBe('rectify.open');
  });
});
