import type { Role } from '../user/role.js';

/**
 * Who may take each step of a pledge (SPEC §6), at the pledge's organisation: the branch acts on
 * its own pledges, a supervisor on the leading line reviews and closes, members propose, revise,
 * report and evaluate (their own — see AccessPolicy on the missing member↔user link).
 */
export const PLEDGE_ROLES = {
  propose: ['member', 'branch-secretary'],
  review: ['branch-secretary', 'supervisor'],
  revise: ['member', 'branch-secretary'],
  amend: ['branch-secretary', 'supervisor'],
  publicise: ['branch-secretary', 'supervisor'],
  reportProgress: ['member', 'branch-secretary'],
  evaluate: ['member', 'branch-secretary', 'supervisor'],
  // 邀请互评: the branch asks its members for peer evaluations (ADR 0016).
  requestPeerEvaluation: ['branch-secretary'],
  conclude: ['branch-secretary', 'supervisor'],
  feedBack: ['branch-secretary', 'supervisor'],
  issuePublicLinks: ['branch-secretary', 'supervisor'],
  launchDrive: ['branch-secretary'],
} as const satisfies Record<string, readonly Role[]>;
