import { Injectable } from '@nestjs/common';
import type { GradingLaunchActivities, GradingLaunchResult } from '@cxzy/contracts';
import { LaunchScheduledGradingRoundUseCase } from '@cxzy/application';

/** The yearly launch schedule's activity: an adapter, the use case holds the logic. */
@Injectable()
export class GradingLaunchActivitiesProvider implements GradingLaunchActivities {
  constructor(private readonly launching: LaunchScheduledGradingRoundUseCase) {}

  launchScheduledGradingRound(request: { gradingUnitCode: string; firedAt: string }): Promise<GradingLaunchResult> {
    return this.launching.execute(request);
  }
}
