import { Injectable } from '@nestjs/common';
import {
  calendarYearToIcs,
  missingCalendarWarnings,
  WorkingDayCalendar,
  type CalendarDay,
  type CalendarWarning,
} from '@cxzy/domain';
import { CalendarDayRepository } from '@cxzy/persistence';

export interface CalendarYearEntry {
  readonly date: string;
  readonly nameZhCN: string;
}

export interface CalendarYearView {
  readonly year: number;
  readonly holidays: readonly CalendarYearEntry[];
  readonly makeUpWorkdays: readonly CalendarYearEntry[];
  /** Working days in the year on this calendar, a quick check for whoever entered it. */
  readonly workingDays: number;
  /** Whether the year has any holiday or 调休 day configured (shipped, entered or imported). */
  readonly configured: boolean;
  /** Empty when configured; else why its working-day deadlines ignore 春节 and 国庆. */
  readonly warnings: readonly CalendarWarning[];
}

const entriesOf = (days: readonly CalendarDay[], kind: CalendarDay['kind']): CalendarYearEntry[] =>
  days.filter((d) => d.kind === kind).map((d) => ({ date: d.date, nameZhCN: d.nameZhCN }));

@Injectable()
export class GetCalendarYearUseCase {
  constructor(private readonly days: CalendarDayRepository) {}

  async execute(year: number): Promise<CalendarYearView> {
    const days = await this.days.findYear(year);
    const calendar = new WorkingDayCalendar(days);
    return {
      year,
      holidays: entriesOf(days, 'holiday'),
      makeUpWorkdays: entriesOf(days, 'make-up-workday'),
      workingDays: calendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`),
      configured: days.length > 0,
      warnings: missingCalendarWarnings([year], new Set(days.length > 0 ? [year] : [])),
    };
  }

  /** The year as an .ics file (一天一个全天日程, 春节（休） / 春节（班）), ready to edit and import again. */
  async ics(year: number): Promise<string> {
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    return calendarYearToIcs(year, await this.days.findYear(year), stamp);
  }
}
