import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BranchState } from '@cxzy/domain';

/** A rectification or acceptance transition of a branch, applied only from `from` (idempotent). */
export interface RectificationChange {
  readonly roundId: string;
  readonly organisationId: string;
  readonly from: string;
  readonly to: string;
  readonly finalTier?: string;
  readonly planRequirements?: unknown;
  readonly rectificationPlan?: unknown;
  readonly planReview?: unknown;
  readonly progressReport?: unknown;
}

export interface AcceptanceRow {
  readonly roundId: string;
  readonly organisationId: string;
  readonly gradingUnitId: string;
  readonly roundYear: number;
  readonly tier: string | null;
  readonly passed: boolean;
  readonly checks: Record<string, boolean>;
  readonly indicatorComments: { indicator: string; comment: string }[];
  readonly acceptedBy: string;
  readonly acceptedOn: string;
}

/** What the branch rows of a round carry into the next year: the final tier and the acceptance. */
export interface PreviousRoundBranch {
  readonly organisationId: string;
  readonly tier: string | null;
  readonly acceptance: AcceptanceRow | null;
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/** 整改提高 and 考核验收 in the branch projection, and the acceptances the next round reads. */
@Injectable()
export class RectificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Moves the branch and stores what the step produced; false when it was already applied. */
  async move(change: RectificationChange, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `UPDATE round_branches
       SET state = $4,
           final_tier = COALESCE($5, final_tier),
           plan_requirements = COALESCE($6::jsonb, plan_requirements),
           rectification_plan = COALESCE($7::jsonb, rectification_plan),
           plan_review = CASE WHEN $7::jsonb IS NOT NULL THEN NULL ELSE COALESCE($8::jsonb, plan_review) END,
           progress_reports = CASE WHEN $9::jsonb IS NULL THEN progress_reports
                                   ELSE progress_reports || jsonb_build_array($9::jsonb) END,
           updated_at = now()
       WHERE round_id = $1 AND organisation_id = $2 AND state = $3 RETURNING organisation_id`,
      [
        change.roundId,
        change.organisationId,
        change.from,
        change.to,
        change.finalTier ?? null,
        json(change.planRequirements),
        json(change.rectificationPlan),
        json(change.planReview),
        json(change.progressReport),
      ],
    );
    return rows.length > 0;
  }

  /** One acceptance per branch and round (and per unit, year and branch); a retry inserts nothing. */
  async insertAcceptance(
    acceptance: Omit<AcceptanceRow, 'gradingUnitId' | 'roundYear' | 'tier'>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO grading_acceptances (round_id, organisation_id, grading_unit_id, round_year, tier, passed, checks,
                                        indicator_comments, accepted_by, accepted_on)
       SELECT r.id, rb.organisation_id, r.grading_unit_id, r.year, rb.final_tier, $3, $4::jsonb, $5::jsonb, $6, $7::date
       FROM grading_rounds r JOIN round_branches rb ON rb.round_id = r.id
       WHERE r.id = $1 AND rb.organisation_id = $2
       ON CONFLICT (round_id, organisation_id) DO NOTHING`,
      [
        acceptance.roundId,
        acceptance.organisationId,
        acceptance.passed,
        JSON.stringify(acceptance.checks),
        JSON.stringify(acceptance.indicatorComments),
        acceptance.acceptedBy,
        acceptance.acceptedOn,
      ],
    );
  }

  /** Every branch of the unit's round of `year` with its final tier and acceptance (none: empty). */
  async previousRound(
    gradingUnitId: string,
    year: number,
  ): Promise<{ roundId: string; branches: PreviousRoundBranch[] } | null> {
    const rounds: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM grading_rounds WHERE grading_unit_id = $1 AND year = $2`,
      [gradingUnitId, year],
    );
    const round = rounds[0];
    if (!round) return null;
    const rows: {
      organisation_id: string;
      final_tier: string | null;
      passed: boolean | null;
      checks: Record<string, boolean> | null;
      indicator_comments: { indicator: string; comment: string }[] | null;
      accepted_by: string | null;
      accepted_on: string | null;
    }[] = await this.dataSource.query(
      `SELECT rb.organisation_id, rb.final_tier, a.passed, a.checks, a.indicator_comments, a.accepted_by,
              to_char(a.accepted_on, 'YYYY-MM-DD') AS accepted_on
       FROM round_branches rb
       LEFT JOIN grading_acceptances a ON a.round_id = rb.round_id AND a.organisation_id = rb.organisation_id
       WHERE rb.round_id = $1 ORDER BY rb.organisation_id`,
      [round.id],
    );
    return {
      roundId: round.id,
      branches: rows.map((r) => ({
        organisationId: r.organisation_id,
        tier: r.final_tier,
        acceptance:
          r.passed === null
            ? null
            : {
                roundId: round.id,
                organisationId: r.organisation_id,
                gradingUnitId,
                roundYear: year,
                tier: r.final_tier,
                passed: r.passed,
                checks: r.checks ?? {},
                indicatorComments: r.indicator_comments ?? [],
                acceptedBy: r.accepted_by ?? '',
                acceptedOn: r.accepted_on ?? '',
              },
      })),
    };
  }

  /** The rectification part of one branch row (plan, review, reports). */
  async rectificationOf(
    roundId: string,
    organisationId: string,
  ): Promise<{
    planRequirements: unknown;
    rectificationPlan: unknown;
    planReview: unknown;
    progressReports: unknown[];
  } | null> {
    const rows: {
      plan_requirements: unknown;
      rectification_plan: unknown;
      plan_review: unknown;
      progress_reports: unknown[];
    }[] = await this.dataSource.query(
      `SELECT plan_requirements, rectification_plan, plan_review, progress_reports FROM round_branches
       WHERE round_id = $1 AND organisation_id = $2`,
      [roundId, organisationId],
    );
    const r = rows[0];
    return r
      ? {
          planRequirements: r.plan_requirements,
          rectificationPlan: r.rectification_plan,
          planReview: r.plan_review,
          progressReports: r.progress_reports,
        }
      : null;
  }

  /** Stores the summary of the previous year's acceptance on the new round (its launch). */
  async setPreviousRound(roundId: string, summary: unknown, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE grading_rounds SET previous_round = $2::jsonb WHERE id = $1`, [
      roundId,
      JSON.stringify(summary),
    ]);
  }

  async previousRoundSummary(roundId: string): Promise<unknown> {
    const rows: { previous_round: unknown }[] = await this.dataSource.query(
      `SELECT previous_round FROM grading_rounds WHERE id = $1`,
      [roundId],
    );
    return rows[0]?.previous_round ?? null;
  }

  /** The result an accepted branch Update had, from its audit record (for repeats after the workflow ended). */
  async recordedResult(
    roundId: string,
    organisationId: string,
    idempotencyKey: string,
  ): Promise<{ organisationId: string; action: string; from: BranchState; to: BranchState } | null> {
    const rows: { action: string; from_state: string; to_state: string }[] = await this.dataSource.query(
      `SELECT action, before->>'state' AS from_state, after->>'state' AS to_state FROM audit_records
       WHERE object_type = 'grading-branch' AND object_id = $1 AND after->>'idempotencyKey' = $2
       ORDER BY seq LIMIT 1`,
      [`${roundId}/${organisationId}`, idempotencyKey],
    );
    const r = rows[0];
    return r
      ? {
          organisationId,
          action: r.action.replace(/^grading-branch\./, ''),
          from: r.from_state as BranchState,
          to: r.to_state as BranchState,
        }
      : null;
  }
}
