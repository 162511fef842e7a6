import { DomainError } from '../domain.error.js';

/**
 * One nomination through the round: 推荐 → 考察 (passes or not) → 公示 (an upheld objection
 * withdraws it) → 审批 (approved or rejected by the supervisor approval) → 表彰.
 */
export const NOMINATION_STATES = [
  'nominated',
  'vetted',
  'not-vetted',
  'publicised',
  'withdrawn',
  'approved',
  'rejected',
  'commended',
] as const;
export type NominationState = (typeof NOMINATION_STATES)[number];

export const NOMINATION_ACTIONS = [
  'pass-vetting',
  'fail-vetting',
  'publicise',
  'uphold-objection',
  'approve',
  'reject',
  'commend',
] as const;
export type NominationAction = (typeof NOMINATION_ACTIONS)[number];

const TRANSITIONS: Readonly<Record<NominationAction, { from: readonly NominationState[]; to: NominationState }>> = {
  'pass-vetting': { from: ['nominated'], to: 'vetted' },
  'fail-vetting': { from: ['nominated'], to: 'not-vetted' },
  publicise: { from: ['vetted'], to: 'publicised' },
  'uphold-objection': { from: ['publicised'], to: 'withdrawn' },
  approve: { from: ['publicised'], to: 'approved' },
  reject: { from: ['publicised'], to: 'rejected' },
  commend: { from: ['approved'], to: 'commended' },
};

export const canTransitionNomination = (state: NominationState, action: NominationAction): boolean =>
  TRANSITIONS[action].from.includes(state);

export function nextNominationState(state: NominationState, action: NominationAction): NominationState {
  if (!canTransitionNomination(state, action)) {
    throw new DomainError(
      'NOMINATION_STATE_CONFLICT',
      'conflict',
      { zhCN: `推荐处于「${state}」状态，不能执行 ${action}`, en: `a nomination in state ${state} cannot ${action}` },
      'state',
    );
  }
  return TRANSITIONS[action].to;
}

/** Those still in the running once publicity ends: the decide step's approval covers exactly these. */
export const inTheRunning = <T extends { state: NominationState }>(nominations: readonly T[]): T[] =>
  nominations.filter((n) => n.state === 'publicised');

/** 表彰名单 — commended nominations, organisations first, then by nominee id (stable order). */
export const commendationList = <T extends { state: NominationState; nomineeKind: string; nomineeId: string }>(
  nominations: readonly T[],
): T[] =>
  nominations
    .filter((n) => n.state === 'commended')
    .sort((a, b) =>
      a.nomineeKind !== b.nomineeKind
        ? a.nomineeKind === 'organisation'
          ? -1
          : 1
        : a.nomineeId < b.nomineeId
          ? -1
          : a.nomineeId > b.nomineeId
            ? 1
            : 0,
    );
