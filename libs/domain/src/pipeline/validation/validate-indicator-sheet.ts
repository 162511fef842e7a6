import { INDICATOR_NAMES, isIndicatorCode, type IndicatorCode } from '../indicators.js';
import {
  checkKey,
  checkLocalizedText,
  childPath,
  readArray,
  readNumber,
  readObject,
  required,
  show,
  type Problems,
} from './problems.js';

/** Sheets are totalled in tenths of a point, so 0.1 + 0.2 adds up exactly. */
const tenths = (weight: number): number => Math.round(weight * 10);
const formatPoints = (tenthsValue: number): string => String(tenthsValue / 10);

/** A weight in points: > 0, ≤ 100, at most one decimal. Returns tenths, or undefined when invalid. */
function readWeight(value: unknown, path: string, problems: Problems, code: string): number | undefined {
  const weight = readNumber(value, path, problems, { min: 0.1, max: 100, code, what: { zhCN: '分值', en: 'weight' } });
  if (weight === undefined) return undefined;
  if (Math.abs(weight * 10 - tenths(weight)) > 1e-9) {
    problems.add(
      path,
      code,
      `分值最多保留一位小数，实际为 ${weight}`,
      `a weight has at most one decimal, got ${weight}`,
    );
    return undefined;
  }
  return tenths(weight);
}

interface IndicatorSeen {
  readonly index: number;
  readonly weight: number | undefined;
}

/**
 * 评价指标体系 (SPEC §6 rule 3): each indicator is one of the seven, listed once, with a weight; the
 * weights total exactly 100; every item refines one listed indicator; each indicator's items add up
 * to its weight. Errors name the indicator.
 */
export function validateIndicatorSheet(value: unknown, path: string, problems: Problems): void {
  const sheet = readObject(value, path, problems, ['indicators', 'items']);
  if (!sheet) return;
  const indicatorsPath = childPath(path, 'indicators');
  const itemsPath = childPath(path, 'items');
  const indicators = readArray(required(sheet, 'indicators', path, problems) ?? [], indicatorsPath, problems) ?? [];
  const items = readArray(required(sheet, 'items', path, problems) ?? [], itemsPath, problems) ?? [];

  const listed = new Map<IndicatorCode, IndicatorSeen>();
  let allWeightsValid = true;
  indicators.forEach((entry, index) => {
    const at = childPath(indicatorsPath, index);
    const indicator = readObject(entry, at, problems, ['code', 'name', 'weight']);
    if (!indicator) {
      allWeightsValid = false;
      return;
    }
    const code = required(indicator, 'code', at, problems);
    const name = required(indicator, 'name', at, problems);
    if (name !== undefined) checkLocalizedText(name, childPath(at, 'name'), problems);
    const weight = readWeight(
      required(indicator, 'weight', at, problems),
      childPath(at, 'weight'),
      problems,
      'INDICATOR_WEIGHT_INVALID',
    );
    if (weight === undefined) allWeightsValid = false;
    if (code === undefined) return;
    if (!isIndicatorCode(code)) {
      problems.add(
        childPath(at, 'code'),
        'INDICATOR_UNKNOWN',
        `指标 ${show(code)} 不是七项指标之一（党组织带头人、工作思路、工作制度、活动阵地、保障机制、工作业绩、群众评价）`,
        `indicator ${show(code)} is not one of the seven (leader, work-plan, rules, venue, support, results, public-appraisal)`,
      );
      return;
    }
    if (listed.has(code)) {
      problems.add(
        childPath(at, 'code'),
        'INDICATOR_DUPLICATE',
        `指标「${INDICATOR_NAMES[code].zhCN}」重复列出`,
        `indicator "${INDICATOR_NAMES[code].en}" is listed twice`,
      );
      return;
    }
    listed.set(code, { index, weight });
  });

  if (allWeightsValid) {
    const total = [...listed.values()].reduce((sum, seen) => sum + (seen.weight ?? 0), 0);
    if (total !== 1000) {
      const parts = [...listed.entries()].map(([code, seen]) => ({ code, points: formatPoints(seen.weight ?? 0) }));
      problems.add(
        indicatorsPath,
        'INDICATOR_SHEET_TOTAL_NOT_100',
        `各项指标合计 ${formatPoints(total)} 分，应为 100 分（${parts.map((p) => `${INDICATOR_NAMES[p.code].zhCN} ${p.points}`).join('、')}）`,
        `the indicators total ${formatPoints(total)} points, not 100 (${parts.map((p) => `${INDICATOR_NAMES[p.code].en} ${p.points}`).join(', ')})`,
      );
    }
  }

  const itemSums = validateItems(items, itemsPath, listed, problems);
  for (const [code, seen] of listed) {
    const sum = itemSums.get(code);
    if (seen.weight === undefined || sum === undefined || sum.invalid) continue;
    const name = INDICATOR_NAMES[code];
    const at = childPath(childPath(indicatorsPath, seen.index), 'weight');
    if (sum.count === 0) {
      problems.add(
        at,
        'INDICATOR_ITEMS_MISSING',
        `指标「${name.zhCN}」没有细项`,
        `indicator "${name.en}" has no items`,
      );
    } else if (sum.total !== seen.weight) {
      problems.add(
        at,
        'INDICATOR_ITEMS_SUM_MISMATCH',
        `指标「${name.zhCN}」的细项合计 ${formatPoints(sum.total)} 分，与该指标的 ${formatPoints(seen.weight)} 分不符`,
        `the items of indicator "${name.en}" total ${formatPoints(sum.total)} points, but the indicator weighs ${formatPoints(seen.weight)}`,
      );
    }
  }
}

