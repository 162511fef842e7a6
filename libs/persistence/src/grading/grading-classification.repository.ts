import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { returnedRows } from '../auth/returned-rows.util.js';

/** One branch's data for classification, read in one query for the whole round. */
export interface BranchGradingRow {
  readonly organisationId: string;
  readonly organisationCode: string;
  readonly sectorCode: string;
  readonly state: string;
  readonly selfAssessment: { items: Record<string, number> } | null;
  readonly superiorRating: { items?: Record<string, number>; overall?: number } | null;
  readonly facts: { secretaryPostVacantSince: string | null; lastPartyActivityOn: string | null } | null;
  readonly publicBase: number;
  readonly reachableMembers: number;
  readonly memberAppraisers: number;
  readonly publicRaters: number;
  readonly publicSatisfied: number;
  readonly appraisalSum: number;
}

export interface ProposedTierRow {
  readonly organisationId: string;
  readonly score: number;
  readonly rank: number;
  readonly scoreTier: string;
  readonly proposedTier: string;
  readonly reasons: readonly unknown[];
  readonly explanation: unknown;
}

export interface RoundGradingRow {
  readonly id: string;
  readonly state: string;
  readonly gradingUnitId: string;
  readonly year: number;
  readonly definitionIds: Record<string, string>;
  readonly publicityEndsAt: Date | null;
  readonly approvedBy: string | null;
  readonly quotaGroups: unknown;
}

/**
 * 分类定级 of a round in PostgreSQL: appraisals, facts, proposed and final tiers with reasons and
 * the round's accepted actions (objections: grading-objection.repository.ts). The workflows carry only ids and counts.
 */
