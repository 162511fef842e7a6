import { Injectable } from '@nestjs/common';
import { NotificationDeliveryRepository, type DeliveryChannel } from '@cxzy/persistence';

/** Keeps a delivery that used up its retries where administrators see it (GET /notifications/dead-letters). */
@Injectable()
export class DeadLetterRecorder {
  constructor(private readonly deliveries: NotificationDeliveryRepository) {}

  record(idempotencyKey: string, channel: DeliveryChannel, error: string): Promise<void> {
    return this.deliveries.markDeadLettered(idempotencyKey, channel, error);
  }
}
