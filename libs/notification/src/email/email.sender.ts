import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import { NotificationDeliveryRepository } from '@cxzy/persistence';
import { PermanentDeliveryError } from '../permanent-delivery.error.js';

export interface EmailNotice {
  readonly idempotencyKey: string;
  readonly recipient: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** The e-mail channel over SMTP. Sends a key once; the Message-ID carries the key so mail servers dedupe too. */
@Injectable()
export class EmailSender implements OnApplicationShutdown {
  private transporter: Transporter | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deliveries: NotificationDeliveryRepository,
  ) {}

  get enabled(): boolean {
    return Boolean(this.config.SMTP_HOST);
  }

  async send(notice: EmailNotice): Promise<{ sent: boolean }> {
    if (!this.enabled) throw new PermanentDeliveryError('the e-mail channel is not configured (SMTP_HOST is unset)');
    const fresh = await this.deliveries.claim({
      idempotencyKey: notice.idempotencyKey,
      channel: 'email',
      recipient: notice.recipient,
      payload: { to: notice.to, subject: notice.subject, text: notice.text },
    });
    if (!fresh) return { sent: false };
    try {
      await this.transport().sendMail({
        from: this.config.SMTP_FROM,
        to: notice.to,
        subject: notice.subject,
        text: notice.text,
        messageId: `<${Buffer.from(notice.idempotencyKey).toString('base64url')}@cxzy.local>`,
      });
    } catch (error) {
      const message = (error as Error).message;
      await this.deliveries.markFailedAttempt(notice.idempotencyKey, 'email', message);
      // 5xx from the server: the address or message is refused for good.
      if (/^5\d\d/.test(String((error as { responseCode?: number }).responseCode ?? '')))
        throw new PermanentDeliveryError(message);
      throw error;
    }
    await this.deliveries.markSent(notice.idempotencyKey, 'email');
    return { sent: true };
  }

  private transport(): Transporter {
    this.transporter ??= nodemailer.createTransport({
      host: this.config.SMTP_HOST,
      port: this.config.SMTP_PORT,
      secure: this.config.SMTP_SECURE,
      ...(this.config.SMTP_USER ? { auth: { user: this.config.SMTP_USER, pass: this.config.SMTP_PASSWORD } } : {}),
      // Loopback and intranet relays often have no certificate; STARTTLS is still used when offered.
      ignoreTLS: !this.config.SMTP_SECURE && ['127.0.0.1', 'localhost'].includes(this.config.SMTP_HOST ?? ''),
    });
    return this.transporter;
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
