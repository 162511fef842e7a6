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

/** 审核 runs through the approval engine (issue 12): this step is the approval, 提出承诺 its origin (退回修改 goes there). */
export const PLEDGE_REVIEW_STEP = 'review';
export const PLEDGE_ORIGIN_STEP = 'propose';

/** A 审核 sent to the pledge by someone who holds no review task they may decide now. */
export const pledgeReviewTaskMissing = (): DomainError =>
  new DomainError(
    'PLEDGE_NOT_REVIEWER',
    'forbidden',
    {
      zhCN: '您在该承诺的审核环节没有可办理的审核任务（审核人按流程定义确定，可在待办中查看）',
      en: 'you hold no review task of this pledge that you may decide now (the definition names the reviewers; see your to-do list)',
    },
    'actor',
  );

/** Nobody holds the role the definition's review step names, where it names it: nobody could review. */
export const pledgeNoReviewer = (role: string): DomainError =>
  new DomainError(
    'PLEDGE_NO_REVIEWER',
    'conflict',
    {
      zhCN: `没有可以审核该承诺的人员（流程定义的审核环节由 ${role} 办理，该层级无人担任）`,
      en: `nobody can review this pledge (the definition's review step is for ${role}, and nobody holds it there)`,
    },
    'organisationId',
  );

/**
 * Why a review that ended without approval sends the pledge back for revision (退回修改): the reason
 * given with the last 退回, 不同意 or 撤回, else a default naming what happened.
 */
export function reviewEndReason(
  history: readonly { readonly action: string; readonly comment: { readonly text: string } | null }[],
  status: string,
): string {
  const last = [...history].reverse().find((h) => ['return', 'reject', 'withdraw'].includes(h.action));
  const text = last?.comment?.text.trim() ?? '';
  if (text) return text;
  return status === 'withdrawn' ? '提交人已撤回，待修改后重新提交' : '审核未通过，请修改后重新提交';
}
