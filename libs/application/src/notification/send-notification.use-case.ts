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
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { RequestContext } from '../audit/request-context.js';
import type { SendNotificationCommand } from './send-notification.command.js';

export interface SentNotification {
  readonly idempotencyKey: string;
  readonly workflowId: string;
  readonly duplicate: boolean;
}

/** Starts the delivery workflow; the workflow id is the notification key, so a repeat is a no-op. */
@Injectable()
export class SendNotificationUseCase {
  constructor(
    private readonly temporal: TemporalClientProvider,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditTrail,
  ) {}

  async execute(context: RequestContext, command: SendNotificationCommand): Promise<SentNotification> {
    const idempotencyKey = buildNotificationKey({
      workflowId: `manual/${command.sentBy}`,
      step: command.reference,
      reason: 'notice',
      level: command.recipient,
    });
    const workflowId = deliverNotificationWorkflowId(idempotencyKey);
    const sent = { idempotencyKey, workflowId, duplicate: !(await this.start(workflowId, idempotencyKey, command)) };
    await this.audit.record(context, {
      action: 'notification.send',
      objectType: 'notification',
      objectId: idempotencyKey,
      after: {
        recipient: command.recipient,
        reference: command.reference,
        title: command.title.zhCN,
        duplicate: sent.duplicate,
      },
    });
    return sent;
  }

  /** False when a delivery with this key was already started. */
  private async start(workflowId: string, idempotencyKey: string, command: SendNotificationCommand): Promise<boolean> {
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
      return true;
    } catch (error) {
      if ((error as Error).name === 'WorkflowExecutionAlreadyStartedError') return false;
      throw error;
    }
  }
}
