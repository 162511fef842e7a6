import fc from 'fast-check';
import { beijingDateTime } from '../calendar/calendar-date.js';
import { CHINA_2025_CALENDAR } from '../calendar/china-2025.calendar.js';
import { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { EscalationStage, ReminderOffset } from '../pipeline/pipeline-definition.types.js';
import { DEFAULT_STEP_REMINDER_SETTINGS, planStepReminders, resolveStepDeadline } from './step-reminder-plan.js';

const calendar = new WorkingDayCalendar(CHINA_2025_CALENDAR);
const beijing = (iso: string) => new Date(`${iso}+08:00`);

describe('resolveStepDeadline', () => {
  it('counts calendar days, working days across 春节 with its 调休, and fixed dates of the round year', () => {
    const opened = beijing('2025-01-24T10:00:00');
    expect(resolveStepDeadline(opened, { kind: 'calendar-days', days: 10 }, calendar, 2025)).toEqual(
      beijing('2025-02-03T18:00:00'),
    );
    // Fri 24 Jan → Sun 26 Jan (调休, works) = 1, Mon 27 = 2, holidays 28 Jan–4 Feb, Wed 5 Feb = 3.
    expect(resolveStepDeadline(opened, { kind: 'working-days', days: 3 }, calendar, 2025)).toEqual(
      beijing('2025-02-05T18:00:00'),
    );
    expect(
      resolveStepDeadline(opened, { kind: 'fixed-date', monthDay: '03-31', yearOffset: 0 }, calendar, 2025),
    ).toEqual(beijing('2025-03-31T18:00:00'));
  });
});

describe('planStepReminders', () => {
  const reminders: ReminderOffset[] = [
    { when: 'before', days: 3 },
    { when: 'on', days: 0 },
    { when: 'after', days: 1 },
  ];
  const escalation: EscalationStage[] = [
    { level: 'superior', afterDays: 2 },
    { level: 'grading-unit', afterDays: 5 },
  ];

  it('reminds before, on and after the deadline in working days, then escalates up the line, copying the other line', () => {
    const plan = planStepReminders({
      openedAt: beijing('2025-04-01T10:00:00'),
      deadlineAt: beijing('2025-04-10T18:00:00'), // Thursday
      reminders,
      escalation,
      calendar,
    });
    expect(plan.map((p) => [p.reason, p.at, p.level, p.template, p.copyOtherLine])).toEqual([
      ['before-3d', beijing('2025-04-07T09:00:00').toISOString(), 'self', 'step-due-soon', false],
      ['on-deadline', beijing('2025-04-10T09:00:00').toISOString(), 'self', 'step-due-today', false],
      ['after-1d', beijing('2025-04-11T09:00:00').toISOString(), 'self', 'step-overdue', false],
      ['escalation-1', beijing('2025-04-14T09:00:00').toISOString(), 'superior', 'step-escalated', true],
      ['escalation-2', beijing('2025-04-17T09:00:00').toISOString(), 'grading-unit', 'step-escalated', true],
    ]);
  });

  it('holds a reminder that falls in the night until 07:00, and copies the superior on orange', () => {
    const plan = planStepReminders({
      openedAt: beijing('2025-06-09T02:00:00'),
      deadlineAt: beijing('2025-06-10T02:00:00'),
      reminders: [{ when: 'time-left', percent: 15, colour: 'orange' }],
      escalation: [],
      calendar,
    });
    expect(plan).toEqual([
      expect.objectContaining({
        reason: 'time-left-15',
        at: beijing('2025-06-10T07:00:00').toISOString(),
        copySuperior: true,
        colour: 'orange',
      }),
    ]);
  });

  it('drops what would have been sent before the step opened', () => {
    const plan = planStepReminders({
      openedAt: beijing('2025-04-09T10:00:00'),
      deadlineAt: beijing('2025-04-10T18:00:00'),
      reminders,
      escalation: [],
      calendar,
    });
    expect(plan.map((p) => p.reason)).toEqual(['on-deadline', 'after-1d']);
  });

  it('refuses a deadline that is not after the opening', () => {
    expect(() =>
      planStepReminders({
        openedAt: beijing('2025-04-09T10:00:00'),
        deadlineAt: beijing('2025-04-09T10:00:00'),
        reminders,
        escalation,
        calendar,
      }),
    ).toThrow(RangeError);
  });

  const offset: fc.Arbitrary<ReminderOffset> = fc.oneof(
    fc.record({ when: fc.constantFrom('before' as const, 'after' as const), days: fc.integer({ min: 1, max: 20 }) }),
    fc.constant({ when: 'on' as const, days: 0 }),
    fc.record({
      when: fc.constant('time-left' as const),
      percent: fc.integer({ min: 1, max: 99 }),
      colour: fc.constantFrom('yellow' as const, 'orange' as const),
    }),
  );
  const stages = fc
    .uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 3 })
    .map((days) =>
      [...days].sort((a, b) => a - b).map((afterDays, i): EscalationStage => ({ level: i + 1, afterDays })),
    );

  it('always yields sends in time order, with unique reasons, never before opening, never in quiet hours', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2025-11-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 60, max: 60 * 24 * 40 }),
        fc.array(offset, { maxLength: 6 }),
        stages,
        fc.constantFrom('calendar' as const, 'working' as const),
        (openedAt, minutes, reminderOffsets, escalationStages, dayUnit) => {
          const deadlineAt = new Date(openedAt.getTime() + minutes * 60_000);
          const plan = planStepReminders({
            openedAt,
            deadlineAt,
            reminders: reminderOffsets,
            escalation: escalationStages,
            calendar,
            settings: { ...DEFAULT_STEP_REMINDER_SETTINGS, dayUnit },
          });
          const times = plan.map((p) => Date.parse(p.at));
          const quiet = plan.some((p) => {
            const { minuteOfDay } = beijingDateTime(new Date(p.at));
            return minuteOfDay >= 22 * 60 || minuteOfDay < 7 * 60;
          });
          return (
            times.every((t, i) => i === 0 || t >= times[i - 1]!) &&
            new Set(plan.map((p) => p.reason)).size === plan.length &&
            times.every((t) => t >= openedAt.getTime()) &&
            !quiet &&
            plan
              .filter((p) => p.template === 'step-escalated')
              .every((p) => Date.parse(p.at) > deadlineAt.getTime() - 24 * 3600_000)
          );
        },
      ),
    );
  });
});
