import { Injectable } from '@nestjs/common';
import type {
  AdvanceCommendationRequest,
  AdvanceCommendationResult,
  ApprovalActor,
  CommendationActivities,
  CommendationStatus,
} from '@cxzy/contracts';
import { RecordCommendationUseCase } from '@cxzy/application';

/** 学习先进 activities: adapters only, the use case holds the logic. */
@Injectable()
export class CommendationActivitiesProvider implements CommendationActivities {
  constructor(private readonly record: RecordCommendationUseCase) {}

  advanceCommendation(input: { roundId: string } & AdvanceCommendationRequest): Promise<AdvanceCommendationResult> {
    return this.record.advance(input);
  }

  concludeCommendation(input: { roundId: string; approved: boolean; decidedBy: ApprovalActor }): Promise<CommendationStatus> {
    return this.record.conclude(input);
  }
}
