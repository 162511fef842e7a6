import { compositeScoreProblems, type CompositeScoreRules, type IndicatorAttainment } from './composite-score.js';
import type { AppraisalSources } from './grading-input.types.js';
import { APPRAISAL_SOURCES } from './tier.js';

/**
 * The branch's attainment per indicator, the basis of its rectification targets. It is the same
 * attainment compositeScore computes — the average of the sources scored item by item, by their
 * appraisal weights — but it needs only the itemised sources: a source that is missing (or was
 * given as one overall score) says nothing about single indicators, so it stands in as an overall
 * score that the per-indicator average leaves out. Null when no source scores item by item.
 */
export function rectificationIndicators(
  organisationCode: string,
  sources: AppraisalSources,
  rules: CompositeScoreRules,
): readonly IndicatorAttainment[] | null {
  const complete = Object.fromEntries(
    APPRAISAL_SOURCES.map((source) => [source, sources[source] ?? { overall: 0 }]),
  ) as AppraisalSources;
  const itemised = APPRAISAL_SOURCES.some((source) => {
    const scores = sources[source];
    return scores !== undefined && 'items' in scores;
  });
  if (!itemised) return null;
  const { score } = compositeScoreProblems({ organisationCode, sources: complete }, rules);
  return score ? score.indicators : null;
}
