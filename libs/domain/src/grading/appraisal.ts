import { DomainError, type DomainErrorDetail } from '../domain.error.js';
import { compositeScoreProblems, type CompositeScoreRules } from './composite-score.js';
import type { OverallScore, SourceScores } from './grading-input.types.js';

const PREFIX = '$.sources.membersAndPublic';

/**
 * 党员群众评议: one member's or one member of the public's appraisal of a branch — item by item
 * against the sector's sheet, or one overall score on 100 points, checked with the composite
 * score's own rules. Returns the appraisal's total on 100 points (two decimals), or refuses
 * (invalid → 422) with every problem at `$.items.<key>` / `$.overall`.
 */
export function appraisalTotal(scores: SourceScores, organisationCode: string, rules: CompositeScoreRules): number {
  const shapeOk = typeof scores === 'object' && scores !== null && 'items' in scores !== 'overall' in scores;
  if (!shapeOk) {
    throw new DomainError(
      'GRADING_APPRAISAL_SHAPE',
      'invalid',
      { zhCN: '评议须逐项打分或给出总分，二者选其一', en: 'appraise item by item or give one overall score, not both' },
      'items',
    );
  }
  const { problems } = compositeScoreProblems({ organisationCode, sources: { membersAndPublic: scores } }, rules);
  const own: DomainErrorDetail[] = problems
    .filter((p) => p.path.startsWith(PREFIX))
    .map((p) => ({ ...p, path: `$${p.path.slice(PREFIX.length)}` }));
  if (own.length > 0) {
    throw new DomainError(
      own.every((p) => p.code === own[0]!.code) ? own[0]!.code : 'GRADING_SCORE_INVALID',
      'invalid',
      { zhCN: `对党组织 ${organisationCode} 的评议有误`, en: `the appraisal of ${organisationCode} is not valid` },
      'items',
      own,
    );
  }
  const hundredths =
    'items' in scores
      ? Object.values(scores.items).reduce((sum, points) => sum + Math.round(points * 100), 0)
      : Math.round(scores.overall * 100);
  return hundredths / 100;
}

/**
 * The 党员群众评议 source of a branch: the mean of every appraisal's total (members and public
 * alike, one voice each), rounded half up to two decimals; absent when nobody appraised.
 * `sumOfTotals` is exact in hundredths (the database sums numeric(5,2) values).
 */
export function membersAndPublicSource(sumOfTotals: number, appraisals: number): OverallScore | undefined {
  if (appraisals <= 0) return undefined;
  const sumHundredths = Math.round(sumOfTotals * 100);
  return { overall: Math.floor((2 * sumHundredths + appraisals) / (2 * appraisals)) / 100 };
}

/**
 * 群众满意度 in percent (0–100, one decimal): the share of public raters who said they were
 * satisfied. With no public rater there is no appraisal at all (无群众评议): null, never 100 %.
 */
export function publicSatisfactionPercent(satisfied: number, publicRaters: number): number | null {
  if (publicRaters <= 0) return null;
  return Math.round((satisfied / publicRaters) * 1000) / 10;
}
