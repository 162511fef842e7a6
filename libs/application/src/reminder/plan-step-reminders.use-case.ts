import { Inject, Injectable } from '@nestjs/common';
import {
  planStepReminders,
  resolveStepDeadline,
  type EscalationStage,
  type PlannedSend,
  type ReminderOffset,
  type StepDeadline,
  type StepReminderSettings,
} from '@cxzy/domain';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import { LoadWorkingDayCalendarUseCase } from '../calendar/load-working-day-calendar.use-case.js';

/** The reminder settings of this deployment ("默认值，可配置"). */
export function reminderSettingsOf(config: AppConfig): StepReminderSettings {
  const [start, end] = config.REMINDER_QUIET_HOURS ? config.REMINDER_QUIET_HOURS.split('-') : ['00:00', '00:00'];
  return {
    dayUnit: config.REMINDER_DAY_UNIT,
    sendTime: config.REMINDER_SEND_TIME,
    deadlineTime: config.STEP_DEADLINE_TIME,
    // start === end means no quiet hours.
    quietHours: { start: start!, end: end! },
  };
}

/** 催办计划 for a step that opens now: its deadline and every reminder and escalation, on the 调休 calendar. */
@Injectable()
export class PlanStepRemindersUseCase {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendars: LoadWorkingDayCalendarUseCase,
  ) {}

  async execute(request: {
    openedAt: string;
    deadline: StepDeadline;
    deadlineAt?: string;
    roundYear: number;
    reminders: readonly ReminderOffset[];
    escalation: readonly EscalationStage[];
  }): Promise<{ deadlineAt: string; plan: PlannedSend[] }> {
    const calendar = await this.calendars.execute();
    const settings = reminderSettingsOf(this.config);
    const openedAt = new Date(request.openedAt);
    const deadlineAt = request.deadlineAt
      ? new Date(request.deadlineAt)
      : resolveStepDeadline(openedAt, request.deadline, calendar, request.roundYear, settings);
    const plan = planStepReminders({
      openedAt,
      deadlineAt,
      reminders: request.reminders,
      escalation: request.escalation,
      calendar,
      settings,
    });
    return { deadlineAt: deadlineAt.toISOString(), plan };
  }
}
