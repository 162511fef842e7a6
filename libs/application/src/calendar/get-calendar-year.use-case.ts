import { Injectable } from '@nestjs/common';
import { WorkingDayCalendar, type CalendarDay } from '@cxzy/domain';
import { CalendarDayRepository } from '@cxzy/persistence';

export interface CalendarYearView {
  readonly year: number;
  readonly holidays: readonly CalendarDay[];
  readonly makeUpWorkdays: readonly CalendarDay[];
  /** Working days in the year on this calendar, a quick check for whoever entered it. */
  readonly workingDays: number;
}

@Injectable()
export class GetCalendarYearUseCase {
  constructor(private readonly days: CalendarDayRepository) {}

  async execute(year: number): Promise<CalendarYearView> {
    const days = await this.days.findYear(year);
    const calendar = new WorkingDayCalendar(days);
    return {
      year,
      holidays: days.filter((d) => d.kind === 'holiday'),
      makeUpWorkdays: days.filter((d) => d.kind === 'make-up-workday'),
      workingDays: calendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`),
    };
  }
}
