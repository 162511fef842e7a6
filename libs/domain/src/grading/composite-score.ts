import type { DomainErrorDetail } from '../domain.error.js';
import type { IndicatorCode } from '../pipeline/indicators.js';
import { formatPath } from '../pipeline/json-path.js';
import type { AppraisalWeights, IndicatorSheet } from '../pipeline/pipeline-definition.types.js';
import { problem, refusal } from './grading.errors.js';
import type { AppraisalSources, BranchGradingInput, SourceScores } from './grading-input.types.js';
import { APPRAISAL_SOURCE_NAMES, APPRAISAL_SOURCES, type AppraisalSource } from './tier.js';

/** One indicator of the sheet as the branch scored on it: the basis of rectification targets. */
export interface IndicatorAttainment {
  readonly code: IndicatorCode;
  readonly weight: number;
  /** 0–1, four decimals: the share of the indicator's points earned (see compositeScore). */
  readonly attainment: number;
  /** attainment × weight, two decimals. */
  readonly points: number;
}

/** 综合得分 on the 100-point scale (百分制), with what it is made of. */
export interface CompositeScore {
  /** 0–100, two decimals, rounded half up. */
  readonly total: number;
  /** Each source on its own 100-point scale, two decimals. */
  readonly sources: Readonly<Record<AppraisalSource, number>>;
  /** In the sheet's order. */
  readonly indicators: readonly IndicatorAttainment[];
}

export interface CompositeScoreRules {
  readonly sheet: IndicatorSheet;
  readonly appraisalWeights: AppraisalWeights;
}

type Branch = Pick<BranchGradingInput, 'organisationCode' | 'sources'>;

/** A score has at most two decimals, so sums are exact in hundredths of a point. */
const hundredths = (value: number): number => Math.round(value * 100);
const hasTwoDecimalsAtMost = (value: number): boolean => Math.abs(value * 100 - hundredths(value)) < 1e-6;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface SourceRead {
  /** Hundredths of a point out of 10 000. */
  readonly total: number;
  /** Hundredths per item key, when the source is scored item by item. */
  readonly items?: ReadonlyMap<string, number>;
}

/** Paths and names are built only for a problem: a county scores 10 000 branches × 3 sources. */
function checkScore(
  value: unknown,
  max: number,
  describe: () => { path: string; what: { zhCN: string; en: string } },
  problems: DomainErrorDetail[],
): number | undefined {
  if (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= 0 &&
    value <= max &&
    hasTwoDecimalsAtMost(value)
  ) {
    return hundredths(value);
  }
  const { path, what } = describe();
  problems.push(
    problem(
      path,
      'GRADING_SCORE_OUT_OF_RANGE',
      `${what.zhCN}（${path}）得分应在 0–${max} 之间、最多两位小数，实际为 ${JSON.stringify(value) ?? String(value)}`,
      `${what.en} (${path}) must score 0–${max} with at most two decimals, got ${JSON.stringify(value) ?? String(value)}`,
    ),
  );
  return undefined;
}

function readSource(
  source: AppraisalSource,
  scores: SourceScores,
  sheet: IndicatorSheet,
  code: string,
  path: string,
  problems: DomainErrorDetail[],
): SourceRead | undefined {
  const name = APPRAISAL_SOURCE_NAMES[source];
  const raw = scores as unknown;
  const itemised = isRecord(raw) && 'items' in raw;
  const overall = isRecord(raw) && 'overall' in raw;
  if (itemised === overall || (source === 'self' && !itemised)) {
    problems.push(
      problem(
        path,
        'GRADING_SOURCE_INVALID',
        source === 'self'
          ? `党组织 ${code} 的${name.zhCN}应逐项打分（items）`
          : `党组织 ${code} 的${name.zhCN}应为逐项打分（items）或总分（overall）之一`,
        source === 'self'
          ? `the ${name.en} of branch ${code} must score item by item (items)`
          : `the ${name.en} of branch ${code} must be either item scores (items) or one overall score`,
      ),
    );
    return undefined;
  }
  if (overall) {
    const total = checkScore(
      (raw as { overall: unknown }).overall,
      100,
      () => ({ path: `${path}.overall`, what: name }),
      problems,
    );
    return total === undefined ? undefined : { total };
  }
  const items = (raw as { items: unknown }).items;
  if (!isRecord(items)) {
    problems.push(
      problem(
        `${path}.items`,
        'GRADING_SOURCE_INVALID',
        `党组织 ${code} 的${name.zhCN}逐项得分应为对象`,
        `the ${name.en} item scores of branch ${code} must be an object`,
      ),
    );
    return undefined;
  }
  const before = problems.length;
  const read = new Map<string, number>();
  const itemsPath = `${path}.items`;
  const itemPath = (key: string) => itemsPath + formatPath([key]).slice(1);
  for (const item of sheet.items) {
    if (!Object.hasOwn(items, item.key)) {
      problems.push(
        problem(
          itemPath(item.key),
          'GRADING_ITEM_SCORE_MISSING',
          `党组织 ${code} 的${name.zhCN}缺少细项「${item.name.zhCN}」（${item.key}）的得分`,
          `the ${name.en} of branch ${code} has no score for item "${item.name.en}" (${item.key})`,
        ),
      );
      continue;
    }
    const describe = () => ({
      path: itemPath(item.key),
      what: { zhCN: `细项「${item.name.zhCN}」`, en: `item "${item.name.en}"` },
    });
    const value = checkScore(items[item.key], item.weight, describe, problems);
    if (value !== undefined) read.set(item.key, value);
  }
  const known = new Set(sheet.items.map((i) => i.key));
  for (const key of Object.keys(items).filter((k) => !known.has(k))) {
    problems.push(
      problem(
        itemPath(key),
        'GRADING_ITEM_UNKNOWN',
        `细项 ${key} 不在本领域的指标表中`,
        `item ${key} is not on this sector's indicator sheet`,
      ),
    );
  }
  if (problems.length > before) return undefined;
  return { total: [...read.values()].reduce((sum, v) => sum + v, 0), items: read };
}

