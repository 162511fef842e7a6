import { DomainError, type LocalizedText } from '../domain.error.js';

/** 2–5 annual pledges per member (SPEC §6 rule 16, practice): outside it the reviewer is warned, never blocked. */
export interface AnnualPledgeCountRange {
  readonly min: number;
  readonly max: number;
}
export const DEFAULT_ANNUAL_PLEDGE_COUNT: AnnualPledgeCountRange = { min: 2, max: 5 };

export interface ReviewWarning {
  readonly code: string;
  readonly text: LocalizedText;
}

/**
 * `count` is the member's annual pledges for the year with this one included; returns the warning
 * shown to the reviewer, or null.
 */
export function annualPledgeCountWarning(
  count: number,
  range: AnnualPledgeCountRange = DEFAULT_ANNUAL_PLEDGE_COUNT,
): ReviewWarning | null {
  if (count >= range.min && count <= range.max) return null;
  return {
    code: count < range.min ? 'PLEDGE_COUNT_BELOW_RANGE' : 'PLEDGE_COUNT_ABOVE_RANGE',
    text: {
      zhCN: `该党员本年度共有 ${count} 项年度承诺，建议 ${range.min}–${range.max} 项（默认值，可配置；仅提示，不阻止审核）`,
      en: `the member has ${count} annual pledges this year; ${range.min}–${range.max} is suggested (default, configurable; a warning only)`,
    },
  };
}

export const REVIEW_REASON_MAX_LENGTH = 1000;

/** 退回修改须说明理由: a return without a reason is refused (422). */
export function checkReturnReason(reason: string | null | undefined): string {
  const trimmed = (reason ?? '').trim();
  if (!trimmed || trimmed.length > REVIEW_REASON_MAX_LENGTH)
    throw new DomainError(
      'PLEDGE_RETURN_REASON_REQUIRED',
      'invalid',
      {
        zhCN: `退回修改须填写理由（不超过 ${REVIEW_REASON_MAX_LENGTH} 字）`,
        en: `returning a pledge needs a reason (at most ${REVIEW_REASON_MAX_LENGTH} characters)`,
      },
      'reason',
    );
  return trimmed;
}

/**
 * 年老体弱党员 excused by the branch get no reminders for their pledges (SPEC §6 rule 19); everyone
 * else gets the step's reminder plan.
 */
export const remindsMember = (member: { readonly pledgeExempt: boolean }): boolean => !member.pledgeExempt;
