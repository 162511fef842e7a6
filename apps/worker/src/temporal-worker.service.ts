import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { NativeConnection, Worker } from '@temporalio/worker';
import { APP_CONFIG, temporalConnectionSettings, type AppConfig } from '@cxzy/config';
import { ACTIVITY_PROVIDERS, toActivityMap } from '@cxzy/activities';
import { installTemporalRuntime } from './temporal-runtime.js';
import { workflowCodeSource } from './workflow-bundle.options.js';

/**
 * Owns the Temporal Worker of this process: starts it once Nest has wired the activity providers,
 * and drains it on shutdown. A worker that stops on its own (fatal error) takes the process down
 * with a non-zero exit, so a supervisor restarts it instead of leaving a silent zombie.
 */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('TemporalWorker');
  private worker: Worker | undefined;
  private connection: NativeConnection | undefined;
  private running: Promise<void> | undefined;
  private shuttingDown = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    installTemporalRuntime(this.config.LOG_LEVEL, this.config.TEMPORAL_METRICS_BIND_ADDRESS);
    this.connection = await NativeConnection.connect(temporalConnectionSettings(this.config));
    const providers = ACTIVITY_PROVIDERS.map((type) => this.moduleRef.get(type, { strict: false }));
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: this.config.TEMPORAL_NAMESPACE,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      ...workflowCodeSource(this.config.TEMPORAL_WORKFLOW_BUNDLE_PATH),
      activities: toActivityMap(providers),
      maxCachedWorkflows: this.config.TEMPORAL_WORKFLOW_CACHE_SIZE,
      maxConcurrentWorkflowTaskExecutions: this.config.TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASKS,
      maxConcurrentActivityTaskExecutions: this.config.TEMPORAL_MAX_CONCURRENT_ACTIVITY_TASKS,
    });
    this.running = this.worker.run().then(
      () => {
        if (!this.shuttingDown) this.fail(new Error('the Temporal worker stopped unexpectedly'));
      },
      (error: unknown) => this.fail(error),
    );
    this.logger.log(`polling task queue "${this.config.TEMPORAL_TASK_QUEUE}" on ${this.config.TEMPORAL_ADDRESS}`);
  }

  /** Resolves when the worker has stopped polling (tests use it). */
  get stopped(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /**
   * Drain before anything else closes: Nest runs every `beforeApplicationShutdown` before any
   * `onApplicationShutdown`, so in-flight activities finish while their database pool still exists.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running;
    await this.connection?.close();
  }

  private fail(error: unknown): void {
    this.logger.error(`worker failed: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
    process.kill(process.pid, 'SIGTERM');
  }
}
