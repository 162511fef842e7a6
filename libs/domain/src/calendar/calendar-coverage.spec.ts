import fc from 'fast-check';
import {
  definitionDeadlineYears,
  gradingRoundDeadlineYears,
  missingCalendarWarnings,
  yearsBetween,
} from './calendar-coverage.js';

describe('calendar coverage warnings', () => {
  it('warns once per year without a calendar, in order, zh-CN first', () => {
    const warnings = missingCalendarWarnings([2027, 2026, 2027, 2028], new Set([2025, 2026]));
    expect(warnings.map((w) => w.year)).toEqual([2027, 2028]);
    expect(warnings[0]!.code).toBe('CALENDAR_YEAR_MISSING');
    expect(warnings[0]!.text.zhCN).toContain('2027 年尚无节假日与调休安排');
    expect(warnings[0]!.text.en).toContain('2027 has no holidays');
    expect(missingCalendarWarnings([2026], new Set([2026]))).toEqual([]);
  });

  it('spans a round from its launch to its acceptance early the next year', () => {
    expect(gradingRoundDeadlineYears('2026-11-20', 2027)).toEqual([2026, 2027, 2028]);
    expect(gradingRoundDeadlineYears('2027-01-10', 2027)).toEqual([2027, 2028]);
    expect(definitionDeadlineYears('2026-12-07')).toEqual([2026, 2027]);
  });

  it('lists every year between two dates, whatever their order (property)', () => {
    const year = fc.integer({ min: 1990, max: 2100 });
    fc.assert(
      fc.property(year, year, (a, b) => {
        const years = yearsBetween(`${a}-06-01`, `${b}-02-01`);
        expect(years[0]).toBe(Math.min(a, b));
        expect(years).toHaveLength(Math.abs(a - b) + 1);
      }),
    );
  });
});
