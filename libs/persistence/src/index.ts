export { dataSourceOptions, entities } from './data-source-options.js';
export { runMigrationsExclusively } from './run-migrations.js';
export { PersistenceModule } from './persistence.module.js';
export { SmokeCheckEntity, type SmokeCheckStatus } from './smoke-check/smoke-check.entity.js';
export { SmokeCheckRepository } from './smoke-check/smoke-check.repository.js';
export { InboxNoticeEntity } from './inbox/inbox-notice.entity.js';
export { InboxNoticeRepository, type NewInboxNotice } from './inbox/inbox-notice.repository.js';
