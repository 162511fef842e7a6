import { DomainError } from '../domain.error.js';
import { beijingDateTime, type IsoDate } from '../calendar/calendar-date.js';
import type { PledgeKind, PledgerKind } from './pledge.types.js';

/**
 * 年度承诺在每年年初提出 (SPEC §6 rule 14, practice dates): the window for year N opens on
 * `opensMonthDay` of year N−1 (the drive may start 上年底) and closes at the end of 31 March N for
 * members, 15 March N for branch pledges. Instant pledges may be raised at any time.
 */
export interface AnnualPledgeWindow {
  readonly opensMonthDay: string;
  readonly memberClosesMonthDay: string;
  readonly branchClosesMonthDay: string;
}

export const DEFAULT_ANNUAL_PLEDGE_WINDOW: AnnualPledgeWindow = {
  opensMonthDay: '11-01',
  memberClosesMonthDay: '03-31',
  branchClosesMonthDay: '03-15',
};

/** The first and last Beijing dates on which an annual pledge for `year` may be proposed. */
export function annualWindowFor(
  year: number,
  pledger: PledgerKind,
  window: AnnualPledgeWindow = DEFAULT_ANNUAL_PLEDGE_WINDOW,
): { opens: IsoDate; closes: IsoDate } {
  return {
    opens: `${year - 1}-${window.opensMonthDay}`,
    closes: `${year}-${pledger === 'branch' ? window.branchClosesMonthDay : window.memberClosesMonthDay}`,
  };
}

/** null when `now` (any instant; judged on the Beijing date) is inside the window, else the refusal. */
export function checkProposalWindow(
  kind: PledgeKind,
  pledger: PledgerKind,
  year: number,
  now: Date,
  window: AnnualPledgeWindow = DEFAULT_ANNUAL_PLEDGE_WINDOW,
): DomainError | null {
  if (kind === 'instant') return null;
  const today = beijingDateTime(now).date;
  const { opens, closes } = annualWindowFor(year, pledger, window);
  if (today >= opens && today <= closes) return null;
  return new DomainError(
    'PLEDGE_OUTSIDE_ANNUAL_WINDOW',
    'invalid',
    {
      zhCN: `${year}年度${pledger === 'branch' ? '党组织' : '党员'}承诺应在${opens}至${closes}之间提出（默认值，可配置）`,
      en: `annual ${pledger} pledges for ${year} are proposed between ${opens} and ${closes} (default, configurable)`,
    },
    'year',
  );
}
