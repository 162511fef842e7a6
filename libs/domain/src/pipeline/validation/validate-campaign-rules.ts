import {
  checkKey,
  checkLocalizedText,
  childPath,
  readArray,
  readNumber,
  readObject,
  required,
  type Problems,
} from './problems.js';

const percent = (zhCN: string, en: string) => ({ min: 0, max: 100, code: 'PERCENT_OUT_OF_RANGE', what: { zhCN, en } });

/**
 * 三亮三比三评 rules: a competition sheet of 100 points, 三评 weights adding up to 100, a follow-up
 * threshold and deadline, and a 群众评价 mapping whose bands fall strictly from the highest.
 */
export function validateCampaignRules(value: unknown, path: string, problems: Problems): void {
  const rules = readObject(value, path, problems, [
    'competitionSheet',
    'weights',
    'lowPublicScoreBelow',
    'followUpDays',
    'publicAppraisalMapping',
  ]);
  if (!rules) return;
  validateCompetitionSheet(
    required(rules, 'competitionSheet', path, problems),
    childPath(path, 'competitionSheet'),
    problems,
  );
  validateWeights(required(rules, 'weights', path, problems), childPath(path, 'weights'), problems);
  readNumber(
    required(rules, 'lowPublicScoreBelow', path, problems),
    childPath(path, 'lowPublicScoreBelow'),
    problems,
    percent('群众评分整改线', 'low public score line'),
  );
  readNumber(required(rules, 'followUpDays', path, problems), childPath(path, 'followUpDays'), problems, {
    min: 1,
    max: 365,
    integer: true,
    code: 'FOLLOW_UP_DAYS_INVALID',
    what: { zhCN: '整改期限（天）', en: 'follow-up deadline (days)' },
  });
  validateMapping(
    required(rules, 'publicAppraisalMapping', path, problems),
    childPath(path, 'publicAppraisalMapping'),
    problems,
  );
}

function validateCompetitionSheet(value: unknown, path: string, problems: Problems): void {
  if (value === undefined) return;
  const items = readArray(value, path, problems);
  if (!items) return;
  if (items.length === 0) {
    problems.add(
      path,
      'COMPETITION_SHEET_EMPTY',
      '三比评分表至少需要一项',
      'the competition sheet needs at least one item',
    );
    return;
  }
  const keys = new Set<string>();
  let total = 0;
  let allValid = true;
  items.forEach((raw, index) => {
    const at = childPath(path, index);
    const item = readObject(raw, at, problems, ['key', 'name', 'weight']);
    if (!item) {
      allValid = false;
      return;
    }
    const keyValue = required(item, 'key', at, problems);
    const key = keyValue === undefined ? undefined : checkKey(keyValue, childPath(at, 'key'), problems);
    if (key !== undefined) {
      if (keys.has(key)) {
        problems.add(
          childPath(at, 'key'),
          'COMPETITION_ITEM_DUPLICATE',
          `评分项 ${key} 重复`,
          `item ${key} is listed twice`,
        );
      }
      keys.add(key);
    }
    const name = required(item, 'name', at, problems);
    if (name !== undefined) checkLocalizedText(name, childPath(at, 'name'), problems);
    const weight = readNumber(required(item, 'weight', at, problems), childPath(at, 'weight'), problems, {
      min: 1,
      max: 100,
      integer: true,
      code: 'COMPETITION_WEIGHT_INVALID',
      what: { zhCN: '评分项分值', en: 'item weight' },
    });
    if (weight === undefined) allValid = false;
    else total += weight;
  });
  if (allValid && total !== 100) {
    problems.add(
      path,
      'COMPETITION_SHEET_TOTAL_NOT_100',
      `三比评分表合计 ${total} 分，应为 100 分`,
      `the competition sheet totals ${total} points, not 100`,
    );
  }
}

const WEIGHT_KEYS = ['public', 'peer', 'leader', 'competition'] as const;

function validateWeights(value: unknown, path: string, problems: Problems): void {
  if (value === undefined) return;
  const weights = readObject(value, path, problems, WEIGHT_KEYS);
  if (!weights) return;
  const read = WEIGHT_KEYS.map((key) =>
    readNumber(required(weights, key, path, problems), childPath(path, key), problems, {
      ...percent('权重', 'weight'),
      integer: true,
    }),
  );
  if (read.every((weight) => weight !== undefined)) {
    const total = read.reduce<number>((sum, weight) => sum + (weight ?? 0), 0);
    if (total !== 100) {
      problems.add(
        path,
        'CAMPAIGN_WEIGHTS_NOT_100',
        `群众评议、互评、领导点评与三比的权重合计 ${total}%，应为 100%`,
        `the public, peer, leader and competition weights total ${total} %, not 100 %`,
      );
    }
  }
}

function validateMapping(value: unknown, path: string, problems: Problems): void {
  if (value === undefined) return;
  const bands = readArray(value, path, problems);
  if (!bands) return;
  if (bands.length === 0) {
    problems.add(path, 'MAPPING_EMPTY', '群众评价映射至少需要一档', 'the 群众评价 mapping needs at least one band');
    return;
  }
  let previous: number | undefined;
  let lowest: number | undefined;
  bands.forEach((raw, index) => {
    const at = childPath(path, index);
    const band = readObject(raw, at, problems, ['minScore', 'percent']);
    if (!band) return;
    const minScore = readNumber(
      required(band, 'minScore', at, problems),
      childPath(at, 'minScore'),
      problems,
      percent('最低得分', 'minimum score'),
    );
    readNumber(
      required(band, 'percent', at, problems),
      childPath(at, 'percent'),
      problems,
      percent('映射比例', 'mapped share'),
    );
    if (minScore === undefined) return;
    if (previous !== undefined && minScore >= previous) {
      problems.add(
        childPath(at, 'minScore'),
        'MAPPING_OUT_OF_ORDER',
        `映射档位应按最低得分从高到低排列（${minScore} 不低于上一档 ${previous}）`,
        `bands must go from the highest minimum score down (${minScore} is not below ${previous})`,
      );
    }
    previous = minScore;
    lowest = minScore;
  });
  if (lowest !== undefined && lowest !== 0) {
    problems.add(
      path,
      'MAPPING_NOT_TOTAL',
      `最后一档的最低得分应为 0，使每个得分都有映射（实际为 ${lowest}）`,
      `the last band must start at 0 so that every score maps (it starts at ${lowest})`,
    );
  }
}

/** 学习先进 rules: a vetting window, a support threshold and a cap on nominations per organisation. */
export function validateCommendationRules(value: unknown, path: string, problems: Problems): void {
  const rules = readObject(value, path, problems, [
    'vetWorkingDays',
    'minSupportPercent',
    'maxNominationsPerOrganisation',
  ]);
  if (!rules) return;
  readNumber(required(rules, 'vetWorkingDays', path, problems), childPath(path, 'vetWorkingDays'), problems, {
    min: 1,
    max: 60,
    integer: true,
    code: 'VET_DAYS_INVALID',
    what: { zhCN: '考察期（工作日）', en: 'vetting period (working days)' },
  });
  readNumber(
    required(rules, 'minSupportPercent', path, problems),
    childPath(path, 'minSupportPercent'),
    problems,
    percent('赞成比例下限', 'minimum support'),
  );
  readNumber(
    required(rules, 'maxNominationsPerOrganisation', path, problems),
    childPath(path, 'maxNominationsPerOrganisation'),
    problems,
    { min: 1, max: 1000, integer: true, what: { zhCN: '每个组织推荐名额', en: 'nominations per organisation' } },
  );
}
