import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RectificationRepository, RoundBranchRepository, TransactionRunner } from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';

export interface BranchTransitionRecord {
  readonly roundId: string;
  readonly organisationId: string;
  readonly action: string;
  readonly from: string;
  readonly to: string;
  readonly actor: string;
  readonly actorRole: string;
  readonly requestId: string | null;
  readonly idempotencyKey: string;
  readonly selfAssessment?: unknown;
  readonly superiorRating?: unknown;
  readonly reason?: string;
  readonly finalTier?: { readonly tier: string; readonly proposedBeforeQuota: string | null };
  readonly planRequirements?: unknown;
  readonly rectificationPlan?: unknown;
  readonly planReview?: { readonly decision: string; readonly text: string | null };
  readonly progressReport?: { readonly summary: string; readonly complete: boolean; readonly at: string };
  readonly acceptance?: {
    readonly checks: Readonly<Record<string, boolean>>;
    readonly indicatorComments: readonly { readonly indicator: string; readonly comment: string }[];
    readonly acceptedOn: string;
    readonly passed: boolean;
  };
}

/** 整改提高 and 考核验收 write their own columns (and the acceptance row). */
const RECTIFICATION_FIELDS = [
  'finalTier',
  'planRequirements',
  'rectificationPlan',
  'planReview',
  'progressReport',
  'acceptance',
] as const;

/**
 * An accepted branch Update: the projection moves and the audit record is written in one
 * transaction. A retried activity finds the branch already moved and writes nothing twice.
 */
@Injectable()
export class RecordBranchTransitionUseCase {
  constructor(
    private readonly branches: RoundBranchRepository,
    private readonly rectifications: RectificationRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  async execute(record: BranchTransitionRecord): Promise<void> {
    await this.transactions.run(async (manager) => {
      const moved = RECTIFICATION_FIELDS.some((field) => record[field] !== undefined)
        ? await this.moveRectification(record, manager)
        : await this.branches.move(
            {
              roundId: record.roundId,
              organisationId: record.organisationId,
              from: record.from,
              to: record.to,
              ...(record.selfAssessment === undefined ? {} : { selfAssessment: record.selfAssessment }),
              ...(record.superiorRating === undefined ? {} : { superiorRating: record.superiorRating }),
            },
            manager,
          );
      if (!moved) return;
      await this.audit.record(
        {
          requestId: record.requestId,
          actorId: record.actor,
          actorRole: record.actorRole,
          actorOrg: record.organisationId,
        },
        {
          action: `grading-branch.${record.action}`,
          objectType: 'grading-branch',
          objectId: `${record.roundId}/${record.organisationId}`,
          before: { state: record.from },
          after: {
            state: record.to,
            idempotencyKey: record.idempotencyKey,
            ...(record.selfAssessment === undefined ? {} : { selfAssessment: record.selfAssessment }),
            ...(record.superiorRating === undefined ? {} : { superiorRating: record.superiorRating }),
            ...Object.fromEntries(
              RECTIFICATION_FIELDS.filter((field) => record[field] !== undefined).map((field) => [
                field,
                record[field],
              ]),
            ),
          },
          reason: record.reason ?? null,
        },
        manager,
      );
    });
  }

  private async moveRectification(record: BranchTransitionRecord, manager: EntityManager): Promise<boolean> {
    const moved = await this.rectifications.move(
      {
        roundId: record.roundId,
        organisationId: record.organisationId,
        from: record.from,
        to: record.to,
        ...(record.finalTier ? { finalTier: record.finalTier.tier } : {}),
        ...(record.planRequirements === undefined ? {} : { planRequirements: record.planRequirements }),
        ...(record.rectificationPlan === undefined ? {} : { rectificationPlan: record.rectificationPlan }),
        ...(record.planReview === undefined ? {} : { planReview: record.planReview }),
        ...(record.progressReport === undefined ? {} : { progressReport: record.progressReport }),
      },
      manager,
    );
    if (moved && record.acceptance) {
      const { checks, indicatorComments, acceptedOn, passed } = record.acceptance;
      await this.rectifications.insertAcceptance(
        {
          roundId: record.roundId,
          organisationId: record.organisationId,
          passed,
          checks: { ...checks },
          indicatorComments: indicatorComments.map((c) => ({ ...c })),
          acceptedBy: record.actor,
          acceptedOn,
        },
        manager,
      );
    }
    return moved;
  }
}
