import { DomainError, type LocalizedText } from '../domain.error.js';
import { GRADING_ROUND_MACHINE, type RoundState } from './round-state-machine.js';
import {
  allowedActions,
  applyTransition,
  type GradingActorRole,
  type Machine,
  type Transition,
  type TransitionRequest,
} from './state-machine.util.js';
import type { GradingStep } from './tier.js';

/** One branch's way through a round, prefixed with the step it belongs to. */
export const BRANCH_STATES = [
  'deploy.notified',
  'grade.self-assessing',
  'grade.awaiting-rating',
  'grade.rated',
  'rectify.plan-due',
  'rectify.plan-submitted',
  'rectify.in-progress',
  'rectify.completed',
  'accept.done',
] as const;
export type BranchState = (typeof BRANCH_STATES)[number];

export const BRANCH_ACTIONS = [
  'acknowledgeNotice',
  'submitSelfAssessment',
  'submitSuperiorRating',
  'returnSelfAssessment',
  'finaliseTier',
  'submitPlan',
  'approvePlan',
  'returnPlan',
  'recordPlan',
  'reportProgress',
  'completeRectification',
  'recordAcceptance',
] as const;
export type BranchAction = (typeof BRANCH_ACTIONS)[number];

const t = (zhCN: string, en: string): LocalizedText => ({ zhCN, en });

export const BRANCH_GRADING_MACHINE: Machine<BranchState, BranchAction> = {
  name: t('本党组织的晋位升级', 'the branch'),
  states: {
    'deploy.notified': t('已下发部署通知', 'notified'),
    'grade.self-assessing': t('自评中', 'self-assessing'),
    'grade.awaiting-rating': t('待上级评定', 'awaiting the superior’s rating'),
    'grade.rated': t('已评定，待确定等次', 'rated, tier not final'),
    'rectify.plan-due': t('待提交整改方案', 'plan due'),
    'rectify.plan-submitted': t('整改方案待审批', 'plan awaiting approval'),
    'rectify.in-progress': t('整改中', 'rectifying'),
    'rectify.completed': t('整改完成，待考核验收', 'rectified, awaiting acceptance'),
    'accept.done': t('已验收', 'accepted'),
  },
  rules: [
    {
      action: 'acknowledgeNotice',
      name: t('确认收到部署通知', 'acknowledge the notice'),
      from: ['deploy.notified'],
      to: 'grade.self-assessing',
      roles: ['branch-secretary'],
    },
    {
      action: 'submitSelfAssessment',
      name: t('提交自评', 'submit the self-assessment'),
      from: ['grade.self-assessing'],
      to: 'grade.awaiting-rating',
      roles: ['branch-secretary'],
    },
    {
      action: 'submitSuperiorRating',
      name: t('上级评定', 'rate the branch'),
      from: ['grade.awaiting-rating'],
      to: 'grade.rated',
      roles: ['supervisor'],
    },
    {
      action: 'returnSelfAssessment',
      name: t('退回自评', 'return the self-assessment'),
      from: ['grade.awaiting-rating', 'grade.rated'],
      to: 'grade.self-assessing',
      roles: ['supervisor'],
      reasonRequired: true,
    },
    {
      action: 'finaliseTier',
      name: t('确定等次', 'finalise the tier'),
      from: ['grade.rated'],
      to: 'rectify.plan-due',
      roles: ['system'],
    },
    {
      action: 'submitPlan',
      name: t('提交整改方案', 'submit the plan'),
      from: ['rectify.plan-due'],
      to: 'rectify.plan-submitted',
      roles: ['branch-secretary'],
    },
    {
      action: 'approvePlan',
      name: t('审批整改方案', 'approve the plan'),
      from: ['rectify.plan-submitted'],
      to: 'rectify.in-progress',
      roles: ['supervisor'],
    },
    {
      action: 'returnPlan',
      name: t('退回整改方案', 'return the plan'),
      from: ['rectify.plan-submitted'],
      to: 'rectify.plan-due',
      roles: ['supervisor'],
      reasonRequired: true,
    },
    {
      action: 'recordPlan',
      name: t('备案整改方案', 'file the plan without approval'),
      from: ['rectify.plan-submitted'],
      to: 'rectify.in-progress',
      roles: ['system'],
    },
    {
      action: 'reportProgress',
      name: t('报告整改进展', 'report progress'),
      from: ['rectify.in-progress'],
      to: 'rectify.in-progress',
      roles: ['branch-secretary'],
    },
    {
      action: 'completeRectification',
      name: t('完成整改', 'complete rectification'),
      from: ['rectify.in-progress'],
      to: 'rectify.completed',
      roles: ['branch-secretary'],
    },
    {
      action: 'recordAcceptance',
      name: t('考核验收', 'record the acceptance'),
      from: ['rectify.completed'],
      to: 'accept.done',
      roles: ['supervisor'],
    },
  ],
};

