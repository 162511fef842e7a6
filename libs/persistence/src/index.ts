export { dataSourceOptions, entities } from './data-source-options.js';
export { runMigrationsExclusively } from './run-migrations.js';
export { PersistenceModule } from './persistence.module.js';
export { SmokeCheckEntity, type SmokeCheckStatus } from './smoke-check/smoke-check.entity.js';
export { SmokeCheckRepository } from './smoke-check/smoke-check.repository.js';
export { InboxNoticeEntity } from './inbox/inbox-notice.entity.js';
export { InboxNoticeRepository, type InboxPage, type NewInboxNotice } from './inbox/inbox-notice.repository.js';
export { InboxNoticeListener, type InboxNoticeEvent } from './inbox/inbox-notice.listener.js';
export { NotificationPreferenceEntity } from './notification/notification-preference.entity.js';
export {
  NotificationPreferenceRepository,
  type PreferenceChanges,
} from './notification/notification-preference.repository.js';
export {
  NotificationDeliveryEntity,
  type DeliveryChannel,
  type DeliveryPayload,
  type DeliveryStatus,
} from './notification/notification-delivery.entity.js';
export { NotificationDeliveryRepository } from './notification/notification-delivery.repository.js';
