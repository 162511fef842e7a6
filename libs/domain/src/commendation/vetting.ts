import type { CommendationRules } from '../pipeline/pipeline-definition.types.js';

/** 考察 — members' and the public's opinion of one nominee. */
export const OPINION_STANCES = ['support', 'oppose', 'abstain'] as const;
export type OpinionStance = (typeof OPINION_STANCES)[number];

export interface VettingOutcome {
  readonly support: number;
  readonly oppose: number;
  readonly abstain: number;
  /** Support as a share of all opinions, two decimals; 0 with no opinions. */
  readonly supportPercent: number;
  readonly passed: boolean;
}

/**
 * A nominee passes vetting with at least the configured share of supporting opinions among all
 * opinions given (abstentions count in the base, so silence is not support). No opinion at all
 * never passes: vetting means someone was heard.
 */
export function vettingOutcome(
  stances: readonly OpinionStance[],
  rules: Pick<CommendationRules, 'minSupportPercent'>,
): VettingOutcome {
  const count = (stance: OpinionStance) => stances.filter((s) => s === stance).length;
  const support = count('support');
  const supportPercent = stances.length === 0 ? 0 : Math.round((support / stances.length) * 10_000) / 100;
  return {
    support,
    oppose: count('oppose'),
    abstain: count('abstain'),
    supportPercent,
    passed: stances.length > 0 && support * 100 >= rules.minSupportPercent * stances.length,
  };
}
