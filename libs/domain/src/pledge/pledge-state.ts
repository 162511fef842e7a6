import { DomainError } from '../domain.error.js';

/**
 * The life of a pledge as a state machine (SPEC §6 rule 15): 提出 → 审核 (into the 承诺台账 ledger)
 * → 公开 → 履行 → 评议 → 反馈. A transition from any other state is refused (409) and changes nothing.
 */
export const PLEDGE_STATES = [
  'proposed', // 待审核
  'returned', // 退回修改
  'approved', // 已入台账，待公开
  'fulfilling', // 已公开，履行中
  'evaluating', // 评议中
  'evaluated', // 已评议，待反馈
  'closed', // 已反馈，评议结束
] as const;
export type PledgeState = (typeof PLEDGE_STATES)[number];

export const PLEDGE_STATE_NAMES: Readonly<Record<PledgeState, { zhCN: string; en: string }>> = {
  proposed: { zhCN: '待审核', en: 'awaiting review' },
  returned: { zhCN: '退回修改', en: 'returned for revision' },
  approved: { zhCN: '已入台账，待公开', en: 'in the ledger, awaiting publicity' },
  fulfilling: { zhCN: '已公开，履行中', en: 'publicised, being fulfilled' },
  evaluating: { zhCN: '评议中', en: 'being evaluated' },
  evaluated: { zhCN: '已评议，待反馈', en: 'evaluated, awaiting feedback' },
  closed: { zhCN: '已反馈', en: 'fed back' },
};

export const PLEDGE_ACTIONS = [
  'approve',
  'return',
  'revise',
  'amend',
  'publicise',
  'report-progress',
  'complete-fulfilment',
  'evaluate',
  'conclude-evaluation',
  'feed-back',
] as const;
export type PledgeAction = (typeof PLEDGE_ACTIONS)[number];

/** From which state each action is accepted, and the state it leads to. */
const TRANSITIONS: Readonly<Record<PledgeAction, { from: readonly PledgeState[]; to: PledgeState | 'same' }>> = {
  approve: { from: ['proposed'], to: 'approved' },
  return: { from: ['proposed'], to: 'returned' },
  revise: { from: ['returned'], to: 'proposed' },
  // 台账修订: the line stays, a new version line is added; the state does not move.
  amend: { from: ['approved', 'fulfilling'], to: 'same' },
  publicise: { from: ['approved'], to: 'fulfilling' },
  'report-progress': { from: ['fulfilling'], to: 'same' },
  'complete-fulfilment': { from: ['fulfilling'], to: 'evaluating' },
  evaluate: { from: ['evaluating'], to: 'same' },
  'conclude-evaluation': { from: ['evaluating'], to: 'evaluated' },
  'feed-back': { from: ['evaluated'], to: 'closed' },
};

/** The step of the pledge pipeline (the default definition's keys) a state waits on. */
export const STEP_OF_STATE: Readonly<Record<PledgeState, string | null>> = {
  proposed: 'review',
  returned: 'propose',
  approved: 'publicise',
  fulfilling: 'fulfil',
  evaluating: 'evaluate',
  evaluated: 'feedback',
  closed: null,
};

const WHY_REFUSED: Partial<Record<PledgeAction, { zhCN: string; en: string }>> = {
  publicise: {
    zhCN: '承诺须经审核列入承诺台账后才能公开',
    en: 'a pledge is publicised only after review has put it in the ledger',
  },
  'complete-fulfilment': { zhCN: '承诺公开后才能履行和完成', en: 'a pledge is fulfilled only after it is publicised' },
  evaluate: {
    zhCN: '承诺公开并履行完成后才能评议',
    en: 'a pledge is evaluated only after it is publicised and fulfilled',
  },
  'feed-back': { zhCN: '评议结束后才能反馈', en: 'feedback comes only after the evaluation is concluded' },
};

export function canTransition(state: PledgeState, action: PledgeAction): boolean {
  return TRANSITIONS[action].from.includes(state);
}

/** The next state, or a conflict naming the current state (HTTP 409) when the order forbids it. */
export function nextPledgeState(state: PledgeState, action: PledgeAction): PledgeState {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(state)) {
    const why = WHY_REFUSED[action];
    const name = PLEDGE_STATE_NAMES[state];
    throw new DomainError(
      'PLEDGE_WRONG_STEP',
      'conflict',
      {
        zhCN: `${why ? `${why.zhCN}；` : ''}当前状态为“${name.zhCN}”，不能执行此操作`,
        en: `${why ? `${why.en}; ` : ''}the pledge is ${name.en}, so "${action}" is refused`,
      },
      'state',
    );
  }
  return transition.to === 'same' ? state : transition.to;
}

export const isPledgeState = (value: unknown): value is PledgeState =>
  typeof value === 'string' && (PLEDGE_STATES as readonly string[]).includes(value);
