import { Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, makeGrpcRetryInterceptor, ServiceError } from '@temporalio/client';
import { APP_CONFIG, temporalConnectionSettings, type AppConfig } from '@cxzy/config';
import { boundedGrpcRetryOptions } from './bounded-grpc-retry.js';

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
    // While the engine is down a call fails within ~4 s (503 + Retry-After), not after the SDK's ~20 s
    // of retries; reconnection is retried at most every 2 s, so the API answers soon after it is back.
    this.connection = await Connection.connect({
      ...temporalConnectionSettings(this.config),
      connectTimeout: '3 seconds',
      interceptors: [makeGrpcRetryInterceptor(boundedGrpcRetryOptions())],
      channelArgs: { 'grpc.initial_reconnect_backoff_ms': 500, 'grpc.max_reconnect_backoff_ms': 2_000 },
    }).catch((error: unknown) => {
      // gRPC's "Failed to connect before the deadline" is a plain Error: name it an engine outage (503).
      if (error instanceof ServiceError || !(error instanceof Error)) throw error;
      throw new ServiceError('Failed to connect to Temporal server', { cause: error });
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
