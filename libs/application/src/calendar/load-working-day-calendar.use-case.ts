import { Injectable } from '@nestjs/common';
import { WorkingDayCalendar } from '@cxzy/domain';
import { CalendarDayRepository } from '@cxzy/persistence';

/**
 * The calendar as configured now, for computing deadlines and reminder times (activities call
 * this and hand the result's dates to workflows, which stay deterministic).
 */
@Injectable()
export class LoadWorkingDayCalendarUseCase {
  constructor(private readonly days: CalendarDayRepository) {}

  async execute(): Promise<WorkingDayCalendar> {
    return new WorkingDayCalendar(await this.days.findAll());
  }
}
