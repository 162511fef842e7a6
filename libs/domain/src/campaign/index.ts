export * from './public-rating.js';
export * from './leader-comment.js';
export * from './competition-entry.js';
export * from './campaign-result.js';
export * from './peer-review.js';
export * from './service-board.js';