/**
 * 综合评分 (SPEC §6 rule 4). Each source is scored on 100 points — item by item against the sheet
 * (the items' weights total 100) or as one overall score — and the total is the sources weighted by
 * the definition's appraisal weights (default 15 / 20 / 65): total = Σ weight × source / 100,
 * computed exactly in hundredths and rounded half up to two decimals.
 *
 * Per indicator, the attainment is the share of the indicator's points earned, averaged over the
 * sources scored item by item (自评 always is) with their appraisal weights; a source given only as
 * an overall score says nothing about single indicators and is left out of that average.
 *
 * Returns every problem at once (paths under `path`): a missing source, a missing or unknown item,
 * a score out of range. Never throws.
 */
export function compositeScoreProblems(
  branch: Branch,
  rules: CompositeScoreRules,
  path = '$',
): { score?: CompositeScore; problems: DomainErrorDetail[] } {
  const problems: DomainErrorDetail[] = [];
  const code = branch.organisationCode;
  const reads = new Map<AppraisalSource, SourceRead>();
  const sources: AppraisalSources = isRecord(branch.sources) ? branch.sources : {};
  for (const source of APPRAISAL_SOURCES) {
    const at = `${path}.sources.${source}`;
    const scores = sources[source];
    if (scores === undefined || scores === null) {
      const name = APPRAISAL_SOURCE_NAMES[source];
      problems.push(
        problem(
          at,
          'GRADING_SOURCE_MISSING',
          `党组织 ${code} 缺少${name.zhCN}，不能定级`,
          `branch ${code} has no ${name.en}; it cannot be classified`,
        ),
      );
      continue;
    }
    const read = readSource(source, scores, rules.sheet, code, at, problems);
    if (read) reads.set(source, read);
  }
  if (problems.length > 0) return { problems };

  const tenths = (source: AppraisalSource) => Math.round(rules.appraisalWeights[source] * 10);
  const numerator = APPRAISAL_SOURCES.reduce((sum, s) => sum + tenths(s) * reads.get(s)!.total, 0);
  const total = Math.floor((numerator + 500) / 1000) / 100;

  const itemised = APPRAISAL_SOURCES.filter((s) => reads.get(s)!.items !== undefined);
  const itemisedWeight = itemised.reduce((sum, s) => sum + tenths(s), 0);
  const keysOf = new Map<string, string[]>();
  for (const item of rules.sheet.items) keysOf.set(item.indicator, [...(keysOf.get(item.indicator) ?? []), item.key]);
  const indicators = rules.sheet.indicators.map(({ code: indicator, weight }) => {
    const keys = keysOf.get(indicator) ?? [];
    const weighted = itemised.reduce((sum, s) => {
      const earned = keys.reduce((points, key) => points + reads.get(s)!.items!.get(key)!, 0);
      return sum + (tenths(s) * earned) / (weight * 100);
    }, 0);
    const attainment = Math.round((weighted / itemisedWeight) * 10_000) / 10_000;
    return { code: indicator, weight, attainment, points: Math.round(attainment * weight * 100) / 100 };
  });

  const sourceScores = Object.fromEntries(APPRAISAL_SOURCES.map((s) => [s, reads.get(s)!.total / 100])) as Record<
    AppraisalSource,
    number
  >;
  return { score: { total, sources: sourceScores, indicators }, problems };
}

/** compositeScoreProblems for one branch, refusing (invalid → 422) with every problem. */
export function compositeScore(branch: Branch, rules: CompositeScoreRules): CompositeScore {
  const { score, problems } = compositeScoreProblems(branch, rules);
  if (score) return score;
  throw refusal(
    'invalid',
    'GRADING_SCORE_INVALID',
    {
      zhCN: `党组织 ${branch.organisationCode} 不能计算综合得分`,
      en: `branch ${branch.organisationCode} cannot be scored`,
    },
    problems,
  );
}
