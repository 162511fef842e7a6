import { CHINA_2025_CALENDAR } from './china-2025.calendar.js';
import { validateCalendarYear } from './validate-calendar-year.js';

const codesAt = (year: number, days: Parameters<typeof validateCalendarYear>[1]) =>
  validateCalendarYear(year, days).problems.map((p) => `${p.code}@${p.path}`);

describe('validateCalendarYear', () => {
  it('accepts the official 2025 schedule and returns it sorted by date', () => {
    const result = validateCalendarYear(2025, [...CHINA_2025_CALENDAR].reverse());
    expect(result.problems).toEqual([]);
    expect(result.days.map((d) => d.date)).toEqual(CHINA_2025_CALENDAR.map((d) => d.date));
  });

  it('refuses a make-up workday on a weekday, naming the weekday', () => {
    const result = validateCalendarYear(2025, [{ date: '2025-01-27', kind: 'make-up-workday', nameZhCN: '春节' }]);
    expect(result.problems.map((p) => p.code)).toEqual(['CALENDAR_MAKE_UP_NOT_WEEKEND']);
    expect(result.problems[0]?.text.zhCN).toBe('调休上班日 2025-01-27 是周一，只能是周六或周日');
    expect(result.days).toEqual([]);
  });

  it('refuses a date listed twice, outside the year, or not a date; and a blank name or unknown kind', () => {
    expect(
      codesAt(2025, [
        { date: '2025-10-01', kind: 'holiday', nameZhCN: '国庆节' },
        { date: '2025-10-01', kind: 'holiday', nameZhCN: '国庆节' },
        { date: '2026-01-01', kind: 'holiday', nameZhCN: '元旦' },
        { date: '2025-02-29', kind: 'holiday', nameZhCN: '？' },
        { date: '2025-05-01', kind: 'holiday', nameZhCN: '  ' },
        { date: '2025-05-02', kind: 'bridge', nameZhCN: '劳动节' },
      ]),
    ).toEqual([
      'CALENDAR_DATE_DUPLICATE@$.days[1].date',
      'CALENDAR_DATE_OUTSIDE_YEAR@$.days[2].date',
      'CALENDAR_DATE_INVALID@$.days[3].date',
      'CALENDAR_NAME_BLANK@$.days[4].nameZhCN',
      'CALENDAR_KIND_UNKNOWN@$.days[5].kind',
    ]);
  });

  it('refuses a date that is both a holiday and a make-up workday', () => {
    expect(
      codesAt(2025, [
        { date: '2025-01-26', kind: 'make-up-workday', nameZhCN: '春节' },
        { date: '2025-01-26', kind: 'holiday', nameZhCN: '春节' },
      ]),
    ).toEqual(['CALENDAR_DATE_DUPLICATE@$.days[1].date']);
  });

  it('refuses a year out of range', () => {
    expect(codesAt(1800, [])).toEqual(['CALENDAR_YEAR_INVALID@$.year']);
  });
});
