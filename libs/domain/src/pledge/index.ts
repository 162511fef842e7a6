export * from './pledge.types.js';
export * from './pledge-state.js';
export * from './pledge-window.js';
export * from './pledge-proposal.rules.js';
export * from './pledge-suggestions.js';
export * from './pledge-review.rules.js';
export * from './pledge-evaluation.js';
export * from './pledge-notices.js';
