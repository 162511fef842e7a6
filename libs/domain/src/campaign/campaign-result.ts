import type { CampaignWeights, PublicAppraisalBand } from '../pipeline/pipeline-definition.types.js';
import { round2 } from './competition-entry.js';

export const CAMPAIGN_SOURCES = ['public', 'peer', 'leader', 'competition'] as const;
export type CampaignSource = (typeof CAMPAIGN_SOURCES)[number];

/** Averages (0–100) of one subject's ratings per source; null when the source gave none. */
export type SourceAverages = Readonly<Record<CampaignSource, number | null>>;

export interface CampaignSubject {
  /** 'unit' (the window unit) or 'member'. */
  readonly kind: 'unit' | 'member';
  readonly id: string;
  readonly averages: SourceAverages;
}

export interface RankedSubject extends CampaignSubject {
  readonly score: number;
  /** 1 = best; equal scores share a rank and the next rank is skipped (1, 1, 3). */
  readonly rank: number;
}

/** The mean of some 0–100 ratings, two decimals; null when there are none. */
export function averageOf(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return round2(scores.reduce((sum, s) => sum + s, 0) / scores.length);
}

/**
 * A subject's campaign score: the weighted mean of its sources. A source with no ratings (a
 * member has no public ratings of their own, a unit no peer review) drops out and the others are
 * re-weighted over what is left, so a subject is never penalised for a channel it cannot have.
 * No source at all scores 0.
 */
export function campaignScore(averages: SourceAverages, weights: CampaignWeights): number {
  let weighted = 0;
  let weightUsed = 0;
  for (const source of CAMPAIGN_SOURCES) {
    const average = averages[source];
    if (average === null || weights[source] === 0) continue;
    weighted += average * weights[source];
    weightUsed += weights[source];
  }
  return weightUsed === 0 ? 0 : round2(weighted / weightUsed);
}

/**
 * The ranked result, per kind (units among units, members among members), best first. Order:
 * higher score, then higher public average (the seed's main basis), then id in code-point order
 * — a total order, independent of the input order.
 */
export function rankCampaign(subjects: readonly CampaignSubject[], weights: CampaignWeights): RankedSubject[] {
  const scored = subjects.map((s) => ({ ...s, score: campaignScore(s.averages, weights) }));
  const ranked: RankedSubject[] = [];
  for (const kind of ['unit', 'member'] as const) {
    const group = scored
      .filter((s) => s.kind === kind)
      .sort(
        (a, b) =>
          b.score - a.score ||
          (b.averages.public ?? -1) - (a.averages.public ?? -1) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    group.forEach((subject, index) => {
      const previous = ranked.at(-1);
      const tied = index > 0 && previous !== undefined && previous.score === subject.score;
      ranked.push({ ...subject, rank: tied ? previous.rank : index + 1 });
    });
  }
  return ranked;
}

/**
 * 群众评价 — the share (percent) of the grading cycle's public-appraisal indicator a unit's campaign
 * score maps to: the first band (highest first) whose minimum the score reaches. The validated
 * mapping ends at 0, so every score maps.
 */
export function mapToPublicAppraisal(score: number, mapping: readonly PublicAppraisalBand[]): number {
  const band = mapping.find((b) => score >= b.minScore);
  return band ? band.percent : 0;
}
