import fc from 'fast-check';
import { DomainError } from '../../domain.error.js';
import { CHINA_2026_CALENDAR } from '../china-2026.calendar.js';
import { fromDayNumber, isWeekend, toDayNumber } from '../calendar-date.js';
import type { CalendarDay } from '../working-day-calendar.js';
import { calendarYearFromIcs, holidayNameOf } from './ics-calendar.js';
import { calendarYearToIcs } from './ics-export.js';

const STAMP = '20251104T000000Z';
const ics = (...events: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    ...events.flatMap((e) => ['BEGIN:VEVENT', ...e.split('\n'), 'END:VEVENT']),
    'END:VCALENDAR',
  ].join('\r\n');

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    const e = error as DomainError;
    return {
      name: e.name,
      code: e.code,
      kind: e.kind,
      paths: (e.details ?? []).map((d) => d.path),
      details: e.details ?? [],
    };
  }
  throw new Error('expected a refusal');
};

describe('calendarYearFromIcs (调休日历 from an .ics file)', () => {
  it('reads all-day events: a multi-day holiday, and a SUMMARY with 班 as a day worked', () => {
    const days = calendarYearFromIcs(
      2026,
      ics(
        'DTSTART;VALUE=DATE:20261001\nDTEND;VALUE=DATE:20261008\nSUMMARY:国庆节（休）',
        'DTSTART;VALUE=DATE:20261010\nSUMMARY:国庆节 调休上班',
        'DTSTART:20260920\nDTEND:20260921\nSUMMARY:国庆节补班',
      ),
    );
    expect(days.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07'].map((d) => `2026-10-${d}`),
    );
    expect(days.filter((d) => d.kind === 'make-up-workday')).toEqual([
      { date: '2026-09-20', kind: 'make-up-workday', nameZhCN: '国庆节' },
      { date: '2026-10-10', kind: 'make-up-workday', nameZhCN: '国庆节' },
    ]);
    expect(new Set(days.map((d) => d.nameZhCN))).toEqual(new Set(['国庆节']));
  });

  it('takes one year out of a feed of several, and unfolds folded lines', () => {
    const days = calendarYearFromIcs(
      2026,
      ics(
        'DTSTART;VALUE=DATE:20251231\nDTEND;VALUE=DATE:20260102\nSUMMARY:元旦',
        'DTSTART;VALUE=DATE:20270101\nSUMMARY:元\r\n 旦',
      ),
    );
    expect(days).toEqual([{ date: '2026-01-01', kind: 'holiday', nameZhCN: '元旦' }]);
  });

  it('names the event and the field of every problem, and imports nothing', () => {
    const refused = refusal(() =>
      calendarYearFromIcs(
        2026,
        ics(
          'DTSTART:20261001T090000Z\nSUMMARY:会议',
          'DTSTART;VALUE=DATE:20261005\nDTEND;VALUE=DATE:20261001\nSUMMARY:国庆节',
          'DTSTART;VALUE=DATE:20261012\nSUMMARY:国庆节（班）', // a Monday
        ),
      ),
    );
    expect(refused).toMatchObject({ name: 'DomainError', kind: 'invalid', code: 'CALENDAR_IMPORT_INVALID' });
    expect(refused.paths).toEqual(['$.events[0].DTSTART', '$.events[1].DTEND', '$.events[2].date']);
    expect(refused.details[2]!.text.zhCN).toBe('第 3 个日程：调休上班日 2026-10-12 是周一，只能是周六或周日');
  });

  it('refuses a file without events, or without a day in the year', () => {
    expect(refusal(() => calendarYearFromIcs(2026, 'hello')).code).toBe('CALENDAR_ICS_NO_EVENTS');
    expect(refusal(() => calendarYearFromIcs(2026, ics('DTSTART;VALUE=DATE:20250101\nSUMMARY:元旦'))).code).toBe(
      'CALENDAR_IMPORT_EMPTY',
    );
  });

  it('strips the marker from the name, keeps a name that is only a marker', () => {
    expect(holidayNameOf('春节（休）')).toBe('春节');
    expect(holidayNameOf('劳动节 上班')).toBe('劳动节');
    expect(holidayNameOf('班')).toBe('班');
  });

  it('round-trips the shipped 2026 calendar through export and import', () => {
    expect(calendarYearFromIcs(2026, calendarYearToIcs(2026, CHINA_2026_CALENDAR, STAMP))).toEqual(
      [...CHINA_2026_CALENDAR].sort((a, b) => a.date.localeCompare(b.date)),
    );
  });

  it('round-trips any valid year: export then import gives the same days (property)', () => {
    const names = fc.constantFrom('元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节', 'A, b; c\\d');
    const yearDays = fc
      .uniqueArray(fc.integer({ min: toDayNumber('2031-01-01'), max: toDayNumber('2031-12-31') }), { maxLength: 40 })
      .chain((numbers) =>
        fc.tuple(...numbers.map((n) => fc.tuple(fc.constant(fromDayNumber(n)), names, fc.boolean()))).map((entries) =>
          entries.map(([date, nameZhCN, off]): CalendarDay => ({
            date,
            nameZhCN,
            kind: isWeekend(date) && !off ? 'make-up-workday' : 'holiday',
          })),
        ),
      );
    fc.assert(
      fc.property(
        yearDays.filter((days) => days.length > 0),
        (days) => {
          const back = calendarYearFromIcs(2031, calendarYearToIcs(2031, days, STAMP));
          expect(back).toEqual([...days].sort((a, b) => a.date.localeCompare(b.date)));
        },
      ),
    );
  });

  it('never throws anything but the domain error, whatever the text (property)', () => {
    const line = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'BEGIN:VEVENT',
        'END:VEVENT',
        'DTSTART;VALUE=DATE:20310101',
        'DTEND:20310230',
        'SUMMARY:班',
        ' x',
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        try {
          calendarYearFromIcs(2031, lines.join('\r\n'));
        } catch (error) {
          expect((error as Error).name).toBe('DomainError');
        }
      }),
    );
  });
});
