import { addDays, isIsoDate, type IsoDate } from '../calendar/calendar-date.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { DomainError, type DomainErrorDetail } from '../domain.error.js';
import { problem, refusal } from './grading.errors.js';

/** 公示 — a tier list (or commendation list) shown for a number of working days (SPEC §6 rule 11). */
export interface PublicityPeriod {
  readonly startsOn: IsoDate;
  /** From the definition's publicityWorkingDays (default 5). */
  readonly workingDays: number;
}

/** What publicityStatus needs of an objection. */
export interface ObjectionState {
  readonly id: string;
  readonly status: 'open' | 'upheld' | 'rejected';
}

export interface PublicityStatus {
  /** The N-th working day of the period, counting from the first working day on or after the start. */
  readonly lastDay: IsoDate;
  /** The first day the period may be ended: the day after lastDay. */
  readonly earliestEndOn: IsoDate;
  /** Working days fully elapsed before `today`. */
  readonly workingDaysServed: number;
  readonly openObjectionIds: readonly string[];
  readonly mayEnd: boolean;
  /** Why it may not end yet, as conflict details. */
  readonly blockers: readonly DomainErrorDetail[];
}

function checkPeriod(period: PublicityPeriod): void {
  if (!isIsoDate(period.startsOn) || !Number.isInteger(period.workingDays) || period.workingDays < 1) {
    throw new DomainError(
      'GRADING_PUBLICITY_PERIOD_INVALID',
      'invalid',
      {
        zhCN: `公示期应有开始日期（YYYY-MM-DD）和不少于 1 个工作日，实际为 ${period.startsOn} / ${period.workingDays}`,
        en: `a publicity period needs a start date (YYYY-MM-DD) and at least 1 working day, got ${period.startsOn} / ${period.workingDays}`,
      },
      'publicity',
    );
  }
}

/** The last day of the period on the 调休-aware calendar: a Saturday start counts from Monday. */
export function publicityLastDay(period: PublicityPeriod, calendar: WorkingDayCalendar): IsoDate {
  checkPeriod(period);
  return calendar.addWorkingDays(calendar.nextWorkingDayOnOrAfter(period.startsOn), period.workingDays - 1);
}

/** Objections are taken from the first day of the period through its last day. */
export function acceptsObjections(period: PublicityPeriod, on: IsoDate, calendar: WorkingDayCalendar): boolean {
  return on >= period.startsOn && on <= publicityLastDay(period, calendar);
}

/**
 * Whether the publicity may end on `today` (SPEC §6 rule 11): only after at least N working days
 * have fully elapsed on the calendar (holidays do not count, a 调休 Saturday does), and only with
 * no objection still open.
 */
export function publicityStatus(args: {
  readonly period: PublicityPeriod;
  readonly today: IsoDate;
  readonly objections: readonly ObjectionState[];
  readonly calendar: WorkingDayCalendar;
}): PublicityStatus {
  const { period, today, objections, calendar } = args;
  const lastDay = publicityLastDay(period, calendar);
  const earliestEndOn = addDays(lastDay, 1);
  const workingDaysServed =
    today > period.startsOn ? calendar.workingDaysBetween(addDays(period.startsOn, -1), addDays(today, -1)) : 0;
  const openObjectionIds = objections.filter((o) => o.status === 'open').map((o) => o.id);
  const blockers: DomainErrorDetail[] = [];
  if (today < earliestEndOn) {
    blockers.push(
      problem(
        '$.publicity',
        'GRADING_PUBLICITY_NOT_OVER',
        `公示期须满 ${period.workingDays} 个工作日（${period.startsOn} 起，至 ${lastDay} 止），已满 ${Math.min(workingDaysServed, period.workingDays)} 个工作日，最早 ${earliestEndOn} 结束`,
        `publicity must run ${period.workingDays} working days (from ${period.startsOn} through ${lastDay}); ${Math.min(workingDaysServed, period.workingDays)} served, it may end on ${earliestEndOn} at the earliest`,
      ),
    );
  }
  if (openObjectionIds.length > 0) {
    blockers.push(
      problem(
        '$.objections',
        'GRADING_OBJECTION_OPEN',
        `尚有 ${openObjectionIds.length} 件异议未处理（${openObjectionIds.join('、')}），不能作出决定`,
        `${openObjectionIds.length} objection(s) still open (${openObjectionIds.join(', ')}); no decision until resolved`,
      ),
    );
  }
  return { lastDay, earliestEndOn, workingDaysServed, openObjectionIds, mayEnd: blockers.length === 0, blockers };
}

/** publicityStatus, refusing (conflict → 409) with every blocker when the period may not end. */
export function assertPublicityMayEnd(args: Parameters<typeof publicityStatus>[0]): PublicityStatus {
  const status = publicityStatus(args);
  if (!status.mayEnd) {
    throw refusal(
      'conflict',
      'GRADING_PUBLICITY_CANNOT_END',
      { zhCN: '公示不能结束', en: 'the publicity cannot end' },
      status.blockers,
    );
  }
  return status;
}
