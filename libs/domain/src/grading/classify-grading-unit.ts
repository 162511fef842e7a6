import { isIsoDate, type IsoDate } from '../calendar/calendar-date.js';
import type { DomainErrorDetail, LocalizedText } from '../domain.error.js';
import { compositeScoreProblems, type CompositeScore } from './composite-score.js';
import { isBlank, problem, refusal } from './grading.errors.js';
import type { BranchGradingInput, GradingUnitInput } from './grading-input.types.js';
import { definitionPath, rulesBySector, type GradingRules } from './grading-rules.js';
import { missingFactProblems } from './missing-facts.js';
import { participationProblems } from './participation.js';
import { rankBranches } from './ranking.js';
import { applyTierQuotas, type QuotaCause, type QuotaRules } from './tier-quotas.js';
import { TIER_NAMES, type Tier } from './tier.js';
import { factProblems, mayBeAdvanced, vetoHits, type VetoHit } from './vetoes.js';

export type MoveCause = 'veto' | 'satisfaction-floor' | QuotaCause;

/** A branch moved away from its score tier, and why (zh-CN first). */
export interface TierMove {
  readonly cause: MoveCause;
  readonly from: Tier;
  readonly to: Tier;
  readonly reason: LocalizedText;
}

export interface BranchClassification {
  readonly organisationId: string;
  readonly organisationCode: string;
  readonly sectorCode: string;
  /** 'grading-unit', or 'sector:<code>' for a sector whose definition counts quotas on its own. */
  readonly quotaGroup: string;
  readonly score: CompositeScore;
  /** 1 = best of its quota group. */
  readonly rank: number;
  /** The tier of the score bands alone. */
  readonly scoreTier: Tier;
  /** 拟定等次 — what the supervisor is asked to approve. */
  readonly proposedTier: Tier;
  readonly vetoes: readonly VetoHit[];
  /** In the order applied: veto, satisfaction floor, advanced cap, lagging floor. */
  readonly moves: readonly TierMove[];
  /** One sentence for the tier list: score, rank, score tier, and every move. */
  readonly explanation: LocalizedText;
}

export interface QuotaGroupSummary {
  readonly key: string;
  readonly sectorCodes: readonly string[];
  readonly size: number;
  readonly advancedCap: number;
  readonly laggingFloor: number;
  readonly laggingQuotaApplies: boolean;
  readonly counts: Readonly<Record<Tier, number>>;
}

/** The proposed classification of a unit (SPEC §3.1 分类定级), ordered by quota group, then rank. */
export interface UnitClassification {
  readonly gradingUnitId: string;
  readonly year: number;
  readonly asOf: IsoDate;
  readonly groups: readonly QuotaGroupSummary[];
  readonly branches: readonly BranchClassification[];
}

const UNIT_GROUP = 'grading-unit';
const QUOTA_KEYS = [
  'advancedMaxPercent',
  'advancedCapRounding',
  'laggingMinPercent',
  'laggingFloorRounding',
  'laggingQuotaMinScopeSize',
] as const;

const groupOf = (rules: GradingRules): string =>
  rules.tiers.quotaScope === 'sector' ? `sector:${rules.sectorCode}` : UNIT_GROUP;

function identityProblems(input: GradingUnitInput): DomainErrorDetail[] {
  const problems: DomainErrorDetail[] = [];
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2999) {
    problems.push(
      problem(
        '$.year',
        'GRADING_INPUT_INVALID',
        `年度应为 2000–2999，实际为 ${input.year}`,
        `year must be 2000–2999, got ${input.year}`,
      ),
    );
  }
  if (!isIsoDate(input.asOf)) {
    problems.push(
      problem('$.asOf', 'GRADING_INPUT_INVALID', `asOf 应为日期（YYYY-MM-DD）`, `asOf must be a date (YYYY-MM-DD)`),
    );
  }
  const seen = { organisationId: new Map<string, number>(), organisationCode: new Map<string, number>() };
  input.branches.forEach((branch, index) => {
    for (const key of ['organisationId', 'organisationCode', 'sectorCode'] as const) {
      const value = branch[key];
      const at = `$.branches[${index}].${key}`;
      if (isBlank(value)) {
        problems.push(problem(at, 'GRADING_INPUT_INVALID', `${at} 不能为空`, `${at} must not be blank`));
        continue;
      }
      if (key === 'sectorCode') continue;
      const earlier = seen[key].get(value);
      if (earlier !== undefined) {
        problems.push(
          problem(
            at,
            'GRADING_BRANCH_DUPLICATE',
            `${value} 与第 ${earlier + 1} 个党组织重复`,
            `${value} repeats branch ${earlier + 1}`,
          ),
        );
      } else seen[key].set(value, index);
    }
  });
  return problems;
}

