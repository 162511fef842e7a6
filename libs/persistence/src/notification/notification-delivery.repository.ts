import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  NotificationDeliveryEntity,
  type DeliveryChannel,
  type DeliveryPayload,
} from './notification-delivery.entity.js';

@Injectable()
export class NotificationDeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get rows() {
    return this.dataSource.getRepository(NotificationDeliveryEntity);
  }

  /**
   * Claims (key, channel) for sending. Returns false when it was already sent: the caller must not
   * send again. A claim left in 'sending' by a crashed attempt is taken over (at-least-once on the
   * wire for the rare crash between send and mark; the receiver dedupes on the Idempotency-Key).
   */
  async claim(delivery: {
    idempotencyKey: string;
    channel: DeliveryChannel;
    recipient: string;
    payload: DeliveryPayload;
  }): Promise<boolean> {
    await this.rows
      .createQueryBuilder()
      .insert()
      .values({ ...delivery, status: 'sending' })
      .orIgnore()
      .execute();
    const existing = await this.rows.findOneByOrFail({
      idempotencyKey: delivery.idempotencyKey,
      channel: delivery.channel,
    });
    return existing.status !== 'sent';
  }

  async markSent(idempotencyKey: string, channel: DeliveryChannel): Promise<void> {
    await this.rows.update({ idempotencyKey, channel }, { status: 'sent', sentAt: new Date(), lastError: null });
  }

  async markFailedAttempt(idempotencyKey: string, channel: DeliveryChannel, error: string): Promise<void> {
    await this.rows.update({ idempotencyKey, channel, status: 'sending' }, { lastError: error.slice(0, 2000) });
  }

  async markDeadLettered(idempotencyKey: string, channel: DeliveryChannel, error: string): Promise<void> {
    await this.rows.update(
      { idempotencyKey, channel, status: 'sending' },
      { status: 'dead-lettered', lastError: error.slice(0, 2000), deadLetteredAt: new Date() },
    );
  }

  deadLetters(options: { offset: number; limit: number }): Promise<[NotificationDeliveryEntity[], number]> {
    return this.rows.findAndCount({
      where: { status: 'dead-lettered' },
      order: { deadLetteredAt: 'DESC', id: 'ASC' },
      skip: options.offset,
      take: options.limit,
    });
  }

  findByKey(idempotencyKey: string): Promise<NotificationDeliveryEntity[]> {
    return this.rows.find({ where: { idempotencyKey }, order: { channel: 'ASC' } });
  }
}
