import fc from 'fast-check';
import {
  BRANCH_ACTIONS,
  BRANCH_GRADING_MACHINE,
  branchActionsAllowed,
  stepOfBranchState,
  transitionBranch,
  type BranchAction,
  type BranchState,
} from './branch-state-machine.js';
import { thrown } from './grading-test-helpers.js';
import { ROUND_STATES, stepOfRoundState, type RoundState } from './round-state-machine.js';
import type { GradingActorRole } from './state-machine.util.js';
import { GRADING_STEPS } from './tier.js';

const roleFor = (action: BranchAction): GradingActorRole =>
  BRANCH_GRADING_MACHINE.rules.find((rule) => rule.action === action)!.roles[0]!;

describe('the branch state machine', () => {
  it('carries a branch from the notice to its acceptance, in step with the round', () => {
    const path: [BranchAction, GradingActorRole, RoundState][] = [
      ['acknowledgeNotice', 'branch-secretary', 'grade.collecting'],
      ['submitSelfAssessment', 'branch-secretary', 'grade.collecting'],
      ['submitSuperiorRating', 'supervisor', 'grade.collecting'],
      ['finaliseTier', 'system', 'rectify.open'],
      ['submitPlan', 'branch-secretary', 'rectify.open'],
      ['returnPlan', 'supervisor', 'rectify.open'],
      ['submitPlan', 'branch-secretary', 'rectify.open'],
      ['approvePlan', 'supervisor', 'rectify.open'],
      ['reportProgress', 'branch-secretary', 'rectify.open'],
      ['completeRectification', 'branch-secretary', 'accept.open'],
      ['recordAcceptance', 'supervisor', 'accept.open'],
    ];
    let state: BranchState = 'deploy.notified';
    for (const [action, role, roundState] of path) {
      state = transitionBranch(state, { action, role, reason: '措施不具体' }, { roundState }).to;
    }
    expect(state).toBe('accept.done');
  });

  it('refuses a branch action outside the round’s current step (conflict)', () => {
    const error = thrown(() =>
      transitionBranch(
        'grade.self-assessing',
        { action: 'submitSelfAssessment', role: 'branch-secretary' },
        { roundState: 'grade.proposed' },
      ),
    );
    expect(error).toMatchObject({ code: 'GRADING_ROUND_STEP_MISMATCH', kind: 'conflict' });
    expect(error.error.text.zhCN).toBe('本轮当前为「分类定级·待上级审批」，不能「提交自评」');
  });

  it('refuses a plan submitted twice, and a plan filed without approval when its tier needs one', () => {
    expect(
      thrown(() =>
        transitionBranch(
          'rectify.plan-submitted',
          { action: 'submitPlan', role: 'branch-secretary' },
          { roundState: 'rectify.open' },
        ),
      ),
    ).toMatchObject({ code: 'GRADING_WRONG_STEP', kind: 'conflict' });
    const filed = { action: 'recordPlan' as const, role: 'system' as const };
    expect(thrown(() => transitionBranch('rectify.plan-submitted', filed, { roundState: 'rectify.open' })).code).toBe(
      'GRADING_PLAN_NEEDS_APPROVAL',
    );
    expect(
      transitionBranch('rectify.plan-submitted', filed, { roundState: 'rectify.open', superiorApprovalRequired: false })
        .to,
    ).toBe('rectify.in-progress');
  });

  it('lets only the supervisor approve or return, with a reason to return', () => {
    expect(
      thrown(() =>
        transitionBranch(
          'rectify.plan-submitted',
          { action: 'approvePlan', role: 'branch-secretary' },
          { roundState: 'rectify.open' },
        ),
      ).kind,
    ).toBe('forbidden');
    expect(
      thrown(() =>
        transitionBranch(
          'rectify.plan-submitted',
          { action: 'returnPlan', role: 'supervisor' },
          { roundState: 'rectify.open' },
        ),
      ).code,
    ).toBe('GRADING_REASON_REQUIRED');
    expect(branchActionsAllowed('rectify.plan-submitted', 'rectify.open', 'supervisor')).toEqual([
      'approvePlan',
      'returnPlan',
    ]);
    expect(branchActionsAllowed('rectify.plan-submitted', 'grade.final')).toEqual([]);
  });

  it('never runs ahead of the round’s step, nor goes back a step (property)', () => {
    const roles: GradingActorRole[] = ['administrator', 'supervisor', 'branch-secretary', 'member', 'system'];
    // Mostly an action open now (in some round state), sometimes anything at all.
    const request = fc.record({
      open: fc.boolean(),
      pick: fc.nat(),
      action: fc.constantFrom(...BRANCH_ACTIONS),
      role: fc.constantFrom(...roles),
      reason: fc.constantFrom(undefined, '理由'),
      roundState: fc.constantFrom(...ROUND_STATES),
    });
    const step = (s: string) => GRADING_STEPS.indexOf(s as (typeof GRADING_STEPS)[number]);
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(request, { minLength: 30, maxLength: 80 }), (walk) => {
        let state: BranchState = 'deploy.notified';
        for (const item of walk) {
          const open = ROUND_STATES.flatMap((roundState) =>
            branchActionsAllowed(state, roundState).map((action) => ({ action, roundState })),
          );
          const chosen = open[item.pick % Math.max(open.length, 1)];
          const { roundState, ...r } =
            item.open && chosen ? { ...item, ...chosen, role: roleFor(chosen.action) } : item;
          let next: BranchState;
          try {
            next = transitionBranch(state, r, { roundState }).to;
          } catch (error) {
            expect(['conflict', 'forbidden', 'invalid']).toContain((error as { kind: string }).kind);
            continue;
          }
          expect(step(stepOfBranchState(next))).toBeLessThanOrEqual(step(stepOfRoundState(roundState)));
          expect(step(stepOfBranchState(next))).toBeGreaterThanOrEqual(step(stepOfBranchState(state)));
          state = next;
        }
        if (state === 'accept.done') accepted += 1;
      }),
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