function quotaRulesOf(groups: Map<string, GradingRules[]>): Map<string, QuotaRules> {
  const result = new Map<string, QuotaRules>();
  const problems: DomainErrorDetail[] = [];
  for (const [key, members] of groups) {
    const first = members[0]!;
    for (const other of members.slice(1)) {
      const differing = QUOTA_KEYS.filter((k) => other.tiers[k] !== first.tiers[k]);
      if (differing.length === 0) continue;
      problems.push(
        problem(
          `${definitionPath(other.sectorCode)}.tiers`,
          'GRADING_QUOTA_RULES_DIFFER',
          `领域 ${first.sectorCode} 与 ${other.sectorCode} 的比例规则（${differing.join('、')}）不同，不能在整个组织实施单位统一计算；请统一规则或改为分领域计算（quotaScope: sector）`,
          `sectors ${first.sectorCode} and ${other.sectorCode} differ in ${differing.join(', ')}, so quotas cannot be counted over the whole unit; align them or count per sector (quotaScope: sector)`,
        ),
      );
    }
    result.set(key, first.tiers);
  }
  if (problems.length > 0) {
    throw refusal(
      'invalid',
      'GRADING_QUOTA_RULES_DIFFER',
      { zhCN: '比例规则不一致', en: 'quota rules differ' },
      problems,
    );
  }
  return result;
}

interface Scored {
  readonly branch: BranchGradingInput;
  readonly rules: GradingRules;
  readonly score: CompositeScore;
}

function scoreTierOf(total: number, rules: GradingRules): Tier {
  if (total >= rules.tiers.advancedMinScore) return 'advanced';
  return total < rules.tiers.laggingBelowScore ? 'lagging' : 'average';
}

/** Thresholds, vetoes (rule 8) and the satisfaction floor (rule 9): the tier before quotas. */
function preQuota(entry: Scored, asOf: IsoDate): { scoreTier: Tier; tier: Tier; vetoes: VetoHit[]; moves: TierMove[] } {
  const { branch, rules, score } = entry;
  const scoreTier = scoreTierOf(score.total, rules);
  const vetoes = vetoHits(branch.facts, rules.vetoConditions, asOf);
  const moves: TierMove[] = [];
  let tier = scoreTier;
  if (vetoes.length > 0 && tier !== 'lagging') {
    moves.push({
      cause: 'veto',
      from: tier,
      to: 'lagging',
      reason: {
        zhCN: `一票否决：${vetoes.map((v) => v.text.zhCN).join('；')}；不论得分，由${TIER_NAMES[tier].zhCN}定为后进`,
        en: `veto: ${vetoes.map((v) => v.text.en).join('; ')}; lagging whatever the score (was ${TIER_NAMES[tier].en})`,
      },
    });
    tier = 'lagging';
  }
  const floor = rules.advancedMinPublicSatisfactionPercent;
  if (tier === 'advanced' && !mayBeAdvanced(branch.facts, floor)) {
    const satisfaction = branch.facts.publicSatisfactionPercent;
    const zh = satisfaction === null ? '无群众评议' : `群众满意度 ${satisfaction}% 低于 ${floor}%`;
    const en =
      satisfaction === null ? 'no public appraisal' : `public satisfaction ${satisfaction}% is below ${floor}%`;
    moves.push({
      cause: 'satisfaction-floor',
      from: 'advanced',
      to: 'average',
      reason: {
        zhCN: `${zh}，不能评为先进，由先进调为一般`,
        en: `${en}, so it cannot be advanced; moved from advanced to average`,
      },
    });
    tier = 'average';
  }
  return { scoreTier, tier, vetoes, moves };
}

function explain(
  score: CompositeScore,
  rank: number,
  size: number,
  scoreTier: Tier,
  moves: readonly TierMove[],
  noPublicAppraisal: boolean,
): LocalizedText {
  const total = score.total.toFixed(2);
  // Shown, never read as 100 %: the rules of this sector did not need a public appraisal.
  const note = noPublicAppraisal ? { zhCN: ['无群众评议'], en: ['no public appraisal'] } : { zhCN: [], en: [] };
  return {
    zhCN: [
      `综合得分 ${total}，排名第 ${rank}（共 ${size} 个），按分数线为${TIER_NAMES[scoreTier].zhCN}`,
      ...note.zhCN,
      ...moves.map((m) => m.reason.zhCN),
    ].join('；'),
    en: [
      `composite score ${total}, ranked ${rank} of ${size}, ${TIER_NAMES[scoreTier].en} by the score bands`,
      ...note.en,
      ...moves.map((m) => m.reason.en),
    ].join('; '),
  };
}

