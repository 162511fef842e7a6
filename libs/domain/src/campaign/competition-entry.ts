import { DomainError } from '../domain.error.js';
import type { CompetitionItem } from '../pipeline/pipeline-definition.types.js';

/**
 * 三比 — one entry's score on the configured sheet: each item is scored 0–100 and weighs its
 * sheet weight, so the entry's score is again 0–100. Every item must be scored, none invented.
 */
export function scoreCompetitionEntry(
  sheet: readonly CompetitionItem[],
  itemScores: Readonly<Record<string, unknown>>,
): number {
  const invalid = (field: string, zhCN: string, en: string) =>
    new DomainError('COMPETITION_ENTRY_INVALID', 'invalid', { zhCN, en }, field);
  for (const key of Object.keys(itemScores)) {
    if (!sheet.some((item) => item.key === key)) {
      throw invalid(`itemScores.${key}`, `评分表中没有评分项 ${key}`, `the sheet has no item ${key}`);
    }
  }
  let total = 0;
  for (const item of sheet) {
    const score = itemScores[item.key];
    if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
      throw invalid(
        `itemScores.${item.key}`,
        `「${item.name.zhCN}」应评 0–100 分`,
        `"${item.name.en}" must be scored from 0 to 100`,
      );
    }
    total += (score * item.weight) / 100;
  }
  return round2(total);
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;
