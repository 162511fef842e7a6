import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, ScheduleOverlapPolicy, type ScheduleOptions } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import {
  COMMENDATION_LAUNCH_WORKFLOW_TYPE,
  commendationLaunchScheduleId,
  type CommendationLaunchWorkflow,
  DAILY_DIGEST_WORKFLOW_TYPE,
  dailyDigestScheduleId,
  GRADING_LAUNCH_WORKFLOW_TYPE,
  gradingLaunchScheduleId,
  type DailyDigestWorkflow,
  type GradingLaunchWorkflow,
} from '@cxzy/contracts';

/**
 * Creates the project's Temporal Schedules at start-up, or brings them in line with the
 * configuration when they exist: any number of workers may start at once, the result is one
 * schedule per task queue (and per grading unit). Today: the daily digest, and the yearly grading
 * launch of each unit in GRADING_LAUNCH_UNITS. The annual pledge drive joins here when it exists.
 */
@Injectable()
export class ScheduleRegistrar implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Schedules');
  private connection: Connection | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const units = this.config.GRADING_LAUNCH_UNITS.split(',').filter((code) => code !== '');
    const commendationUnits = this.config.COMMENDATION_LAUNCH_UNITS.split(',').filter((code) => code !== '');
    if (!this.config.DIGEST_ENABLED && units.length === 0 && commendationUnits.length === 0) return;
    this.connection = await Connection.connect({ address: this.config.TEMPORAL_ADDRESS });
    const client = new Client({ connection: this.connection, namespace: this.config.TEMPORAL_NAMESPACE });
    if (this.config.DIGEST_ENABLED) await this.upsert(client, this.dailyDigest());
    for (const code of units) await this.upsert(client, this.gradingLaunch(code));
    for (const code of commendationUnits) await this.upsert(client, this.commendationLaunch(code));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection?.close();
  }

  private dailyDigest(): ScheduleOptions {
    return {
      scheduleId: dailyDigestScheduleId(this.config.TEMPORAL_TASK_QUEUE),
      spec: { cronExpressions: [this.config.DIGEST_CRON], timezone: this.config.APP_TIME_ZONE },
      action: {
        type: 'startWorkflow',
        workflowType: DAILY_DIGEST_WORKFLOW_TYPE,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [
          {
            dueWithinDays: this.config.DIGEST_DUE_WITHIN_DAYS,
            organisationsPerPage: this.config.DIGEST_ORGANISATIONS_PER_PAGE,
          },
        ] as Parameters<DailyDigestWorkflow>,
      },
      // A missed morning (server down) is caught up within the hour, never twice at once.
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' },
    };
  }

  /** 晋位升级 once a year per unit; a launch missed while the server was down is caught up within a week. */
  private gradingLaunch(unitCode: string): ScheduleOptions {
    return {
      scheduleId: gradingLaunchScheduleId(this.config.TEMPORAL_TASK_QUEUE, unitCode),
      spec: { cronExpressions: [this.config.GRADING_LAUNCH_CRON], timezone: this.config.APP_TIME_ZONE },
      action: {
        type: 'startWorkflow',
        workflowType: GRADING_LAUNCH_WORKFLOW_TYPE,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [{ gradingUnitCode: unitCode }] as Parameters<GradingLaunchWorkflow>,
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '7 days' },
    };
  }

  /** 学习先进 once a year per configured unit (around 七一); none unless COMMENDATION_LAUNCH_UNITS is set. */
  private commendationLaunch(unitCode: string): ScheduleOptions {
    return {
      scheduleId: commendationLaunchScheduleId(this.config.TEMPORAL_TASK_QUEUE, unitCode),
      spec: { cronExpressions: [this.config.COMMENDATION_LAUNCH_CRON], timezone: this.config.APP_TIME_ZONE },
      action: {
        type: 'startWorkflow',
        workflowType: COMMENDATION_LAUNCH_WORKFLOW_TYPE,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [{ gradingUnitCode: unitCode }] as Parameters<CommendationLaunchWorkflow>,
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '7 days' },
    };
  }

  private async upsert(client: Client, options: ScheduleOptions): Promise<void> {
    const { scheduleId, spec, action, policies } = options;
    try {
      await client.schedule.create(options);
      this.logger.log(`created schedule ${scheduleId}`);
    } catch (error) {
      if ((error as Error).name !== 'ScheduleAlreadyRunning') throw error;
      await client.schedule.getHandle(scheduleId).update((previous) => ({ ...previous, spec, action, policies }));
    }
  }
}
