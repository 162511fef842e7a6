import { Injectable } from '@nestjs/common';
import { WorkingDayCalendar, type CalendarDay } from '@cxzy/domain';
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
    };
  }
}
