import { DomainError } from '../domain.error.js';
import { INDICATOR_CODES } from '../pipeline/indicators.js';
import type { IndicatorAttainment } from './composite-score.js';

/** How many of its weakest indicators a plan aims at unless configured otherwise. */
export const DEFAULT_RECTIFICATION_TARGET_COUNT = 2;

/**
 * 突出重点、聚焦问题 — the branch's lowest-scoring indicators, the targets of its rectification plan
 * (SPEC §6 rule 12). "Lowest-scoring" compares attainment (the share of the indicator's points
 * earned), not raw points, so a 20-point indicator is not favoured over a 10-point one. Ties break
 * deterministically: the heavier indicator first (its gap costs more points), then the order of
 * the seven indicators in document 3 (党组织带头人 … 群众评价).
 */
export function rectificationTargets(
  indicators: readonly IndicatorAttainment[],
  count: number = DEFAULT_RECTIFICATION_TARGET_COUNT,
): IndicatorAttainment[] {
  if (!Number.isInteger(count) || count < 1) {
    throw new DomainError(
      'RECTIFICATION_TARGET_COUNT_INVALID',
      'invalid',
      {
        zhCN: `整改目标指标数应为正整数，实际为 ${count}`,
        en: `the number of targets must be a whole number ≥ 1, got ${count}`,
      },
      'targetCount',
    );
  }
  const order = (code: string) => (INDICATOR_CODES as readonly string[]).indexOf(code);
  return [...indicators]
    .sort((a, b) => a.attainment - b.attainment || b.weight - a.weight || order(a.code) - order(b.code))
    .slice(0, count);
}
