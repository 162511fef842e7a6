import { Injectable } from '@nestjs/common';
import { StepTaskRepository, type OpenStepTask } from '@cxzy/persistence';

/** Keeps the open-steps projection (待办) in step with the step-deadline workflows. */
@Injectable()
export class RecordStepTaskUseCase {
  constructor(private readonly tasks: StepTaskRepository) {}

  open(task: OpenStepTask): Promise<void> {
    return this.tasks.open(task);
  }

  close(
    step: { ownerWorkflowId: string; stepKey: string; generation: number },
    status: 'completed' | 'cancelled',
  ): Promise<void> {
    return this.tasks.close(step, status);
  }
}
