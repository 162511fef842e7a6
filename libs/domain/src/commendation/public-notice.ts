import { commendationList, type NominationState } from './nomination-state.js';

/** The phases of a commendation round (推荐 → 考察 → 公示 → 审批 → 表彰, or 未通过). */
export const COMMENDATION_ROUND_PHASES = ['nominate', 'vet', 'publicise', 'decide', 'commended', 'rejected'] as const;
export type CommendationRoundPhase = (typeof COMMENDATION_ROUND_PHASES)[number];

/**
 * What the public notice (公示 / 表彰名单) of a round shows: nothing while nominations are only
 * proposed or vetted inside the unit; during 公示 and until the decision, the nominations still in
 * the running; once commended, the commendation list. Withdrawn, failed or rejected nominations
 * are never shown.
 */
export function publicNominations<T extends { state: NominationState; nomineeKind: string; nomineeId: string }>(
  phase: CommendationRoundPhase,
  nominations: readonly T[],
): T[] {
  switch (phase) {
    case 'publicise':
    case 'decide':
      return nominations.filter((n) => n.state === 'publicised' || n.state === 'approved');
    case 'commended':
      return commendationList(nominations);
    default:
      return [];
  }
}
