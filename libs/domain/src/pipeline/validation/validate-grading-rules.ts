import { QUOTA_SCOPES, ROUNDING_RULES, VETO_KINDS } from '../pipeline-definition.types.js';
import { childPath, readArray, readNumber, readObject, required, show, type Problems } from './problems.js';

const percent = (zhCN: string, en: string) => ({
  min: 0,
  max: 100,
  code: 'PERCENT_OUT_OF_RANGE',
  what: { zhCN, en },
});

/**
 * 先进 / 一般 / 后进 (SPEC §6 rules 6, 7): the bands must be in order (lagging below advanced) and the
 * quotas feasible together (the advanced cap and the lagging floor cannot claim more than 100 %).
 */
export function validateTiers(value: unknown, path: string, problems: Problems): void {
  const tiers = readObject(value, path, problems, [
    'advancedMinScore',
    'laggingBelowScore',
    'advancedMaxPercent',
    'laggingMinPercent',
    'advancedCapRounding',
    'laggingFloorRounding',
    'laggingQuotaMinScopeSize',
    'quotaScope',
  ]);
  if (!tiers) return;
  const field = (key: string) => ({ value: required(tiers, key, path, problems), path: childPath(path, key) });
  const score = (zhCN: string, en: string) => ({ ...percent(zhCN, en), code: 'SCORE_OUT_OF_RANGE' });

  const advancedMin = field('advancedMinScore');
  const laggingBelow = field('laggingBelowScore');
  const advancedScore = readNumber(
    advancedMin.value,
    advancedMin.path,
    problems,
    score('先进分数线', 'advanced score'),
  );
  const laggingScore = readNumber(
    laggingBelow.value,
    laggingBelow.path,
    problems,
    score('后进分数线', 'lagging score'),
  );
  if (advancedScore !== undefined && laggingScore !== undefined && laggingScore >= advancedScore) {
    problems.add(
      laggingBelow.path,
      'TIER_THRESHOLDS_OUT_OF_ORDER',
      `后进分数线（低于 ${laggingScore} 分）应低于先进分数线（${advancedScore} 分）`,
      `the lagging line (below ${laggingScore}) must be lower than the advanced line (${advancedScore})`,
    );
  }

  const cap = field('advancedMaxPercent');
  const floor = field('laggingMinPercent');
  const capValue = readNumber(cap.value, cap.path, problems, percent('先进比例上限', 'advanced cap'));
  const floorValue = readNumber(floor.value, floor.path, problems, percent('后进比例下限', 'lagging floor'));
  if (capValue !== undefined && floorValue !== undefined && capValue + floorValue > 100) {
    problems.add(
      path,
      'TIER_QUOTAS_INFEASIBLE',
      `先进比例上限 ${capValue}% 与后进比例下限 ${floorValue}% 合计超过 100%，无法同时满足`,
      `the advanced cap ${capValue}% and the lagging floor ${floorValue}% add up to more than 100%`,
    );
  }

  for (const key of ['advancedCapRounding', 'laggingFloorRounding']) {
    const rounding = field(key);
    if (rounding.value !== undefined && !(ROUNDING_RULES as readonly unknown[]).includes(rounding.value)) {
      problems.add(
        rounding.path,
        'ROUNDING_RULE_UNKNOWN',
        `未知的取整方式 ${show(rounding.value)}，应为 floor / ceil / round`,
        `unknown rounding ${show(rounding.value)}; expected floor, ceil or round`,
      );
    }
  }
  const quotaScope = tiers['quotaScope'];
  if (quotaScope !== undefined && !(QUOTA_SCOPES as readonly unknown[]).includes(quotaScope)) {
    problems.add(
      childPath(path, 'quotaScope'),
      'QUOTA_SCOPE_UNKNOWN',
      `未知的比例统计范围 ${show(quotaScope)}，应为 grading-unit（整个组织实施单位）或 sector（分领域）`,
      `unknown quota scope ${show(quotaScope)}; expected grading-unit or sector`,
    );
  }
  const scope = field('laggingQuotaMinScopeSize');
  readNumber(scope.value, scope.path, problems, {
    min: 1,
    max: 100_000,
    integer: true,
    code: 'SCOPE_SIZE_INVALID',
    what: { zhCN: '适用后进比例的最小单位数', en: 'minimum unit size for the lagging quota' },
  });
}

