export { ActivitiesModule, ACTIVITY_PROVIDERS } from './activities.module.js';
export { toActivityMap } from './activity-map.util.js';
