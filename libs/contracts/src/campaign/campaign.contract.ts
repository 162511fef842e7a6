import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  EscalationStage,
  LocalizedText,
  ReminderOffset,
  SignedUpdateIdentity,
  UpdateIdentityKeys,
} from '@cxzy/domain';

/**
 * 三亮三比三评 — one campaign of one window unit over a period. Ratings, comments, reviews and
 * entries are rows written by the use cases (big, many); the workflow holds what moves in time: the
 * 整改存在问题 follow-up tasks with their reminders, and the ranking step.
 */
export const CAMPAIGN_WORKFLOW_TYPE = 'campaignWorkflow';
export const campaignWorkflowId = (campaignId: string): string => `campaign/${campaignId}`;
export const CAMPAIGN_PROCESS_NAME: LocalizedText = { zhCN: '三亮三比三评', en: 'Window-unit campaign' };
export const FOLLOW_UP_STEP_NAME: LocalizedText = { zhCN: '整改存在问题', en: 'Fix the reported problem' };

export interface CampaignWorkflowInput {
  readonly campaignId: string;
  readonly organisationId: string;
  readonly unitName: string;
  readonly year: number;
  /** Reminders and escalations of a follow-up task (the definition's 'rate' step by default). */
  readonly followUpReminders: readonly ReminderOffset[];
  readonly followUpEscalation: readonly EscalationStage[];
  readonly link: string;
  /** ADR 0009: the API's public keys; the ranking Update must carry a signed identity (absent: started before). */
  readonly identityKeys?: UpdateIdentityKeys;
}

export interface FollowUpOpened {
  readonly followUpId: string;
  readonly deadlineAt: string;
}

export interface CampaignStatus {
  readonly state: 'open' | 'ranked';
  readonly openFollowUps: readonly string[];
}

export interface RankCampaignRequest {
  readonly actor: { requestId: string | null; actorId: string; actorRole: string | null; actorOrg: string | null };
  /** What the signed identity is bound to (one per request). */
  readonly idempotencyKey?: string;
  /** ADR 0009: the actor as the API verified it, signed for this Update. */
  readonly identity?: SignedUpdateIdentity;
}

export interface RankCampaignResult {
  readonly units: number;
  readonly members: number;
}

/** A complaint or low rating opened a follow-up (row already stored): start its reminders. Idempotent by id. */
export const campaignFollowUpOpenedSignal = defineSignal<[FollowUpOpened]>('campaignFollowUpOpened');
/** The unit closed the follow-up: its reminders stop. */
export const campaignFollowUpClosedSignal = defineSignal<[{ followUpId: string }]>('campaignFollowUpClosed');
/** 结果排名: computes and stores the ranked result (and the mapped 群众评价 share). */
export const rankCampaignUpdate = defineUpdate<RankCampaignResult, [RankCampaignRequest]>('rankCampaign');
export const campaignStatusQuery = defineQuery<CampaignStatus>('campaignStatus');

export type CampaignWorkflow = (input: CampaignWorkflowInput) => Promise<CampaignStatus>;

export interface CampaignActivities {
  rankCampaign(input: { campaignId: string } & RankCampaignRequest): Promise<RankCampaignResult>;
}
