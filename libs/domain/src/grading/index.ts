/**
 * 基层党组织晋位升级 — every rule of the yearly grading cycle as pure functions (SPEC §3.1, §6 rules
 * 1–13). docs/grading-rules.md maps each rule to its function. Internal helpers
 * (grading.errors.ts, state-machine.util.ts's engine, the spec helpers) stay unexported.
 */
export * from './tier.js';
export type * from './grading-input.types.js';
export * from './grading-rules.js';
export * from './share.util.js';
export * from './composite-score.js';
export * from './participation.js';
export * from './vetoes.js';
export * from './missing-facts.js';
export * from './ranking.js';
export * from './tier-quotas.js';
export * from './classify-grading-unit.js';
export * from './publicity.js';
export * from './objections.js';
export * from './regrade.js';
export * from './appraisal.js';
export * from './rectification-targets.js';
export * from './rectification-plan.js';
export * from './progress-reports.js';
export * from './acceptance.js';
export * from './rectification-basis.js';
export * from './branch-round-view.js';
export * from './previous-round-summary.js';
export * from './scheduled-round-year.js';
export * from './rectification-notice.js';
export * from './grading-round.js';
export * from './deploy-notice.js';
export type { GradingActorRole, Machine, Transition, TransitionRequest, TransitionRule } from './state-machine.util.js';
export * from './round-state-machine.js';
export * from './branch-state-machine.js';
export * from './evidence-file.js';
