import { Injectable } from '@nestjs/common';
import { calendarYearFromIcs, calendarYearFromTable, validateCalendarYear, DomainError } from '@cxzy/domain';
import { CalendarDayRepository } from '@cxzy/persistence';
import { readTabularFile, type TabularFile } from '../import/tabular-file.js';
import { GetCalendarYearUseCase, type CalendarYearView } from './get-calendar-year.use-case.js';
import type { ImportCalendarYearCommand } from './import-calendar-year.command.js';

const ICS_TYPES = new Set(['text/calendar', 'application/ics']);

/** .ics by its name, its content type, or its first line; anything else is read as a sheet. */
function isIcs(file: TabularFile): boolean {
  if (/\.ics$/i.test(file.fileName)) return true;
  if (ICS_TYPES.has(file.contentType?.split(';')[0]?.trim().toLowerCase() ?? '')) return true;
  const head = new TextDecoder().decode(file.content.subarray(0, 64)).replace(/^\uFEFF/, '');
  return head.trimStart().toUpperCase().startsWith('BEGIN:VCALENDAR');
}

function decodeUtf8(content: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '');
  } catch {
    throw new DomainError(
      'CALENDAR_ICS_NOT_UTF8',
      'invalid',
      { zhCN: '.ics 文件应为 UTF-8 编码', en: 'an .ics file must be UTF-8' },
      'file',
    );
  }
}

/**
 * Replaces a year's holidays and make-up workdays with those of an uploaded file, after checking
 * every entry by the same rules as PUT /calendar/:year. Any problem → 422 naming its row or event,
 * and the year is unchanged (the replacement is one transaction, written only after the checks).
 */
@Injectable()
export class ImportCalendarYearUseCase {
  constructor(
    private readonly days: CalendarDayRepository,
    private readonly getYear: GetCalendarYearUseCase,
  ) {}

  async execute(command: ImportCalendarYearCommand): Promise<CalendarYearView> {
    const yearProblems = validateCalendarYear(command.year, []).problems;
    if (yearProblems.length > 0) {
      throw new DomainError('CALENDAR_YEAR_INVALID', 'invalid', yearProblems[0]!.text, 'year', yearProblems);
    }
    let days;
    if (isIcs(command.file)) {
      days = calendarYearFromIcs(command.year, decodeUtf8(command.file.content));
    } else {
      const table = await readTabularFile(command.file);
      days = calendarYearFromTable(command.year, table.headers, table.rows);
    }
    await this.days.replaceYear(command.year, days, command.actor);
    return this.getYear.execute(command.year);
  }
}
