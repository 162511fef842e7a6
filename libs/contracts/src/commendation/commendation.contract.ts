import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { SignedUpdateIdentity, UpdateIdentityKeys } from '@cxzy/domain';
import type { ApprovalActor, ApprovalProcessInput } from '../approval/approval.contract.js';

/**
 * 学习先进 — one commendation round of a grading unit: 推荐 → 考察 → 公示 → 审批 → 表彰. Nominations,
 * opinions and objections are rows; the workflow moves the phases (each an Update running one
 * activity) and runs the decision as a child approval process (the approval engine).
 */
export const COMMENDATION_WORKFLOW_TYPE = 'commendationWorkflow';
export const commendationWorkflowId = (roundId: string): string => `commendation/${roundId}`;

export type CommendationAdvanceTo = 'vet' | 'publicise' | 'decide';

export interface CommendationWorkflowInput {
  readonly roundId: string;
  /** The grading unit whose administrator moves the phases (absent: started before ADR 0009 was applied). */
  readonly gradingUnitId?: string;
  /** ADR 0009: the API's public keys; every phase move must carry a signed identity (absent: started before). */
  readonly identityKeys?: UpdateIdentityKeys;
}

export interface CommendationStatus {
  readonly phase: 'nominate' | 'vet' | 'publicise' | 'decide' | 'commended' | 'rejected';
  readonly approvalProcessId: string | null;
}

export interface AdvanceCommendationRequest {
  readonly actor: ApprovalActor;
  readonly to: CommendationAdvanceTo;
  /** What the signed identity is bound to (one per request). */
  readonly idempotencyKey?: string;
  /** ADR 0009: the actor as the API verified it, signed for this Update. */
  readonly identity?: SignedUpdateIdentity;
}

export interface AdvanceCommendationResult {
  readonly phase: CommendationStatus['phase'];
  /** Set when the round moved to 'decide': the approval to start (its people resolved). */
  readonly approval: ApprovalProcessInput | null;
  /**
   * Set when the round moved to 'vet' or 'publicise': when that window closes by itself (the
   * workflow then moves the round on as the system). Absent from results recorded before.
   */
  readonly windowEndsAt?: string | null;
}

/** The actor of a phase move the workflow makes itself when a window runs out. */
export const COMMENDATION_WINDOW_ACTOR = {
  requestId: null,
  actorId: 'system:commendation-window',
  actorRole: 'system',
  actorOrg: null,
} as const satisfies ApprovalActor;

export const advanceCommendationUpdate = defineUpdate<AdvanceCommendationResult, [AdvanceCommendationRequest]>(
  'advanceCommendation',
);
export const commendationStatusQuery = defineQuery<CommendationStatus>('commendationStatus');

export type CommendationWorkflow = (input: CommendationWorkflowInput) => Promise<CommendationStatus>;

export interface CommendationActivities {
  advanceCommendation(input: { roundId: string } & AdvanceCommendationRequest): Promise<AdvanceCommendationResult>;
  /** The approval ended: approved → the publicised nominations are commended; otherwise rejected. */
  concludeCommendation(input: {
    roundId: string;
    approved: boolean;
    decidedBy: ApprovalActor;
  }): Promise<CommendationStatus>;
}

/** 学习先进 launched once a year per configured grading unit by a Temporal Schedule (disabled by default). */
export const COMMENDATION_LAUNCH_WORKFLOW_TYPE = 'commendationLaunchWorkflow';
export const commendationLaunchScheduleId = (taskQueue: string, unitCode: string): string =>
  `commendation-launch/${taskQueue}/${unitCode}`;

export interface CommendationLaunchInput {
  readonly gradingUnitCode: string;
}

export interface CommendationLaunchResult {
  readonly year: number;
  readonly roundId: string;
  /** false: the unit's round of that year existed already. */
  readonly launched: boolean;
}

export type CommendationLaunchWorkflow = (input: CommendationLaunchInput) => Promise<CommendationLaunchResult>;

export interface CommendationLaunchActivities {
  launchScheduledCommendation(request: { gradingUnitCode: string; firedAt: string }): Promise<CommendationLaunchResult>;
}
