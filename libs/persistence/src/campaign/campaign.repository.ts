import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CampaignRules, CampaignSubject, LeaderComment, PublicRating, RankedSubject } from '@cxzy/domain';

export interface CampaignRecord {
  readonly id: string;
  readonly workflowId: string;
  readonly organisationId: string;
  readonly title: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly rules: CampaignRules;
  readonly state: 'open' | 'ranked';
}

export interface NewCampaign extends Omit<CampaignRecord, 'state'> {
  readonly definitionId: string;
  readonly definitionVersion: number;
  readonly launchedBy: string;
}

export interface FollowUpRecord {
  readonly id: string;
  readonly campaignId: string;
  readonly organisationId: string;
  readonly ratingId: string;
  readonly reason: 'low-score' | 'complaint';
  readonly deadlineAt: string;
  readonly status: 'open' | 'closed';
  readonly suggestion: string | null;
}

export interface ResultRow extends RankedSubject {
  readonly publicAppraisalPercent: number | null;
}

type Row = Record<string, unknown>;
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** 三亮三比三评 storage: raw, parameterised SQL over the campaign tables. */
@Injectable()
export class CampaignRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, campaign: NewCampaign): Promise<void> {
    await manager.query(
      `INSERT INTO campaigns (id, workflow_id, organisation_id, title, period_start, period_end, definition_id,
         definition_version, rules, state, launched_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10)`,
      [
        campaign.id,
        campaign.workflowId,
        campaign.organisationId,
        campaign.title,
        campaign.periodStart,
        campaign.periodEnd,
        campaign.definitionId,
        campaign.definitionVersion,
        JSON.stringify(campaign.rules),
        campaign.launchedBy,
      ],
    );
  }

  async findById(id: string, manager?: EntityManager): Promise<CampaignRecord | null> {
    const [row] = (await (manager ?? this.dataSource).query(
      `SELECT id, workflow_id, organisation_id, title, period_start, period_end, rules, state
         FROM campaigns WHERE id = $1`,
      [id],
    )) as Row[];
    if (!row) return null;
    return {
      id: String(row['id']),
      workflowId: String(row['workflow_id']),
      organisationId: String(row['organisation_id']),
      title: String(row['title']),
      periodStart: day(row['period_start']),
      periodEnd: day(row['period_end']),
      rules: row['rules'] as CampaignRules,
      state: row['state'] as 'open' | 'ranked',
    };
  }

  async insertPublicRating(
    manager: EntityManager,
    id: string,
    campaignId: string,
    rating: PublicRating,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO campaign_public_ratings (id, campaign_id, score, vote, suggestion, complaint)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, campaignId, rating.score, rating.vote, rating.suggestion, rating.complaint],
    );
  }

  async insertLeaderComment(
    manager: EntityManager,
    id: string,
    campaignId: string,
    comment: LeaderComment,
    by: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO campaign_leader_comments (id, campaign_id, kind, member_id, score, text, commented_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, campaignId, comment.kind, comment.memberId, comment.score, comment.text, by],
    );
  }

  async hasPeerReview(campaignId: string, reviewer: string, member: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      'SELECT 1 FROM campaign_peer_reviews WHERE campaign_id = $1 AND reviewer_member_id = $2 AND member_id = $3',
      [campaignId, reviewer, member],
    )) as Row[];
    return rows.length > 0;
  }

  async insertPeerReview(
    manager: EntityManager,
    campaignId: string,
    reviewer: string,
    member: string,
    score: number,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO campaign_peer_reviews (campaign_id, reviewer_member_id, member_id, score) VALUES ($1, $2, $3, $4)`,
      [campaignId, reviewer, member, score],
    );
  }

  /** A later entry for the same subject replaces the earlier one (the sheet is re-scored). */
  async upsertEntry(
    manager: EntityManager,
    campaignId: string,
    subject: { kind: 'unit' | 'member'; id: string },
    itemScores: Record<string, number>,
    score: number,
    by: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO campaign_entries (campaign_id, subject_kind, subject_id, item_scores, score, scored_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (campaign_id, subject_kind, subject_id)
       DO UPDATE SET item_scores = EXCLUDED.item_scores, score = EXCLUDED.score, scored_by = EXCLUDED.scored_by,
                     scored_at = now()`,
      [campaignId, subject.kind, subject.id, JSON.stringify(itemScores), score, by],
    );
  }

  async insertFollowUp(manager: EntityManager, followUp: Omit<FollowUpRecord, 'status' | 'suggestion'>): Promise<void> {
    await manager.query(
      `INSERT INTO campaign_follow_ups (id, campaign_id, organisation_id, rating_id, reason, deadline_at, status)
       VALUES ($1, $2, $3, $4, $5, $6, 'open')`,
      [
        followUp.id,
        followUp.campaignId,
        followUp.organisationId,
        followUp.ratingId,
        followUp.reason,
        followUp.deadlineAt,
      ],
    );
  }

  async followUps(campaignId: string): Promise<FollowUpRecord[]> {
    const rows = (await this.dataSource.query(
      `SELECT f.id, f.campaign_id, f.organisation_id, f.rating_id, f.reason, f.deadline_at, f.status, r.suggestion
         FROM campaign_follow_ups f JOIN campaign_public_ratings r ON r.id = f.rating_id
        WHERE f.campaign_id = $1 ORDER BY f.opened_at, f.id`,
      [campaignId],
    )) as Row[];
    return rows.map((row) => ({
      id: String(row['id']),
      campaignId: String(row['campaign_id']),
      organisationId: String(row['organisation_id']),
      ratingId: String(row['rating_id']),
      reason: row['reason'] as 'low-score' | 'complaint',
      deadlineAt: iso(row['deadline_at']),
      status: row['status'] as 'open' | 'closed',
      suggestion: (row['suggestion'] as string | null) ?? null,
    }));
  }

  /** Closes an open follow-up; false when it is not open (closed already or unknown). */
  async closeFollowUp(manager: EntityManager, campaignId: string, id: string, resolution: string): Promise<boolean> {
    const rows = (await manager.query(
      `UPDATE campaign_follow_ups SET status = 'closed', resolution = $3, closed_at = now()
        WHERE campaign_id = $1 AND id = $2 AND status = 'open' RETURNING id`,
      [campaignId, id, resolution],
    )) as [Row[], number];
    return rows[0].length > 0;
  }

  /** Per subject, the mean of each source (units: public, leader collective/unit, entries; members: peer, leader, entries). */
  async subjects(campaignId: string, organisationId: string): Promise<CampaignSubject[]> {
    const rows = (await this.dataSource.query(
      `WITH subjects AS (
         SELECT 'unit'::text AS kind, $2::uuid AS id
         UNION SELECT 'member', m.id FROM members m WHERE m.organisation_id = $2
       )
       SELECT s.kind, s.id,
         CASE WHEN s.kind = 'unit' THEN (SELECT avg(score) FROM campaign_public_ratings WHERE campaign_id = $1) END AS public,
         CASE WHEN s.kind = 'member' THEN (SELECT avg(score) FROM campaign_peer_reviews
                                            WHERE campaign_id = $1 AND member_id = s.id) END AS peer,
         (SELECT avg(score) FROM campaign_leader_comments
           WHERE campaign_id = $1 AND ((s.kind = 'unit' AND member_id IS NULL) OR member_id = s.id)) AS leader,
         (SELECT score FROM campaign_entries
           WHERE campaign_id = $1 AND subject_kind = s.kind AND subject_id = s.id) AS competition
       FROM subjects s`,
      [campaignId, organisationId],
    )) as Row[];
    const num = (value: unknown) =>
      value === null || value === undefined ? null : Math.round(Number(value) * 100) / 100;
    return rows.map((row) => ({
      kind: row['kind'] as 'unit' | 'member',
      id: String(row['id']),
      averages: {
        public: num(row['public']),
        peer: num(row['peer']),
        leader: num(row['leader']),
        competition: num(row['competition']),
      },
    }));
  }

  async storeResult(manager: EntityManager, campaignId: string, results: readonly ResultRow[]): Promise<void> {
    await manager.query('DELETE FROM campaign_results WHERE campaign_id = $1', [campaignId]);
    for (const r of results) {
      await manager.query(
        `INSERT INTO campaign_results (campaign_id, subject_kind, subject_id, score, rank, averages, public_appraisal_percent)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [campaignId, r.kind, r.id, r.score, r.rank, JSON.stringify(r.averages), r.publicAppraisalPercent],
      );
    }
    await manager.query(`UPDATE campaigns SET state = 'ranked', ranked_at = now() WHERE id = $1`, [campaignId]);
  }

  async result(campaignId: string): Promise<ResultRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT subject_kind, subject_id, score, rank, averages, public_appraisal_percent
         FROM campaign_results WHERE campaign_id = $1 ORDER BY subject_kind DESC, rank, subject_id`,
      [campaignId],
    )) as Row[];
    return rows.map((row) => ({
      kind: row['subject_kind'] as 'unit' | 'member',
      id: String(row['subject_id']),
      score: Number(row['score']),
      rank: Number(row['rank']),
      averages: row['averages'] as CampaignSubject['averages'],
      publicAppraisalPercent: row['public_appraisal_percent'] === null ? null : Number(row['public_appraisal_percent']),
    }));
  }

  async publicRatingCount(campaignId: string): Promise<number> {
    const [{ n }] = (await this.dataSource.query(
      'SELECT count(*)::int AS n FROM campaign_public_ratings WHERE campaign_id = $1',
      [campaignId],
    )) as [{ n: number }];
    return n;
  }
}
