import { Injectable } from '@nestjs/common';
import { NotificationDeliveryRepository, type NotificationDeliveryEntity } from '@cxzy/persistence';

/** 投递失败清单: deliveries that used up their retries, newest first, for administrators. */
@Injectable()
export class ListDeadLettersUseCase {
  constructor(private readonly deliveries: NotificationDeliveryRepository) {}

  async execute(page: number, pageSize: number): Promise<{ items: NotificationDeliveryEntity[]; total: number }> {
    const [items, total] = await this.deliveries.deadLetters({ offset: (page - 1) * pageSize, limit: pageSize });
    return { items, total };
  }
}
