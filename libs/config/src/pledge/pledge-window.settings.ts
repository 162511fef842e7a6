import { z } from 'zod';

/** Days of each month in a common year: a window boundary must exist every year (no 02-29). */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const monthDay = z
  .string()
  .regex(/^\d{2}-\d{2}$/, 'must be MM-DD, e.g. 03-31')
  .refine((value) => {
    const [month, day] = value.split('-').map(Number) as [number, number];
    return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
  }, 'must be a day every year has (MM-DD, not 02-29)');

/**
 * 年度承诺 window (SPEC §6 rule 14, "默认值，可配置"): annual pledges for year N may be proposed from
 * PLEDGE_WINDOW_OPENS of year N−1 to the close of year N (members and branches apart), Beijing dates.
 */
export const pledgeWindowFields = {
  PLEDGE_WINDOW_OPENS: monthDay.default('11-01'),
  PLEDGE_MEMBER_WINDOW_CLOSES: monthDay.default('03-31'),
  PLEDGE_BRANCH_WINDOW_CLOSES: monthDay.default('03-15'),
};

/** The configured window in the domain's shape (`AnnualPledgeWindow`). */
export function annualPledgeWindow(config: {
  PLEDGE_WINDOW_OPENS: string;
  PLEDGE_MEMBER_WINDOW_CLOSES: string;
  PLEDGE_BRANCH_WINDOW_CLOSES: string;
}): { opensMonthDay: string; memberClosesMonthDay: string; branchClosesMonthDay: string } {
  return {
    opensMonthDay: config.PLEDGE_WINDOW_OPENS,
    memberClosesMonthDay: config.PLEDGE_MEMBER_WINDOW_CLOSES,
    branchClosesMonthDay: config.PLEDGE_BRANCH_WINDOW_CLOSES,
  };
}
