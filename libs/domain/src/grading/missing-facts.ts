import type { DomainErrorDetail } from '../domain.error.js';
import type { VetoKind } from '../pipeline/pipeline-definition.types.js';
import { problem } from './grading.errors.js';
import type { BranchFacts } from './grading-input.types.js';
import type { GradingRules } from './grading-rules.js';

type RecordedFact = 'secretaryPostVacantSince' | 'lastPartyActivityOn';

/** The recorded fact each veto condition reads, and its name for the reader. */
const FACT_OF_VETO: Partial<Record<VetoKind, { key: RecordedFact; zhCN: string; en: string }>> = {
  'secretary-post-vacant': {
    key: 'secretaryPostVacantSince',
    zhCN: '书记岗位是否空缺',
    en: 'whether the secretary post is vacant',
  },
  'no-party-activity': { key: 'lastPartyActivityOn', zhCN: '最近一次党组织活动', en: 'the last party activity' },
};

/**
 * Whether the sector's rules need a public appraisal (群众评议) of every branch: a public-rater
 * threshold, a satisfaction veto, or a satisfaction floor for advanced. Then zero public raters
 * blocks classification instead of passing as "no dissatisfaction".
 */
export const requiresPublicAppraisal = (rules: GradingRules): boolean =>
  rules.participation.publicRatersPercentOfBase > 0 ||
  rules.advancedMinPublicSatisfactionPercent > 0 ||
  rules.vetoConditions.some((c) => c.kind === 'public-satisfaction-below');

/**
 * What a branch lacks before its sector's rules can judge it, each named (invalid → 422 by the
 * caller): a fact a configured veto reads that was never recorded (GRADING_FACT_MISSING), or no
 * public appraisal where the rules need one (GRADING_NO_PUBLIC_APPRAISAL). Nothing is assumed in
 * their place: a missing fact is not "no activity", no appraisal is not 100 % satisfied.
 */
export function missingFactProblems(
  facts: BranchFacts,
  rules: GradingRules,
  code: string,
  path = '$',
): DomainErrorDetail[] {
  const problems: DomainErrorDetail[] = [];
  const seen = new Set<RecordedFact>();
  for (const condition of rules.vetoConditions) {
    const fact = FACT_OF_VETO[condition.kind];
    if (!fact || seen.has(fact.key) || (facts ?? {})[fact.key] !== undefined) continue;
    seen.add(fact.key);
    problems.push(
      problem(
        `${path}.facts.${fact.key}`,
        'GRADING_FACT_MISSING',
        `党组织 ${code} 尚未登记“${fact.zhCN}”，一票否决无法判断`,
        `branch ${code}: ${fact.en} is not recorded, so the veto cannot be judged`,
      ),
    );
  }
  if ((facts ?? {}).publicSatisfactionPercent === null && requiresPublicAppraisal(rules)) {
    problems.push(
      problem(
        `${path}.facts.publicSatisfactionPercent`,
        'GRADING_NO_PUBLIC_APPRAISAL',
        `党组织 ${code} 无群众评议（0 名群众参评），本领域的规则需要群众满意度，不能按 100% 计`,
        `branch ${code} has no public appraisal (0 public raters); the sector's rules need public satisfaction, which is never counted as 100 %`,
      ),
    );
  }
  return problems;
}
