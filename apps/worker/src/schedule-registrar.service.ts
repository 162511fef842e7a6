import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, ScheduleOverlapPolicy } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import { DAILY_DIGEST_WORKFLOW_TYPE, dailyDigestScheduleId, type DailyDigestWorkflow } from '@cxzy/contracts';

/**
 * Creates the project's Temporal Schedules at start-up, or brings them in line with the
 * configuration when they exist: any number of workers may start at once, the result is one
 * schedule per task queue. Today: the daily digest. The yearly grading launch and the annual
 * pledge drive join here when their workflows exist.
 */
@Injectable()
export class ScheduleRegistrar implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Schedules');
  private connection: Connection | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.DIGEST_ENABLED) return;
    this.connection = await Connection.connect({ address: this.config.TEMPORAL_ADDRESS });
    const client = new Client({ connection: this.connection, namespace: this.config.TEMPORAL_NAMESPACE });
    const scheduleId = dailyDigestScheduleId(this.config.TEMPORAL_TASK_QUEUE);
    const spec = { cronExpressions: [this.config.DIGEST_CRON], timezone: this.config.APP_TIME_ZONE };
    const action = {
      type: 'startWorkflow' as const,
      workflowType: DAILY_DIGEST_WORKFLOW_TYPE,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [
        {
          dueWithinDays: this.config.DIGEST_DUE_WITHIN_DAYS,
          organisationsPerPage: this.config.DIGEST_ORGANISATIONS_PER_PAGE,
        },
      ] as Parameters<DailyDigestWorkflow>,
    };
    // A missed morning (server down) is caught up within the hour, never twice at once.
    const policies = { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' };
    try {
      await client.schedule.create<DailyDigestWorkflow>({ scheduleId, spec, action, policies });
      this.logger.log(`created schedule ${scheduleId} (${this.config.DIGEST_CRON}, ${this.config.APP_TIME_ZONE})`);
    } catch (error) {
      if ((error as Error).name !== 'ScheduleAlreadyRunning') throw error;
      await client.schedule
        .getHandle(scheduleId)
        .update<DailyDigestWorkflow>((previous) => ({ ...previous, spec, action, policies }));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection?.close();
  }
}