@Injectable()
export class GradingClassificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The round row, locked for the transaction when a manager is given. */
  async round(roundId: string, manager?: EntityManager): Promise<RoundGradingRow | null> {
    const rows: {
      id: string;
      state: string;
      grading_unit_id: string;
      year: number;
      definition_ids: Record<string, string>;
      publicity_ends_at: Date | null;
      approved_by: string | null;
      quota_groups: unknown;
    }[] = await (manager ?? this.dataSource).query(
      `SELECT id, state, grading_unit_id, year, definition_ids, publicity_ends_at, approved_by, quota_groups
       FROM grading_rounds WHERE id = $1 ${manager ? 'FOR UPDATE' : ''}`,
      [roundId],
    );
    const r = rows[0];
    return r
      ? {
          id: r.id,
          state: r.state,
          gradingUnitId: r.grading_unit_id,
          year: r.year,
          definitionIds: r.definition_ids,
          publicityEndsAt: r.publicity_ends_at,
          approvedBy: r.approved_by,
          quotaGroups: r.quota_groups,
        }
      : null;
  }

  /** Moves the round when it is in `from`; false otherwise (a retried activity). */
  async moveRound(
    roundId: string,
    from: string,
    to: string,
    set: { publicityEndsAt?: Date | null; approvedBy?: string | null; quotaGroups?: unknown },
    manager: EntityManager,
  ): Promise<boolean> {
    const rows = returnedRows(
      await manager.query(
        `UPDATE grading_rounds SET state = $3, updated_at = now(),
           publicity_ends_at = CASE WHEN $4 THEN $5::timestamptz ELSE publicity_ends_at END,
           approved_by = CASE WHEN $6 THEN $7 ELSE approved_by END,
           quota_groups = CASE WHEN $8 THEN $9::jsonb ELSE quota_groups END
         WHERE id = $1 AND state = $2 RETURNING id`,
        [
          roundId,
          from,
          to,
          'publicityEndsAt' in set,
          set.publicityEndsAt ?? null,
          'approvedBy' in set,
          set.approvedBy ?? null,
          'quotaGroups' in set,
          set.quotaGroups === undefined ? null : JSON.stringify(set.quotaGroups),
        ],
      ),
    );
    return rows.length > 0;
  }

  async findAction(roundId: string, idempotencyKey: string): Promise<unknown> {
    const rows: { result: unknown }[] = await this.dataSource.query(
      `SELECT result FROM grading_round_actions WHERE round_id = $1 AND idempotency_key = $2`,
      [roundId, idempotencyKey],
    );
    return rows[0]?.result ?? null;
  }

  /** Remembers an accepted action's result; false when the key was already used (a retry). */
  async recordAction(
    roundId: string,
    idempotencyKey: string,
    action: string,
    result: unknown,
    manager: EntityManager,
  ): Promise<boolean> {
    const rows = returnedRows(
      await manager.query(
        `INSERT INTO grading_round_actions (round_id, idempotency_key, action, result) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING round_id`,
        [roundId, idempotencyKey, action, JSON.stringify(result)],
      ),
    );
    return rows.length > 0;
  }

  /** One appraisal per rater and branch; false when this rater already appraised it. */
  async insertAppraisal(
    a: {
      roundId: string;
      organisationId: string;
      raterKind: 'member' | 'public';
      raterRef: string;
      scores: unknown;
      total: number;
      satisfied: boolean | null;
    },
    manager: EntityManager,
  ): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO grading_appraisals (round_id, organisation_id, rater_kind, rater_ref, scores, total, satisfied)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
      [a.roundId, a.organisationId, a.raterKind, a.raterRef, JSON.stringify(a.scores), a.total, a.satisfied],
    );
    return rows[0]?.id ?? null;
  }

  async workflowIdOf(roundId: string): Promise<string | null> {
    const rows: { workflow_id: string }[] = await this.dataSource.query(
      `SELECT workflow_id FROM grading_rounds WHERE id = $1`,
      [roundId],
    );
    return rows[0]?.workflow_id ?? null;
  }

  async organisationCode(organisationId: string): Promise<string | null> {
    const rows: { code: string }[] = await this.dataSource.query(`SELECT code FROM organisations WHERE id = $1`, [
      organisationId,
    ]);
    return rows[0]?.code ?? null;
  }

  async setPublicBase(roundId: string, organisationId: string, base: number, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE round_branches SET public_base = $3 WHERE round_id = $1 AND organisation_id = $2`, [
      roundId,
      organisationId,
      base,
    ]);
  }

  async setFacts(roundId: string, organisationId: string, facts: unknown, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE round_branches SET facts = $3 WHERE round_id = $1 AND organisation_id = $2`, [
      roundId,
      organisationId,
      JSON.stringify(facts),
    ]);
  }

  /**
   * Every branch of the round with its three sources' raw data and participation counts. Members
   * who can be reached are the users holding the member role at the branch.
   */
  async gradingRows(roundId: string, manager?: EntityManager): Promise<BranchGradingRow[]> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const rows: any[] = await (manager ?? this.dataSource).query(
      `SELECT b.organisation_id, o.code, b.sector_code, b.state, b.self_assessment, b.superior_rating, b.facts,
              b.public_base,
              (SELECT count(*) FROM user_roles ur WHERE ur.organisation_id = b.organisation_id AND ur.role = 'member')
                AS reachable_members,
              COALESCE(a.members, 0) AS members, COALESCE(a.publics, 0) AS publics,
              COALESCE(a.satisfied, 0) AS satisfied, COALESCE(a.total, 0) AS total
       FROM round_branches b
       JOIN organisations o ON o.id = b.organisation_id
       LEFT JOIN (
         SELECT organisation_id, count(*) FILTER (WHERE rater_kind = 'member') AS members,
                count(*) FILTER (WHERE rater_kind = 'public') AS publics,
                count(*) FILTER (WHERE rater_kind = 'public' AND satisfied) AS satisfied, sum(total) AS total
         FROM grading_appraisals WHERE round_id = $1 GROUP BY organisation_id
       ) a ON a.organisation_id = b.organisation_id
       WHERE b.round_id = $1 ORDER BY o.code`,
      [roundId],
    );
    return rows.map((r) => ({
      organisationId: r.organisation_id,
      organisationCode: r.code,
      sectorCode: r.sector_code,
      state: r.state,
      selfAssessment: r.self_assessment,
      superiorRating: r.superior_rating,
      facts: r.facts,
      publicBase: Number(r.public_base),
      reachableMembers: Number(r.reachable_members),
      memberAppraisers: Number(r.members),
      publicRaters: Number(r.publics),
      publicSatisfied: Number(r.satisfied),
      appraisalSum: Number(r.total),
    }));
  }

  /** Writes the proposed tiers of the whole round in one statement (10 000 rows at once). */
  async writeProposal(roundId: string, rows: readonly ProposedTierRow[], manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE round_branches b SET proposed_tier = t.tier, score = t.score, rank = t.rank, score_tier = t.score_tier,
         reasons = t.reasons, explanation = t.explanation, final_tier = NULL, updated_at = now()
       FROM unnest($2::uuid[], $3::text[], $4::numeric[], $5::int[], $6::text[], $7::jsonb[], $8::jsonb[])
         AS t(organisation_id, tier, score, rank, score_tier, reasons, explanation)
       WHERE b.round_id = $1 AND b.organisation_id = t.organisation_id`,
      [
        roundId,
        rows.map((r) => r.organisationId),
        rows.map((r) => r.proposedTier),
        rows.map((r) => r.score),
        rows.map((r) => r.rank),
        rows.map((r) => r.scoreTier),
        rows.map((r) => JSON.stringify(r.reasons)),
        rows.map((r) => JSON.stringify(r.explanation)),
      ],
    );
  }

  async clearProposal(roundId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE round_branches SET proposed_tier = NULL, rank = NULL, score_tier = NULL, reasons = '[]',
         explanation = NULL, updated_at = now() WHERE round_id = $1`,
      [roundId],
    );
  }

  /** Tiers final: the proposed tier (after any re-grade) becomes the final one. */
  async finaliseTiers(roundId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE round_branches SET final_tier = proposed_tier, updated_at = now() WHERE round_id = $1`,
      [roundId],
    );
  }

  /** A re-grade changed these branches' proposed tiers: the tier, the score and one more reason. */
  async applyRegrade(
    roundId: string,
    changes: readonly { organisationId: string; tier: string; score: number; reason: unknown }[],
    superiorRating: { organisationId: string; rating: unknown } | null,
    manager: EntityManager,
  ): Promise<void> {
    if (superiorRating) {
      await manager.query(
        `UPDATE round_branches SET superior_rating = $3 WHERE round_id = $1 AND organisation_id = $2`,
        [roundId, superiorRating.organisationId, JSON.stringify(superiorRating.rating)],
      );
    }
    if (changes.length === 0) return;
    await manager.query(
      `UPDATE round_branches b SET proposed_tier = t.tier, score = t.score, reasons = b.reasons || t.reason,
         updated_at = now()
       FROM unnest($2::uuid[], $3::text[], $4::numeric[], $5::jsonb[]) AS t(organisation_id, tier, score, reason)
       WHERE b.round_id = $1 AND b.organisation_id = t.organisation_id`,
      [
        roundId,
        changes.map((c) => c.organisationId),
        changes.map((c) => c.tier),
        changes.map((c) => c.score),
        changes.map((c) => JSON.stringify([c.reason])),
      ],
    );
  }

  /** A page of branches by id with their final tier, for the signal to each branch workflow. */
  async finalTierPage(
    roundId: string,
    after: string | null,
    limit: number,
  ): Promise<{ organisationId: string; finalTier: string; scoreTier: string | null; reasons: unknown[] }[]> {
    const rows: { organisation_id: string; final_tier: string; score_tier: string | null; reasons: unknown[] }[] =
      await this.dataSource.query(
        `SELECT organisation_id, final_tier, score_tier, reasons FROM round_branches
         WHERE round_id = $1 AND ($2::uuid IS NULL OR organisation_id > $2::uuid) ORDER BY organisation_id LIMIT $3`,
        [roundId, after, limit],
      );
    return rows.map((r) => ({
      organisationId: r.organisation_id,
      finalTier: r.final_tier,
      scoreTier: r.score_tier,
      reasons: r.reasons,
    }));
  }

  async markSignalled(roundId: string, organisationIds: readonly string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE round_branches SET tier_signalled_at = COALESCE(tier_signalled_at, now())
       WHERE round_id = $1 AND organisation_id = ANY($2::uuid[])`,
      [roundId, organisationIds],
    );
  }

  /** The tier list: per branch its score, rank, proposed and final tier and the reasons. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async classification(roundId: string, limit: number, offset: number): Promise<any[]> {
    return this.dataSource.query(
      `SELECT b.organisation_id AS "organisationId", o.code AS "organisationCode", b.sector_code AS "sectorCode",
              b.score::float AS score, b.rank, b.score_tier AS "scoreTier", b.proposed_tier AS "proposedTier",
              b.final_tier AS "finalTier", b.reasons, b.explanation, b.tier_signalled_at AS "tierSignalledAt"
       FROM round_branches b JOIN organisations o ON o.id = b.organisation_id
       WHERE b.round_id = $1 ORDER BY b.sector_code, b.rank NULLS LAST, o.code LIMIT $2 OFFSET $3`,
      [roundId, limit, offset],
    );
  }

  /** Tiers per sector: proposed and final counts. */
  async distribution(
    roundId: string,
  ): Promise<{ sectorCode: string; tier: string | null; finalTier: string | null; count: number }[]> {
    const rows: { sector_code: string; proposed_tier: string | null; final_tier: string | null; count: string }[] =
      await this.dataSource.query(
        `SELECT sector_code, proposed_tier, final_tier, count(*) AS count FROM round_branches WHERE round_id = $1
         GROUP BY sector_code, proposed_tier, final_tier ORDER BY sector_code`,
        [roundId],
      );
    return rows.map((r) => ({
      sectorCode: r.sector_code,
      tier: r.proposed_tier,
      finalTier: r.final_tier,
      count: Number(r.count),
    }));
  }
}
