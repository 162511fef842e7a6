import type { LocalizedText } from '../domain.error.js';
import type { RoundingRule, TierRules } from '../pipeline/pipeline-definition.types.js';
import { shareOf } from './share.util.js';
import { TIER_NAMES, type Tier } from './tier.js';

/** The quota part of the tier rules (SPEC §6 rules 6, 7). */
export type QuotaRules = Pick<
  TierRules,
  | 'advancedMaxPercent'
  | 'advancedCapRounding'
  | 'laggingMinPercent'
  | 'laggingFloorRounding'
  | 'laggingQuotaMinScopeSize'
>;

export type QuotaCause = 'advanced-cap' | 'lagging-floor';

export interface QuotaMove {
  readonly id: string;
  readonly cause: QuotaCause;
  readonly from: Tier;
  readonly to: Tier;
  readonly reason: LocalizedText;
}

export interface QuotaOutcome {
  readonly size: number;
  /** At most this many advanced. */
  readonly advancedCap: number;
  /** At least this many lagging (0 when the quota does not apply). */
  readonly laggingFloor: number;
  readonly laggingQuotaApplies: boolean;
  /** The tier of each id after the quotas. */
  readonly tiers: ReadonlyMap<string, Tier>;
  readonly moves: readonly QuotaMove[];
}

const ROUNDING_NAMES: Record<RoundingRule, LocalizedText> = {
  floor: { zhCN: '向下取整', en: 'rounded down' },
  ceil: { zhCN: '向上取整', en: 'rounded up' },
  round: { zhCN: '四舍五入', en: 'rounded' },
};

/**
 * 先进比例不能过高，确保有一定后进比例 — the quotas over one quota group, whose entries come
 * RANKED (best first, see rankBranches) with their tier after thresholds, vetoes and the
 * satisfaction floor. `scope` names the group in the reasons ("本组织实施单位").
 *
 * 1. Advanced cap: at most round(cap % × N) advanced (default floor(30 % × N)); the advanced
 *    branches ranked below that many become average.
 * 2. Lagging floor, only when N ≥ the minimum scope size (default 10): at least round(floor % × N)
 *    lagging (default ⌈5 % × N⌉), counted over the whole group — never split across townships. The
 *    lowest-ranked branches not yet lagging become lagging, whatever their tier, until it is met.
 *
 * Quotas only ever move a branch down, never up; the floor never needs more than N branches.
 */
export function applyTierQuotas(
  ranked: readonly { readonly id: string; readonly tier: Tier }[],
  rules: QuotaRules,
  scope: LocalizedText,
): QuotaOutcome {
  const size = ranked.length;
  const tiers = new Map(ranked.map((entry) => [entry.id, entry.tier]));
  const rankOf = new Map(ranked.map((entry, index) => [entry.id, index + 1]));
  const moves: QuotaMove[] = [];
  const move = (id: string, cause: QuotaCause, to: Tier, why: LocalizedText) => {
    const from = tiers.get(id)!;
    const rank = rankOf.get(id)!;
    tiers.set(id, to);
    moves.push({
      id,
      cause,
      from,
      to,
      reason: {
        zhCN: `${why.zhCN}；本组织综合排名第 ${rank}（共 ${size} 个），由${TIER_NAMES[from].zhCN}调为${TIER_NAMES[to].zhCN}`,
        en: `${why.en}; ranked ${rank} of ${size}, moved from ${TIER_NAMES[from].en} to ${TIER_NAMES[to].en}`,
      },
    });
  };

  const advancedCap = shareOf(size, rules.advancedMaxPercent, rules.advancedCapRounding);
  const capWhy: LocalizedText = {
    zhCN: `先进比例不能过高：${scope.zhCN}共 ${size} 个党组织，先进不超过 ${rules.advancedMaxPercent}%（${ROUNDING_NAMES[rules.advancedCapRounding].zhCN}），最多 ${advancedCap} 个`,
    en: `advanced share capped: ${scope.en} has ${size} branches, at most ${rules.advancedMaxPercent}% advanced (${ROUNDING_NAMES[rules.advancedCapRounding].en}) = ${advancedCap}`,
  };
  ranked
    .filter((entry) => entry.tier === 'advanced')
    .slice(advancedCap)
    .forEach((entry) => move(entry.id, 'advanced-cap', 'average', capWhy));

  const laggingQuotaApplies = size >= rules.laggingQuotaMinScopeSize;
  const laggingFloor = laggingQuotaApplies ? shareOf(size, rules.laggingMinPercent, rules.laggingFloorRounding) : 0;
  const floorWhy: LocalizedText = {
    zhCN: `确保一定后进比例：${scope.zhCN}共 ${size} 个党组织，后进不少于 ${rules.laggingMinPercent}%（${ROUNDING_NAMES[rules.laggingFloorRounding].zhCN}），至少 ${laggingFloor} 个`,
    en: `lagging share guaranteed: ${scope.en} has ${size} branches, at least ${rules.laggingMinPercent}% lagging (${ROUNDING_NAMES[rules.laggingFloorRounding].en}) = ${laggingFloor}`,
  };
  let missing = laggingFloor - [...tiers.values()].filter((tier) => tier === 'lagging').length;
  for (let index = size - 1; index >= 0 && missing > 0; index -= 1) {
    const { id } = ranked[index]!;
    if (tiers.get(id) === 'lagging') continue;
    move(id, 'lagging-floor', 'lagging', floorWhy);
    missing -= 1;
  }
  return { size, advancedCap, laggingFloor, laggingQuotaApplies, tiers, moves };
}
