import type { DeliverNotificationInput, DeliveryReport } from '@cxzy/contracts';
import { deliverNotification } from './deliver-notification.js';

/** Delivers one notification on its own (for notices raised outside a process workflow). */
export async function deliverNotificationWorkflow(input: DeliverNotificationInput): Promise<DeliveryReport> {
  return deliverNotification(input.notification, input.retry);
}
