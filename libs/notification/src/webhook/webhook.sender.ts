import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import { NotificationDeliveryRepository } from '@cxzy/persistence';
import { PermanentDeliveryError } from '../permanent-delivery.error.js';
import { signWebhook } from './webhook-signature.js';

export interface WebhookNotice {
  readonly idempotencyKey: string;
  readonly recipient: string;
  /** What the gateway needs to reach the person: a phone number, a chat id. */
  readonly target: string;
  readonly title: string;
  readonly body: string;
  readonly link: string | null;
}

/** Statuses a retry may fix: the gateway is busy or down. Other 4xx mean the request itself is wrong. */
const RETRYABLE_STATUS = new Set([408, 425, 429]);

/** The webhook channel (SMS gateway, messaging app): JSON POST, HMAC-signed, Idempotency-Key header. */
@Injectable()
export class WebhookSender {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deliveries: NotificationDeliveryRepository,
  ) {}

  get enabled(): boolean {
    return Boolean(this.config.WEBHOOK_URL && this.config.WEBHOOK_SECRET);
  }

  /** Throws on failure so Temporal retries; PermanentDeliveryError when retrying cannot help. */
  async send(notice: WebhookNotice): Promise<{ sent: boolean }> {
    const { WEBHOOK_URL: url, WEBHOOK_SECRET: secret } = this.config;
    if (!url || !secret)
      throw new PermanentDeliveryError('the webhook channel is not configured (WEBHOOK_URL is unset)');
    const payload = { target: notice.target, title: notice.title, body: notice.body, link: notice.link };
    const fresh = await this.deliveries.claim({
      idempotencyKey: notice.idempotencyKey,
      channel: 'webhook',
      recipient: notice.recipient,
      payload,
    });
    if (!fresh) return { sent: false };

    const body = JSON.stringify({ idempotencyKey: notice.idempotencyKey, recipient: notice.recipient, ...payload });
    const timestamp = String(Date.now());
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'idempotency-key': notice.idempotencyKey,
          'x-cxzy-timestamp': timestamp,
          'x-cxzy-signature': signWebhook(secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
      });
    } catch (error) {
      await this.deliveries.markFailedAttempt(notice.idempotencyKey, 'webhook', (error as Error).message);
      throw error;
    }
    if (response.ok) {
      await this.deliveries.markSent(notice.idempotencyKey, 'webhook');
      return { sent: true };
    }
    const failure = `gateway answered ${response.status} ${response.statusText}`;
    await this.deliveries.markFailedAttempt(notice.idempotencyKey, 'webhook', failure);
    if (response.status >= 400 && response.status < 500 && !RETRYABLE_STATUS.has(response.status)) {
      throw new PermanentDeliveryError(failure);
    }
    throw new Error(failure);
  }
}
