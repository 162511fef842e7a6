import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** A peer evaluation a member was asked for and has not given yet (their 待办). */
export interface OpenPeerEvaluationRequest {
  readonly pledgeId: string;
  readonly memberId: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly pledgerNames: readonly string[];
  readonly requestedBy: string;
  readonly requestedAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 邀请互评 (ADR 0016): who was asked to evaluate which pledge, by whom, when. */
@Injectable()
export class PeerEvaluationRequestRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the requests not yet recorded; returns the member ids newly asked (a retry inserts none). */
  async insert(
    manager: EntityManager,
    request: { pledgeId: string; memberIds: readonly string[]; requestedBy: string; requestedAt: string },
  ): Promise<string[]> {
    if (request.memberIds.length === 0) return [];
    const rows: { member_id: string }[] = await manager.query(
      `INSERT INTO pledge_peer_evaluation_requests (pledge_id, member_id, requested_by, requested_at)
       SELECT $1, m, $3, $4 FROM unnest($2::uuid[]) AS m
       ON CONFLICT DO NOTHING RETURNING member_id`,
      [request.pledgeId, request.memberIds, request.requestedBy, request.requestedAt],
    );
    return rows.map((r) => r.member_id);
  }

  /** Was `memberId` asked for a peer evaluation of the pledge? */
  async wasAsked(pledgeId: string, memberId: string): Promise<boolean> {
    if (!UUID.test(memberId)) return false;
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM pledge_peer_evaluation_requests WHERE pledge_id = $1 AND member_id = $2',
      [pledgeId, memberId],
    );
    return rows.length > 0;
  }

  /** Member ids asked for the pledge. */
  async askedFor(pledgeId: string): Promise<string[]> {
    const rows: { member_id: string }[] = await this.dataSource.query(
      'SELECT member_id FROM pledge_peer_evaluation_requests WHERE pledge_id = $1 ORDER BY requested_at, member_id',
      [pledgeId],
    );
    return rows.map((r) => r.member_id);
  }

  /**
   * The requests of the member linked to `userId` still open: the pledge not closed and no peer
   * evaluation from them yet — oldest first.
   */
  async openFor(userId: string, limit: number): Promise<OpenPeerEvaluationRequest[]> {
    const rows: {
      pledge_id: string;
      member_id: string;
      organisation_id: string;
      organisation_name: string;
      pledger_names: string[];
      requested_by: string;
      requested_at: Date;
    }[] = await this.dataSource.query(
      `SELECT q.pledge_id, q.member_id, p.organisation_id, o.name AS organisation_name,
              coalesce((SELECT array_agg(pm.name ORDER BY pm.name) FROM members pm WHERE pm.id = ANY(p.member_ids)),
                       '{}') AS pledger_names,
              q.requested_by, q.requested_at
       FROM pledge_peer_evaluation_requests q
       JOIN members m ON m.id = q.member_id AND m.user_id = $1
       JOIN pledges p ON p.id = q.pledge_id
       JOIN organisations o ON o.id = p.organisation_id
       WHERE p.state IN ('fulfilling', 'evaluating')
         AND NOT EXISTS (SELECT 1 FROM pledge_evaluations e
                         WHERE e.pledge_id = q.pledge_id AND e.source = 'peer' AND e.evaluator_id = q.member_id::text)
       ORDER BY q.requested_at, q.pledge_id
       LIMIT $2`,
      [userId, limit],
    );
    return rows.map((r) => ({
      pledgeId: r.pledge_id,
      memberId: r.member_id,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      pledgerNames: r.pledger_names,
      requestedBy: r.requested_by,
      requestedAt: r.requested_at,
    }));
  }

  /** How many requests `openFor` would list without a limit. */
  async countOpenFor(userId: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS total
       FROM pledge_peer_evaluation_requests q
       JOIN members m ON m.id = q.member_id AND m.user_id = $1
       JOIN pledges p ON p.id = q.pledge_id
       WHERE p.state IN ('fulfilling', 'evaluating')
         AND NOT EXISTS (SELECT 1 FROM pledge_evaluations e
                         WHERE e.pledge_id = q.pledge_id AND e.source = 'peer' AND e.evaluator_id = q.member_id::text)`,
      [userId],
    )) as { total: number }[];
    return row?.total ?? 0;
  }
}
