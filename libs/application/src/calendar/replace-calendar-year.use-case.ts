import { Injectable } from '@nestjs/common';
import { DomainError, validateCalendarYear } from '@cxzy/domain';
import { CalendarDayRepository } from '@cxzy/persistence';
import { GetCalendarYearUseCase, type CalendarYearView } from './get-calendar-year.use-case.js';
import type { ReplaceCalendarYearCommand } from './replace-calendar-year.command.js';

/**
 * Replaces a year's holidays and make-up workdays after checking them all (422 with every problem).
 * Paths name the request's lists: `$.holidays[2].date`, `$.makeUpWorkdays[0].date`.
 */
@Injectable()
export class ReplaceCalendarYearUseCase {
  constructor(
    private readonly days: CalendarDayRepository,
    private readonly getYear: GetCalendarYearUseCase,
  ) {}

  async execute(command: ReplaceCalendarYearCommand): Promise<CalendarYearView> {
    const entries = [
      ...command.holidays.map((d) => ({ ...d, kind: 'holiday' })),
      ...command.makeUpWorkdays.map((d) => ({ ...d, kind: 'make-up-workday' })),
    ];
    const { problems, days } = validateCalendarYear(command.year, entries);
    if (problems.length > 0) {
      const located = problems.map((p) => ({ ...p, path: requestPath(p.path, command.holidays.length) }));
      throw new DomainError(
        'CALENDAR_INVALID',
        'invalid',
        {
          zhCN: `${command.year} 年的日历有 ${problems.length} 处问题，未保存：${located.map((p) => p.text.zhCN).join('；')}`,
          en: `the ${command.year} calendar has ${problems.length} problem(s) and was not saved`,
        },
        located[0]?.path,
        located,
      );
    }
    await this.days.replaceYear(command.year, days, command.actor);
    return this.getYear.execute(command.year);
  }
}

/** `$.days[i]…` of the merged list → the request's own list and index. */
function requestPath(path: string, holidayCount: number): string {
  return path.replace(/^\$\.days\[(\d+)\]/, (_, index: string) => {
    const i = Number(index);
    return i < holidayCount ? `$.holidays[${i}]` : `$.makeUpWorkdays[${i - holidayCount}]`;
  });
}