/** The round states in which each branch action may happen: a branch never runs ahead of its round. */
const ROUND_STATES_FOR: Readonly<Record<BranchAction, readonly RoundState[]>> = {
  acknowledgeNotice: ['grade.collecting'],
  submitSelfAssessment: ['grade.collecting'],
  submitSuperiorRating: ['grade.collecting'],
  returnSelfAssessment: ['grade.collecting'],
  finaliseTier: ['rectify.open'],
  submitPlan: ['rectify.open', 'accept.open'],
  approvePlan: ['rectify.open', 'accept.open'],
  returnPlan: ['rectify.open', 'accept.open'],
  recordPlan: ['rectify.open', 'accept.open'],
  reportProgress: ['rectify.open', 'accept.open'],
  completeRectification: ['rectify.open', 'accept.open'],
  recordAcceptance: ['accept.open'],
};

export interface BranchTransitionContext {
  readonly roundState: RoundState;
  /** From PlanRequirements: recordPlan (no approval) is only for plans that need none. */
  readonly superiorApprovalRequired?: boolean;
}

/**
 * One branch transition, or a coded refusal: the branch machine's own rules (wrong step → 409,
 * wrong role → 403, no reason → 422), the round's current step (a branch action outside it →
 * 409), and a plan filed without approval when its tier needs one (→ 409).
 */
export function transitionBranch(
  state: BranchState,
  request: TransitionRequest<BranchAction>,
  context: BranchTransitionContext,
): Transition<BranchState, BranchAction> {
  const transition = applyTransition(BRANCH_GRADING_MACHINE, state, request);
  const allowed = ROUND_STATES_FOR[request.action];
  if (!allowed.includes(context.roundState)) {
    const roundName = GRADING_ROUND_MACHINE.states[context.roundState];
    const rule = BRANCH_GRADING_MACHINE.rules.find((r) => r.action === request.action)!;
    throw new DomainError(
      'GRADING_ROUND_STEP_MISMATCH',
      'conflict',
      {
        zhCN: `本轮当前为「${roundName.zhCN}」，不能「${rule.name.zhCN}」`,
        en: `the round is at "${roundName.en}": "${rule.name.en}" is not possible now`,
      },
      'action',
    );
  }
  if (request.action === 'recordPlan' && context.superiorApprovalRequired !== false) {
    throw new DomainError(
      'GRADING_PLAN_NEEDS_APPROVAL',
      'conflict',
      {
        zhCN: '该整改方案须经上级党组织审批，不能直接备案',
        en: 'this plan needs the superior’s approval; it cannot just be filed',
      },
      'action',
    );
  }
  return transition;
}

export const branchActionsAllowed = (
  state: BranchState,
  roundState: RoundState,
  role?: GradingActorRole,
): BranchAction[] =>
  allowedActions(BRANCH_GRADING_MACHINE, state, role).filter((a) => ROUND_STATES_FOR[a].includes(roundState));

export const stepOfBranchState = (state: BranchState): GradingStep => state.slice(0, state.indexOf('.')) as GradingStep;
