import { Injectable } from '@nestjs/common';
import { RoundBranchRepository, TransactionRunner } from '@cxzy/persistence';
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
}

/**
 * An accepted branch Update: the projection moves and the audit record is written in one
 * transaction. A retried activity finds the branch already moved and writes nothing twice.
 */
@Injectable()
export class RecordBranchTransitionUseCase {
  constructor(
    private readonly branches: RoundBranchRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  async execute(record: BranchTransitionRecord): Promise<void> {
    await this.transactions.run(async (manager) => {
      const moved = await this.branches.move(
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
          },
        },
        manager,
      );
    });
  }
}
