import { beijingDateTime } from '@cxzy/domain';

/**
 * "Now" for the tests: a year a test needs relative to today comes from here, on the Beijing date as
 * the system reckons it, so the suite passes on any day of any year (no literal year means "now").
 */
export function beijingYear(now: Date = new Date()): number {
  return Number(beijingDateTime(now).date.slice(0, 4));
}

/**
 * The year tests propose annual pledges for: next year. Under TEST_PLEDGE_WINDOW its window runs
 * from 1 January of this year to 31 December of the next, so it is open on any day, and still open
 * when a test started on 31 December runs past midnight.
 */
export function pledgeYear(now: Date = new Date()): number {
  return beijingYear(now) + 1;
}

/**
 * The annual pledge window of every test stack. The API checks it on the real clock, and the
 * default (1 Nov to 15/31 Mar) leaves April to October with no year open at all; the default
 * itself is unit-tested in libs/domain (pledge-rules.spec.ts).
 */
export const TEST_PLEDGE_WINDOW = {
  PLEDGE_WINDOW_OPENS: '01-01',
  PLEDGE_MEMBER_WINDOW_CLOSES: '12-31',
  PLEDGE_BRANCH_WINDOW_CLOSES: '12-31',
} as const;
