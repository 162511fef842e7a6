import type { LocalizedText } from '../domain.error.js';
import {
  allowedActions,
  applyTransition,
  type GradingActorRole,
  type Machine,
  type Transition,
  type TransitionRequest,
} from './state-machine.util.js';
import type { GradingStep } from './tier.js';

/**
 * A grading round's states, prefixed with their step: 部署 → 分类定级 → 整改提高 → 考核验收
 * (SPEC §6 rule 1), strictly in that order.
 */
export const ROUND_STATES = [
  'deploy.pending',
  'grade.collecting',
  'grade.proposed',
  'grade.publicity',
  'grade.final',
  'rectify.open',
  'accept.open',
  'closed',
] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export const ROUND_ACTIONS = [
  'publishNotice',
  'proposeClassification',
  'approveClassification',
  'returnClassification',
  'reopenClassification',
  'finaliseTiers',
  'openRectification',
  'openAcceptance',
  'closeRound',
] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];

const t = (zhCN: string, en: string): LocalizedText => ({ zhCN, en });

/**
 * Who may do what, from which state. Guards that need data are the caller's, before the call:
 * - proposeClassification: classifyGradingUnit succeeds (sources, participation: rules 4, 5);
 * - finaliseTiers: assertPublicityMayEnd (rule 11) and assertMayFinaliseRound (rule 13);
 * - reopenClassification: any change after approval — an upheld objection's re-grade
 *   (regradeAfterObjection) or a correction — sends the tiers back for approval, with a reason
 *   (rule 10); after re-approval the corrected list is publicised again.
 * Tiers become final only through finaliseTiers, by the supervisor (rule 10).
 */
export const GRADING_ROUND_MACHINE: Machine<RoundState, RoundAction> = {
  name: t('晋位升级', 'the grading round'),
  states: {
    'deploy.pending': t('安排部署·待下发通知和指标', 'deploy: notice and sheet not yet issued'),
    'grade.collecting': t('分类定级·自评、评议和评定中', 'grade: collecting assessments and ratings'),
    'grade.proposed': t('分类定级·待上级审批', 'grade: awaiting the superior’s approval'),
    'grade.publicity': t('分类定级·公示中', 'grade: publicity'),
    'grade.final': t('分类定级·等次已确定', 'grade: tiers final'),
    'rectify.open': t('整改提高', 'rectify'),
    'accept.open': t('考核验收', 'accept'),
    closed: t('已结束', 'closed'),
  },
  rules: [
    {
      action: 'publishNotice',
      name: t('下发部署通知和指标', 'issue the notice and sheet'),
      from: ['deploy.pending'],
      to: 'grade.collecting',
      roles: ['administrator'],
    },
    {
      action: 'proposeClassification',
      name: t('提出拟定等次', 'propose the tiers'),
      from: ['grade.collecting'],
      to: 'grade.proposed',
      roles: ['administrator', 'system'],
    },
    {
      action: 'approveClassification',
      name: t('审批拟定等次', 'approve the proposed tiers'),
      from: ['grade.proposed'],
      to: 'grade.publicity',
      roles: ['supervisor'],
    },
    {
      action: 'returnClassification',
      name: t('退回拟定等次', 'return the proposed tiers'),
      from: ['grade.proposed'],
      to: 'grade.collecting',
      roles: ['supervisor'],
      reasonRequired: true,
    },
    {
      action: 'reopenClassification',
      name: t('重新报批等次', 'reopen the tiers for approval'),
      from: ['grade.publicity', 'grade.final'],
      to: 'grade.proposed',
      roles: ['supervisor', 'administrator'],
      reasonRequired: true,
    },
    {
      action: 'finaliseTiers',
      name: t('确定等次', 'finalise the tiers'),
      from: ['grade.publicity'],
      to: 'grade.final',
      roles: ['supervisor'],
    },
    {
      action: 'openRectification',
      name: t('开始整改提高', 'open rectification'),
      from: ['grade.final'],
      to: 'rectify.open',
      roles: ['administrator', 'system'],
    },
    {
      action: 'openAcceptance',
      name: t('开始考核验收', 'open acceptance'),
      from: ['rectify.open'],
      to: 'accept.open',
      roles: ['administrator', 'system'],
    },
    {
      action: 'closeRound',
      name: t('结束本轮', 'close the round'),
      from: ['accept.open'],
      to: 'closed',
      roles: ['administrator', 'system'],
    },
  ],
};

/** One round transition, or a coded refusal (wrong step → 409, wrong role → 403, no reason → 422). */
export const transitionRound = (
  state: RoundState,
  request: TransitionRequest<RoundAction>,
): Transition<RoundState, RoundAction> => applyTransition(GRADING_ROUND_MACHINE, state, request);

export const roundActionsAllowed = (state: RoundState, role?: GradingActorRole): RoundAction[] =>
  allowedActions(GRADING_ROUND_MACHINE, state, role);

/** The step a round state belongs to; a closed round has finished its last step. */
export const stepOfRoundState = (state: RoundState): GradingStep =>
  state === 'closed' ? 'accept' : (state.slice(0, state.indexOf('.')) as GradingStep);
