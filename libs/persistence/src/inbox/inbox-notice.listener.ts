import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { Subject, filter, type Observable } from 'rxjs';
import { APP_CONFIG, applicationDatabaseUrl, type AppConfig } from '@cxzy/config';

export interface InboxNoticeEvent {
  readonly id: string;
  readonly recipient: string;
}

/**
 * Listens to PostgreSQL's `inbox_notice` channel (a trigger NOTIFYs on every insert, whichever
 * process wrote it), so every API process can push new notices to its SSE subscribers.
 * One connection per process, opened on the first subscriber and re-opened if it drops.
 */
@Injectable()
export class InboxNoticeListener implements OnApplicationShutdown {
  private readonly logger = new Logger('InboxNoticeListener');
  private readonly events = new Subject<InboxNoticeEvent>();
  private client: pg.Client | undefined;
  private connecting: Promise<void> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Resolves once LISTEN is in place, so nothing inserted afterwards is missed. */
  async noticesFor(recipient: string): Promise<Observable<InboxNoticeEvent>> {
    await this.ensureListening();
    return this.events.pipe(filter((event) => event.recipient === recipient));
  }

  private ensureListening(): Promise<void> {
    this.connecting ??= this.listen().catch((error: unknown) => {
      this.connecting = undefined;
      throw error;
    });
    return this.connecting;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: applicationDatabaseUrl(this.config),
      application_name: 'cxzy-inbox-listener',
    });
    client.on('notification', (message) => {
      if (!message.payload) return;
      try {
        this.events.next(JSON.parse(message.payload) as InboxNoticeEvent);
      } catch {
        this.logger.warn(`ignored a malformed inbox_notice payload`);
      }
    });
    client.on('error', (error) => {
      this.logger.warn(`listener connection lost: ${error.message}; will reconnect on the next subscriber`);
      this.connecting = undefined;
      this.client = undefined;
    });
    await client.connect();
    await client.query('LISTEN inbox_notice');
    this.client = client;
  }

  async onApplicationShutdown(): Promise<void> {
    this.events.complete();
    await this.client?.end().catch(() => undefined);
  }
}
