import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 三亮三比三评 campaigns (issue 11): one campaign per window unit and period, its public ratings
 * (one per rating token), leader comments, peer reviews, 三比 entries, 整改 follow-up tasks and the
 * stored ranked result with the mapped 群众评价 share.
 */
export class Campaigns1765600000000 implements MigrationInterface {
  name = 'Campaigns1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY,
        workflow_id text NOT NULL CONSTRAINT uq_campaigns_workflow UNIQUE,
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        title text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL CHECK (period_end >= period_start),
        definition_id uuid NOT NULL REFERENCES pipeline_definitions (id),
        definition_version integer NOT NULL,
        rules jsonb NOT NULL,
        state varchar(16) NOT NULL CHECK (state IN ('open', 'ranked')),
        launched_by text NOT NULL,
        launched_at timestamptz NOT NULL DEFAULT now(),
        ranked_at timestamptz NULL
      )`);
    await db.query(`
      CREATE TABLE campaign_public_ratings (
        id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
        vote varchar(24) NOT NULL CHECK (vote IN ('satisfied', 'basically-satisfied', 'dissatisfied')),
        suggestion text NULL,
        complaint boolean NOT NULL,
        rated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_campaign_public_ratings ON campaign_public_ratings (campaign_id)`);
    await db.query(`
      CREATE TABLE campaign_leader_comments (
        id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        kind varchar(16) NOT NULL CHECK (kind IN ('collective', 'individual', 'random', 'on-site')),
        member_id uuid NULL REFERENCES members (id),
        score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
        text text NOT NULL,
        commented_by text NOT NULL,
        commented_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_campaign_leader_comments ON campaign_leader_comments (campaign_id)`);
    await db.query(`
      CREATE TABLE campaign_peer_reviews (
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        reviewer_member_id uuid NOT NULL REFERENCES members (id),
        member_id uuid NOT NULL REFERENCES members (id),
        score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
        reviewed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (campaign_id, reviewer_member_id, member_id),
        CHECK (reviewer_member_id <> member_id)
      )`);
    await db.query(`
      CREATE TABLE campaign_entries (
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        subject_kind varchar(8) NOT NULL CHECK (subject_kind IN ('unit', 'member')),
        subject_id uuid NOT NULL,
        item_scores jsonb NOT NULL,
        score numeric(5, 2) NOT NULL,
        scored_by text NOT NULL,
        scored_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (campaign_id, subject_kind, subject_id)
      )`);
    await db.query(`
      CREATE TABLE campaign_follow_ups (
        id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        rating_id uuid NOT NULL REFERENCES campaign_public_ratings (id) CONSTRAINT uq_campaign_follow_up_rating UNIQUE,
        reason varchar(16) NOT NULL CHECK (reason IN ('low-score', 'complaint')),
        deadline_at timestamptz NOT NULL,
        status varchar(16) NOT NULL CHECK (status IN ('open', 'closed')),
        resolution text NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz NULL
      )`);
    await db.query(`CREATE INDEX ix_campaign_follow_ups ON campaign_follow_ups (campaign_id)`);
    await db.query(`
      CREATE TABLE campaign_results (
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        subject_kind varchar(8) NOT NULL CHECK (subject_kind IN ('unit', 'member')),
        subject_id uuid NOT NULL,
        score numeric(5, 2) NOT NULL,
        rank integer NOT NULL CHECK (rank >= 1),
        averages jsonb NOT NULL,
        public_appraisal_percent numeric(5, 2) NULL,
        PRIMARY KEY (campaign_id, subject_kind, subject_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'campaign_results',
      'campaign_follow_ups',
      'campaign_entries',
      'campaign_peer_reviews',
      'campaign_leader_comments',
      'campaign_public_ratings',
      'campaigns',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
