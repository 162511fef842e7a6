import { Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { APP_CONFIG, temporalConnectionSettings, type AppConfig } from '@cxzy/config';

/** The one Temporal client of an API process. Connects lazily so the API starts while Temporal is down (health says 503). */
@Injectable()
export class TemporalClientProvider implements OnApplicationShutdown {
  private connection: Connection | undefined;
  private client: Promise<Client> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get(): Promise<Client> {
    // One connection shared by concurrent callers; a failed attempt is forgotten so the next call retries.
    this.client ??= this.connect().catch((error: unknown) => {
      this.client = undefined;
      throw error;
    });
    return this.client;
  }

  private async connect(): Promise<Client> {
    // Plain gRPC to a local server; TLS / mTLS / API key for a cluster or Temporal Cloud (docs/deployment.md).
    this.connection = await Connection.connect({
      ...temporalConnectionSettings(this.config),
      connectTimeout: '5 seconds',
    });
    return new Client({ connection: this.connection, namespace: this.config.TEMPORAL_NAMESPACE });
  }

  get taskQueue(): string {
    return this.config.TEMPORAL_TASK_QUEUE;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection?.close();
  }
}

@Module({ providers: [TemporalClientProvider], exports: [TemporalClientProvider] })
export class TemporalClientModule {}
