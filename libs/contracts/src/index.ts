export * from './smoke-check/smoke-check.contract.js';
export type { SmokeCheckStorageActivities } from './activities/storage.activities.js';
export type { InboxNoticeRequest, NotificationActivities } from './activities/notification.activities.js';
export { searchAttributes } from './search-attributes.js';
