import { Injectable } from '@nestjs/common';
import {
  toUpdateRejection,
  type ClassificationSummary,
  type GradingRoundActivities,
  type ResolveObjectionRecord,
  type RoundActionRecord,
} from '@cxzy/contracts';
import { GradingRoundClassificationSteps } from '@cxzy/application';

/**
 * A rule's refusal must not be retried: it becomes a non-retryable failure of type DomainError
 * carrying the error, which the round workflow hands back as its Update's refusal (409/422/404).
 */
async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toUpdateRejection(error);
  }
}

/** The round's 分类定级 database work: adapters only, the use case holds the logic. */
@Injectable()
export class GradingRoundActivitiesProvider implements GradingRoundActivities {
  constructor(private readonly steps: GradingRoundClassificationSteps) {}

  proposeRoundClassification(record: RoundActionRecord): Promise<ClassificationSummary> {
    return refusing(() => this.steps.propose(record));
  }

  decideRoundClassification(record: RoundActionRecord): Promise<{ publicityEndsAt: string | null }> {
    return refusing(() => this.steps.decide(record));
  }

  resolveRoundObjection(record: ResolveObjectionRecord): Promise<{ changedBranches: number }> {
    return refusing(() => this.steps.resolveObjection(record));
  }

  finaliseRoundTiers(request: { roundId: string; actor: string }) {
    return this.steps.finalise(request);
  }

  signalBranchTierPage(request: {
    roundId: string;
    roundWorkflowId: string;
    after: string | null;
    limit: number;
    finalisedAt: string;
  }): Promise<{ cursor: string | null; signalled: number }> {
    return this.steps.signalPage(request);
  }

  openRoundRectification(request: { roundId: string; actor: string }): Promise<void> {
    return this.steps.openRectification(request);
  }
}
