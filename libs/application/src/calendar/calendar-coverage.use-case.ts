import { Injectable } from '@nestjs/common';
import {
  beijingDateTime,
  definitionDeadlineYears,
  gradingRoundDeadlineYears,
  missingCalendarWarnings,
  type CalendarWarning,
} from '@cxzy/domain';
import { CalendarDayRepository } from '@cxzy/persistence';

const today = (): string => beijingDateTime(new Date()).date;

/**
 * Which years a deadline may fall in that have no calendar: warnings for the administrator who
 * launches a round, publishes a definition or opens a year (issue 19 item 7). Never a refusal.
 */
@Injectable()
export class CalendarCoverageUseCase {
  constructor(private readonly days: CalendarDayRepository) {}

  async warningsFor(years: Iterable<number>): Promise<CalendarWarning[]> {
    return missingCalendarWarnings(years, await this.days.configuredYears());
  }

  /** A grading round of `year` launched today: from now to its acceptance early in year + 1. */
  forGradingRound(year: number): Promise<CalendarWarning[]> {
    return this.warningsFor(gradingRoundDeadlineYears(today(), year));
  }

  /** A definition published today: the rounds launched this year and next run on it. */
  forPublishedDefinition(): Promise<CalendarWarning[]> {
    return this.warningsFor(definitionDeadlineYears(today()));
  }
}