const VETO_THRESHOLD: Record<(typeof VETO_KINDS)[number], { key: string; min: number; max: number; integer: boolean }> =
  {
    'secretary-post-vacant': { key: 'months', min: 1, max: 120, integer: true },
    'public-satisfaction-below': { key: 'percent', min: 1, max: 100, integer: false },
    'no-party-activity': { key: 'months', min: 1, max: 120, integer: true },
  };

/** 一票否决 (SPEC §6 rule 8): known kinds, each once, with a sensible threshold. */
export function validateVetoConditions(value: unknown, path: string, problems: Problems): void {
  const conditions = readArray(value, path, problems);
  if (!conditions) return;
  const seen = new Set<unknown>();
  conditions.forEach((entry, index) => {
    const at = childPath(path, index);
    const kind = (entry as { kind?: unknown } | null)?.kind;
    const threshold = (VETO_KINDS as readonly unknown[]).includes(kind)
      ? VETO_THRESHOLD[kind as (typeof VETO_KINDS)[number]]
      : undefined;
    const condition = readObject(entry, at, problems, ['kind', threshold?.key ?? 'months']);
    if (!condition) return;
    if (!threshold) {
      problems.add(
        childPath(at, 'kind'),
        'VETO_KIND_UNKNOWN',
        `未知的否决条件 ${show(kind)}，应为 ${VETO_KINDS.join(' / ')}`,
        `unknown veto condition ${show(kind)}; expected one of ${VETO_KINDS.join(', ')}`,
      );
      return;
    }
    if (seen.has(kind)) {
      problems.add(
        childPath(at, 'kind'),
        'VETO_DUPLICATE',
        `否决条件 ${String(kind)} 重复`,
        `veto ${String(kind)} is listed twice`,
      );
    }
    seen.add(kind);
    readNumber(required(condition, threshold.key, at, problems), childPath(at, threshold.key), problems, {
      min: threshold.min,
      max: threshold.max,
      integer: threshold.integer,
      code: 'VETO_THRESHOLD_INVALID',
      what: { zhCN: '否决阈值', en: 'veto threshold' },
    });
  });
}

/** 自评 / 党员群众评议 / 上级评定 (SPEC §6 rule 4): all three count, together exactly 100. */
export function validateAppraisalWeights(value: unknown, path: string, problems: Problems): void {
  const weights = readObject(value, path, problems, ['self', 'membersAndPublic', 'superior']);
  if (!weights) return;
  const labels = {
    self: { zhCN: '自评权重', en: 'self-assessment weight' },
    membersAndPublic: { zhCN: '党员群众评议权重', en: 'members and public weight' },
    superior: { zhCN: '上级评定权重', en: 'superior rating weight' },
  } as const;
  let total = 0;
  let complete = true;
  for (const key of ['self', 'membersAndPublic', 'superior'] as const) {
    const weight = readNumber(required(weights, key, path, problems), childPath(path, key), problems, {
      min: 0.1,
      max: 100,
      code: 'APPRAISAL_WEIGHT_INVALID',
      what: labels[key],
    });
    if (weight === undefined) complete = false;
    else total += Math.round(weight * 10);
  }
  if (complete && total !== 1000) {
    problems.add(
      path,
      'APPRAISAL_WEIGHTS_TOTAL_NOT_100',
      `自评、党员群众评议、上级评定的权重合计 ${total / 10}%，应为 100%`,
      `the self / members and public / superior weights total ${total / 10}%, not 100%`,
    );
  }
}

/** 参与面 (SPEC §6 rule 5). */
export function validateParticipation(value: unknown, path: string, problems: Problems): void {
  const participation = readObject(value, path, problems, ['reachableMembersPercent', 'publicRatersPercentOfBase']);
  if (!participation) return;
  readNumber(
    required(participation, 'reachableMembersPercent', path, problems),
    childPath(path, 'reachableMembersPercent'),
    problems,
    { ...percent('党员参与比例', 'member participation'), min: 1 },
  );
  readNumber(
    required(participation, 'publicRatersPercentOfBase', path, problems),
    childPath(path, 'publicRatersPercentOfBase'),
    problems,
    percent('群众参评比例', 'public rater share'),
  );
}

export function validateSatisfactionFloor(value: unknown, path: string, problems: Problems): void {
  readNumber(value, path, problems, percent('先进的群众满意度下限', 'advanced satisfaction floor'));
}
