import { Injectable } from '@nestjs/common';
import type { PlanStepRequest, ReminderPlanActivities } from '@cxzy/contracts';
import { PlanStepRemindersUseCase } from '@cxzy/application';

@Injectable()
export class ReminderPlanActivitiesProvider implements ReminderPlanActivities {
  constructor(private readonly planner: PlanStepRemindersUseCase) {}

  planStepReminders(request: PlanStepRequest) {
    return this.planner.execute(request);
  }
}
