import { Injectable } from '@nestjs/common';
import type {
  AdvanceCommendationRequest,
  AdvanceCommendationResult,
  ApprovalActor,
  CommendationActivities,
  CommendationLaunchActivities,
  CommendationLaunchResult,
  CommendationStatus,
} from '@cxzy/contracts';
import { CommendationUseCases, RecordCommendationUseCase } from '@cxzy/application';

/** 学习先进 activities: adapters only, the use case holds the logic. */
@Injectable()
export class CommendationActivitiesProvider implements CommendationActivities, CommendationLaunchActivities {
  constructor(
    private readonly record: RecordCommendationUseCase,
    private readonly commendations: CommendationUseCases,
  ) {}

  launchScheduledCommendation(request: {
    gradingUnitCode: string;
    firedAt: string;
  }): Promise<CommendationLaunchResult> {
    return this.commendations.launchScheduled(request);
  }

  advanceCommendation(input: { roundId: string } & AdvanceCommendationRequest): Promise<AdvanceCommendationResult> {
    return this.record.advance(input);
  }

  concludeCommendation(input: {
    roundId: string;
    approved: boolean;
    decidedBy: ApprovalActor;
  }): Promise<CommendationStatus> {
    return this.record.conclude(input);
  }
}
