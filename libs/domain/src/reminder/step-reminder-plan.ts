import { addDays, beijingDateTime, beijingInstant, type IsoDate } from '../calendar/calendar-date.js';
import { DEFAULT_QUIET_HOURS, holdForQuietHours, type QuietHours } from '../calendar/quiet-hours.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { NotificationTemplate } from '../notification/notification-template.js';
import type {
  EscalationStage,
  LeadingLineLevel,
  ReminderOffset,
  StepDeadline,
} from '../pipeline/pipeline-definition.types.js';

/**
 * 催办计划 — when a step with a deadline reminds its assignee and escalates up the leading line
 * (SPEC §3.5, rule 17). Pure: the workflow computes the plan once when the step opens and sleeps
 * from send to send; a re-opened step gets a fresh plan (a new generation).
 */
export interface StepReminderSettings {
  /** Days in reminder offsets and escalation stages: calendar days, or working days on the 调休 calendar. */
  readonly dayUnit: 'calendar' | 'working';
  /** Clock time (Beijing) at which day-based reminders go out, and at which a deadline day ends. */
  readonly sendTime: string;
  readonly deadlineTime: string;
  readonly quietHours: QuietHours;
}

export const DEFAULT_STEP_REMINDER_SETTINGS: StepReminderSettings = {
  dayUnit: 'working',
  sendTime: '09:00',
  deadlineTime: '18:00',
  quietHours: DEFAULT_QUIET_HOURS,
};

export interface PlannedSend {
  /** ISO instant, already held out of quiet hours. */
  readonly at: string;
  /** Stable and unique within a plan: part of every notification key, so a replay sends nothing twice. */
  readonly reason: string;
  readonly template: NotificationTemplate;
  /** Whom it goes to: the assignee ('self') or an authority up the leading line. */
  readonly level: LeadingLineLevel;
  /** The other line (条/块) is copied on escalations; orange reminders copy the superior (rule 17). */
  readonly copyOtherLine: boolean;
  readonly copySuperior: boolean;
  readonly colour?: 'yellow' | 'orange' | 'red';
}

function clockMinutes(clock: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  if (!match) throw new RangeError(`not a time of day (HH:MM): ${clock}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The moment a step that opened at `openedAt` is due. `roundYear` anchors fixed dates (e.g. 03-31 of year N). */
export function resolveStepDeadline(
  openedAt: Date,
  deadline: StepDeadline,
  calendar: WorkingDayCalendar,
  roundYear: number,
  settings: Pick<StepReminderSettings, 'deadlineTime'> = DEFAULT_STEP_REMINDER_SETTINGS,
): Date {
  const opened = beijingDateTime(openedAt).date;
  const day: IsoDate =
    deadline.kind === 'calendar-days'
      ? addDays(opened, deadline.days)
      : deadline.kind === 'working-days'
        ? calendar.addWorkingDays(opened, deadline.days)
        : `${roundYear + deadline.yearOffset}-${deadline.monthDay}`;
  return beijingInstant(day, clockMinutes(settings.deadlineTime));
}

function shiftDays(
  date: IsoDate,
  days: number,
  unit: StepReminderSettings['dayUnit'],
  calendar: WorkingDayCalendar,
): IsoDate {
  if (unit === 'calendar' || days === 0)
    return unit === 'calendar' ? addDays(date, days) : calendar.nextWorkingDayOnOrAfter(date);
  return calendar.addWorkingDays(date, days);
}

const colourTemplate = (offset: ReminderOffset): NotificationTemplate =>
  offset.when === 'after' || offset.colour === 'red'
    ? 'step-overdue'
    : offset.when === 'on'
      ? 'step-due-today'
      : 'step-due-soon';

/**
 * Every send of a step, in time order. Sends that would fall before the step opened are dropped
 * (a step opened late is not reminded of what already passed); the rest are held out of quiet hours.
 */
export function planStepReminders(input: {
  readonly openedAt: Date;
  readonly deadlineAt: Date;
  readonly reminders: readonly ReminderOffset[];
  readonly escalation: readonly EscalationStage[];
  readonly calendar: WorkingDayCalendar;
  readonly settings?: StepReminderSettings;
}): PlannedSend[] {
  const settings = input.settings ?? DEFAULT_STEP_REMINDER_SETTINGS;
  const { calendar, openedAt, deadlineAt } = input;
  if (deadlineAt.getTime() <= openedAt.getTime()) throw new RangeError('a step must be due after it opens');
  const deadlineDay = beijingDateTime(deadlineAt).date;
  const sendMinutes = clockMinutes(settings.sendTime);
  const onDay = (date: IsoDate) => beijingInstant(date, sendMinutes);

  const planned: (PlannedSend & { raw: number })[] = [];
  const add = (raw: Date, send: Omit<PlannedSend, 'at'>) => {
    // Past sends are dropped; a repeated offset in the definition is sent once.
    if (raw.getTime() < openedAt.getTime() || planned.some((p) => p.reason === send.reason)) return;
    planned.push({
      ...send,
      raw: raw.getTime(),
      at: holdForQuietHours(raw, settings.quietHours, calendar).toISOString(),
    });
  };

  for (const offset of input.reminders) {
    const colour = offset.colour;
    const common = {
      template: colourTemplate(offset),
      level: 'self' as const,
      copyOtherLine: false,
      copySuperior: colour === 'orange',
      ...(colour ? { colour } : {}),
    };
    if (offset.when === 'time-left') {
      const span = deadlineAt.getTime() - openedAt.getTime();
      add(new Date(deadlineAt.getTime() - (span * offset.percent) / 100), {
        ...common,
        reason: `time-left-${offset.percent}`,
      });
    } else if (offset.when === 'on') {
      add(onDay(deadlineDay), { ...common, reason: 'on-deadline' });
    } else {
      const days = offset.when === 'before' ? -offset.days : offset.days;
      add(onDay(shiftDays(deadlineDay, days, settings.dayUnit, calendar)), {
        ...common,
        reason: `${offset.when}-${offset.days}d`,
      });
    }
  }
  input.escalation.forEach((stage, index) => {
    add(onDay(shiftDays(deadlineDay, stage.afterDays, settings.dayUnit, calendar)), {
      reason: `escalation-${index + 1}`,
      template: 'step-escalated',
      level: stage.level,
      copyOtherLine: true,
      copySuperior: false,
    });
  });
  // Time order; at the same moment, reminders before escalations, then by reason (deterministic).
  return planned
    .sort((a, b) => a.at.localeCompare(b.at) || a.raw - b.raw || a.reason.localeCompare(b.reason))
    .map(({ raw: _raw, ...send }) => send);
}
