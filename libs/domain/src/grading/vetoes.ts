import { addMonths } from '../calendar/add-months.js';
import { isIsoDate, type IsoDate } from '../calendar/calendar-date.js';
import type { DomainErrorDetail, LocalizedText } from '../domain.error.js';
import type { VetoCondition, VetoKind } from '../pipeline/pipeline-definition.types.js';
import { problem } from './grading.errors.js';
import type { BranchFacts } from './grading-input.types.js';

/** A veto condition a branch meets, with the reason shown to users. */
export interface VetoHit {
  readonly kind: VetoKind;
  readonly text: LocalizedText;
}

/**
 * 一票否决 (SPEC §6 rule 8): the configured conditions the branch meets on `asOf`. Only the
 * conditions listed in the definition apply. Months are calendar months (addMonths):
 * - secretary post vacant MORE than n months: vacant since d and asOf > d + n months;
 * - public satisfaction below p %;
 * - no party activity for n months OR MORE: last activity d and asOf ≥ d + n months; a branch
 *   recorded as having no activity at all meets it.
 * A fact that was not recorded (or no public appraisal) meets no condition here: classification
 * refuses such a branch first (missingFactProblems), so nothing is decided by default.
 */
export function vetoHits(facts: BranchFacts, conditions: readonly VetoCondition[], asOf: IsoDate): VetoHit[] {
  const hits: VetoHit[] = [];
  for (const condition of conditions) {
    if (condition.kind === 'secretary-post-vacant') {
      const since = facts.secretaryPostVacantSince;
      if (typeof since === 'string' && asOf > addMonths(since, condition.months)) {
        hits.push({
          kind: condition.kind,
          text: {
            zhCN: `书记岗位自 ${since} 起空缺已超过 ${condition.months} 个月`,
            en: `the secretary post has been vacant since ${since}, more than ${condition.months} months`,
          },
        });
      }
    } else if (condition.kind === 'public-satisfaction-below') {
      if (facts.publicSatisfactionPercent !== null && facts.publicSatisfactionPercent < condition.percent) {
        hits.push({
          kind: condition.kind,
          text: {
            zhCN: `群众满意度 ${facts.publicSatisfactionPercent}% 低于 ${condition.percent}%`,
            en: `public satisfaction ${facts.publicSatisfactionPercent}% is below ${condition.percent}%`,
          },
        });
      }
    } else if (condition.kind === 'no-party-activity') {
      const last = facts.lastPartyActivityOn;
      if (last === undefined) continue;
      if (last === null) {
        hits.push({
          kind: condition.kind,
          text: { zhCN: '没有开展党组织活动的记录', en: 'no party activity is on record' },
        });
      } else if (asOf >= addMonths(last, condition.months)) {
        hits.push({
          kind: condition.kind,
          text: {
            zhCN: `自 ${last} 以来已 ${condition.months} 个月以上未开展党组织活动`,
            en: `no party activity for ${condition.months} months or more (the last on ${last})`,
          },
        });
      }
    }
  }
  return hits;
}

/**
 * SPEC §6 rule 9: a branch whose public satisfaction is below the floor (default 90 %) cannot be
 * advanced. Without public appraisal (null) only a floor of 0 lets it be advanced: no appraisal is
 * never read as satisfaction.
 */
export const mayBeAdvanced = (facts: Pick<BranchFacts, 'publicSatisfactionPercent'>, floorPercent: number): boolean =>
  floorPercent <= 0 || (facts.publicSatisfactionPercent !== null && facts.publicSatisfactionPercent >= floorPercent);

/**
 * Facts that cannot be judged: a bad date, a date after `asOf`, a satisfaction outside 0–100 %.
 * An absent fact or a null satisfaction is not invalid here: missingFactProblems judges them.
 */
export function factProblems(facts: BranchFacts, asOf: IsoDate, code: string, path = '$'): DomainErrorDetail[] {
  const problems: DomainErrorDetail[] = [];
  const raw = (facts ?? {}) as Partial<BranchFacts>;
  for (const key of ['secretaryPostVacantSince', 'lastPartyActivityOn'] as const) {
    const value = raw[key];
    if (value === null || value === undefined) continue;
    if (!isIsoDate(value) || value > asOf) {
      problems.push(
        problem(
          `${path}.facts.${key}`,
          'GRADING_FACT_INVALID',
          `党组织 ${code} 的 ${key} 应为不晚于 ${asOf} 的日期（YYYY-MM-DD）或 null，实际为 ${String(value)}`,
          `branch ${code}: ${key} must be a date (YYYY-MM-DD) not after ${asOf}, or null; got ${String(value)}`,
        ),
      );
    }
  }
  const satisfaction = raw.publicSatisfactionPercent;
  if (satisfaction === null) return problems;
  if (typeof satisfaction !== 'number' || !Number.isFinite(satisfaction) || satisfaction < 0 || satisfaction > 100) {
    problems.push(
      problem(
        `${path}.facts.publicSatisfactionPercent`,
        'GRADING_FACT_INVALID',
        `党组织 ${code} 的群众满意度应为 0–100 的数，或 null（无群众评议），实际为 ${String(satisfaction)}`,
        `branch ${code}: public satisfaction must be 0–100 or null (no public appraisal), got ${String(satisfaction)}`,
      ),
    );
  }
  return problems;
}