interface ItemSum {
  total: number;
  count: number;
  invalid: boolean;
}

function validateItems(
  items: readonly unknown[],
  path: string,
  listed: ReadonlyMap<IndicatorCode, IndicatorSeen>,
  problems: Problems,
): Map<IndicatorCode, ItemSum> {
  const sums = new Map<IndicatorCode, ItemSum>(
    [...listed.keys()].map((code) => [code, { total: 0, count: 0, invalid: false }]),
  );
  const keys = new Map<string, number>();
  items.forEach((entry, index) => {
    const at = childPath(path, index);
    const item = readObject(entry, at, problems, ['key', 'name', 'indicator', 'weight']);
    if (!item) return;
    const keyValue = required(item, 'key', at, problems);
    const key = keyValue === undefined ? undefined : checkKey(keyValue, childPath(at, 'key'), problems);
    if (key !== undefined) {
      const earlier = keys.get(key);
      if (earlier !== undefined) {
        problems.add(
          childPath(at, 'key'),
          'ITEM_KEY_DUPLICATE',
          `细项标识 ${key} 与第 ${earlier + 1} 项重复`,
          `item key ${key} repeats item ${earlier + 1}`,
        );
      } else keys.set(key, index);
    }
    const name = required(item, 'name', at, problems);
    if (name !== undefined) checkLocalizedText(name, childPath(at, 'name'), problems);
    const weight = readWeight(
      required(item, 'weight', at, problems),
      childPath(at, 'weight'),
      problems,
      'ITEM_WEIGHT_INVALID',
    );
    const indicator = required(item, 'indicator', at, problems);
    if (indicator === undefined) return;
    const sum = isIndicatorCode(indicator) ? sums.get(indicator) : undefined;
    if (!sum) {
      problems.add(
        childPath(at, 'indicator'),
        'ITEM_UNKNOWN_INDICATOR',
        `细项所属指标 ${show(indicator)} 不在本指标表的指标之列`,
        `the item refines ${show(indicator)}, which is not an indicator of this sheet`,
      );
      return;
    }
    sum.count += 1;
    if (weight === undefined) sum.invalid = true;
    else sum.total += weight;
  });
  return sums;
}
