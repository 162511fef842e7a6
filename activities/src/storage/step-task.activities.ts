import { Injectable } from '@nestjs/common';
import type { OpenStepTaskRequest, StepRef, StepTaskActivities } from '@cxzy/contracts';
import { RecordStepTaskUseCase } from '@cxzy/application';

@Injectable()
export class StepTaskActivitiesProvider implements StepTaskActivities {
  constructor(private readonly tasks: RecordStepTaskUseCase) {}

  openStepTask(request: OpenStepTaskRequest): Promise<void> {
    return this.tasks.open(request);
  }

  closeStepTask(request: StepRef & { status: 'completed' | 'cancelled' }): Promise<void> {
    const { status, ...step } = request;
    return this.tasks.close(step, status);
  }
}
