import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 邀请互评 (issue 8, ADR 0016): a member gives a peer evaluation of a pledge only when the branch
 * asked them. One row per pledge and member asked: who asked (username) and when; written by the
 * pledge workflow's activity with its audit record. Never updated or deleted (the record of who
 * was asked stays with the pledge).
 */
export class PledgePeerEvaluationRequests1766000000000 implements MigrationInterface {
  name = 'PledgePeerEvaluationRequests1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE pledge_peer_evaluation_requests (
        pledge_id uuid NOT NULL REFERENCES pledges (id),
        member_id uuid NOT NULL REFERENCES members (id),
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        PRIMARY KEY (pledge_id, member_id)
      )`);
    await db.query(
      `CREATE INDEX ix_pledge_peer_evaluation_requests_member ON pledge_peer_evaluation_requests (member_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE pledge_peer_evaluation_requests`);
  }
}
