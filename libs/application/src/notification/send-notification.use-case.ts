import { Inject, Injectable } from '@nestjs/common';
import { WorkflowIdReusePolicy } from '@temporalio/client';
import { buildNotificationKey } from '@cxzy/domain';
import {
  DELIVER_NOTIFICATION_WORKFLOW_TYPE,
  deliverNotificationWorkflowId,
  type DeliverNotificationWorkflow,
} from '@cxzy/contracts';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import { TemporalClientProvider } from '@cxzy/temporal';
import type { SendNotificationCommand } from './send-notification.command.js';

/** Starts the delivery workflow; the workflow id is the notification key, so a repeat is a no-op. */
@Injectable()
export class SendNotificationUseCase {
  constructor(
    private readonly temporal: TemporalClientProvider,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(
    command: SendNotificationCommand,
  ): Promise<{ idempotencyKey: string; workflowId: string; duplicate: boolean }> {
    const idempotencyKey = buildNotificationKey({
      workflowId: `manual/${command.sentBy}`,
      step: command.reference,
      reason: 'notice',
      level: command.recipient,
    });
    const workflowId = deliverNotificationWorkflowId(idempotencyKey);
    const client = await this.temporal.get();
    try {
      await client.workflow.start<DeliverNotificationWorkflow>(DELIVER_NOTIFICATION_WORKFLOW_TYPE, {
        workflowId,
        taskQueue: this.temporal.taskQueue,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [
          {
            notification: {
              idempotencyKey,
              recipient: command.recipient,
              title: command.title,
              body: command.body,
              link: command.link,
            },
            retry: {
              maximumAttempts: this.config.NOTIFICATION_RETRY_MAX_ATTEMPTS,
              initialIntervalMs: this.config.NOTIFICATION_RETRY_INITIAL_MS,
              maximumIntervalMs: this.config.NOTIFICATION_RETRY_MAX_INTERVAL_MS,
            },
          },
        ],
      });
    } catch (error) {
      if ((error as Error).name === 'WorkflowExecutionAlreadyStartedError')
        return { idempotencyKey, workflowId, duplicate: true };
      throw error;
    }
    return { idempotencyKey, workflowId, duplicate: false };
  }
}
