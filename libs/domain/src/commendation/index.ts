export * from './nomination.js';
export * from './vetting.js';
export * from './nomination-state.js';
export * from './phase-window.js';
export * from './public-notice.js';