/**
 * 分类定级 of a whole grading unit: scores every branch with its sector's definition, applies the
 * score bands, the vetoes and the satisfaction floor, ranks each quota group (the whole unit, or a
 * sector that counts on its own) with rankBranches' tie-break, then the quotas. The result is the
 * PROPOSED tier of every branch, each move with its reason.
 *
 * Refuses (invalid → 422) with every problem at once when a branch lacks a source, has a score out
 * of range, lacks participation, has facts that cannot be judged or were never recorded (no
 * default stands in for a missing fact or a missing public appraisal), is listed twice, or when the
 * sectors counted together disagree on the quota rules. Pure and deterministic: the result does
 * not depend on the order of `input.branches`.
 */
export function classifyGradingUnit(input: GradingUnitInput): UnitClassification {
  const identity = identityProblems(input);
  if (identity.length > 0) {
    throw refusal(
      'invalid',
      'GRADING_INPUT_INVALID',
      { zhCN: '定级输入有误', en: 'the grading input is invalid' },
      identity,
    );
  }
  const rules = rulesBySector(
    input.definitions,
    input.branches.map((b) => b.sectorCode),
  );
  const problems: DomainErrorDetail[] = [];
  const scored: Scored[] = [];
  input.branches.forEach((branch, index) => {
    const path = `$.branches[${index}]`;
    const sector = rules.get(branch.sectorCode)!;
    const { score, problems: scoreProblems } = compositeScoreProblems(branch, sector, path);
    problems.push(...scoreProblems);
    problems.push(...participationProblems(branch, sector.participation, path));
    problems.push(...factProblems(branch.facts, input.asOf, branch.organisationCode, path));
    problems.push(...missingFactProblems(branch.facts, sector, branch.organisationCode, path));
    if (score) scored.push({ branch, rules: sector, score });
  });
  if (problems.length > 0) {
    throw refusal(
      'invalid',
      'GRADING_CLASSIFICATION_REFUSED',
      { zhCN: '不能定级', en: 'classification refused' },
      problems,
    );
  }

  const groups = new Map<string, GradingRules[]>();
  for (const sector of rules.values()) groups.set(groupOf(sector), [...(groups.get(groupOf(sector)) ?? []), sector]);
  const quotaRules = quotaRulesOf(groups);

  const branches: BranchClassification[] = [];
  const summaries: QuotaGroupSummary[] = [];
  for (const key of [...groups.keys()].sort()) {
    const members = rankBranches(
      scored
        .filter((s) => groupOf(s.rules) === key)
        .map((s) => ({ ...s, organisationCode: s.branch.organisationCode })),
    );
    const before = members.map((s) => ({ scored: s, ...preQuota(s, input.asOf) }));
    const scope: LocalizedText =
      key === UNIT_GROUP
        ? { zhCN: '本组织实施单位', en: 'the grading unit' }
        : { zhCN: `本单位${key.slice(7)}领域`, en: `sector ${key.slice(7)} of the unit` };
    const outcome = applyTierQuotas(
      before.map((b) => ({ id: b.scored.branch.organisationId, tier: b.tier })),
      quotaRules.get(key)!,
      scope,
    );
    const quotaMoves = new Map<string, TierMove[]>();
    for (const { id, ...move } of outcome.moves) quotaMoves.set(id, [...(quotaMoves.get(id) ?? []), move]);
    before.forEach((b, index) => {
      const { branch, score } = b.scored;
      const moves = [...b.moves, ...(quotaMoves.get(branch.organisationId) ?? [])];
      branches.push({
        organisationId: branch.organisationId,
        organisationCode: branch.organisationCode,
        sectorCode: branch.sectorCode,
        quotaGroup: key,
        score,
        rank: index + 1,
        scoreTier: b.scoreTier,
        proposedTier: outcome.tiers.get(branch.organisationId)!,
        vetoes: b.vetoes,
        moves,
        explanation: explain(
          score,
          index + 1,
          members.length,
          b.scoreTier,
          moves,
          branch.facts.publicSatisfactionPercent === null,
        ),
      });
    });
    const tiers = [...outcome.tiers.values()];
    summaries.push({
      key,
      sectorCodes: groups.get(key)!.map((r) => r.sectorCode),
      size: outcome.size,
      advancedCap: outcome.advancedCap,
      laggingFloor: outcome.laggingFloor,
      laggingQuotaApplies: outcome.laggingQuotaApplies,
      counts: {
        advanced: tiers.filter((t) => t === 'advanced').length,
        average: tiers.filter((t) => t === 'average').length,
        lagging: tiers.filter((t) => t === 'lagging').length,
      },
    });
  }
  return { gradingUnitId: input.gradingUnitId, year: input.year, asOf: input.asOf, groups: summaries, branches };
}
