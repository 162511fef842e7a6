import fc from 'fast-check';
import { addDays, fromDayNumber, toDayNumber } from '../calendar/calendar-date.js';
import { CHINA_2025_CALENDAR } from '../calendar/china-2025.calendar.js';
import { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { thrown } from './grading-test-helpers.js';
import { acceptsObjections, assertPublicityMayEnd, publicityLastDay, publicityStatus } from './publicity.js';

const calendar = new WorkingDayCalendar(CHINA_2025_CALENDAR);

describe('publicity period (SPEC §6 rule 11)', () => {
  it('runs 5 working days on the 调休-aware calendar', () => {
    // Mon 3 March → Fri 7 March.
    expect(publicityLastDay({ startsOn: '2025-03-03', workingDays: 5 }, calendar)).toBe('2025-03-07');
    // Starting on a Saturday counts from Monday.
    expect(publicityLastDay({ startsOn: '2025-03-08', workingDays: 5 }, calendar)).toBe('2025-03-14');
    // Over 国庆: Sun 28 Sep (调休, a working day), Mon 29, Tue 30, holidays to 8 Oct, then Thu 9 and Fri 10.
    expect(publicityLastDay({ startsOn: '2025-09-28', workingDays: 5 }, calendar)).toBe('2025-10-10');
  });

  it('may end only the day after its last working day, and never with an objection open', () => {
    const period = { startsOn: '2025-03-03', workingDays: 5 };
    const early = publicityStatus({ period, today: '2025-03-07', objections: [], calendar });
    expect(early).toMatchObject({ mayEnd: false, workingDaysServed: 4, earliestEndOn: '2025-03-08' });
    expect(early.blockers[0]?.text.zhCN).toBe(
      '公示期须满 5 个工作日（2025-03-03 起，至 2025-03-07 止），已满 4 个工作日，最早 2025-03-08 结束',
    );
    expect(publicityStatus({ period, today: '2025-03-08', objections: [], calendar }).mayEnd).toBe(true);
    const objections = [
      { id: 'obj-1', status: 'open' as const },
      { id: 'obj-2', status: 'rejected' as const },
    ];
    const blocked = thrown(() => assertPublicityMayEnd({ period, today: '2025-03-10', objections, calendar }));
    expect(blocked).toMatchObject({ code: 'GRADING_OBJECTION_OPEN', kind: 'conflict' });
    expect(blocked.error.text.zhCN).toContain('尚有 1 件异议未处理（obj-1）');
    const both = thrown(() => assertPublicityMayEnd({ period, today: '2025-03-04', objections, calendar }));
    expect(both.code).toBe('GRADING_PUBLICITY_CANNOT_END');
    expect(both.error.details).toHaveLength(2);
  });

  it('takes objections from the first through the last day of the period', () => {
    const period = { startsOn: '2025-03-03', workingDays: 5 };
    expect(acceptsObjections(period, '2025-03-02', calendar)).toBe(false);
    expect(acceptsObjections(period, '2025-03-03', calendar)).toBe(true);
    expect(acceptsObjections(period, '2025-03-07', calendar)).toBe(true);
    expect(acceptsObjections(period, '2025-03-08', calendar)).toBe(false);
  });

  it('refuses a period without a start date or working days', () => {
    expect(thrown(() => publicityLastDay({ startsOn: '2025-13-01', workingDays: 5 }, calendar)).code).toBe(
      'GRADING_PUBLICITY_PERIOD_INVALID',
    );
    expect(thrown(() => publicityLastDay({ startsOn: '2025-03-01', workingDays: 0 }, calendar)).kind).toBe('invalid');
  });

  it('may end exactly when N working days lie between the start and the day before (property)', () => {
    const day = fc.integer({ min: toDayNumber('2025-01-01'), max: toDayNumber('2025-12-01') }).map(fromDayNumber);
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 15 }), fc.integer({ min: 0, max: 40 }), (startsOn, n, later) => {
        const today = addDays(startsOn, later);
        let served = 0;
        for (let d = startsOn; d < today; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) served += 1;
        const status = publicityStatus({ period: { startsOn, workingDays: n }, today, objections: [], calendar });
        expect(status.workingDaysServed).toBe(served);
        expect(status.mayEnd).toBe(served >= n);
        expect(calendar.isWorkingDay(status.lastDay)).toBe(true);
      }),
    );
  });
});
