import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import type { GradingLaunchActivities, GradingLaunchResult } from '@cxzy/contracts';
import { beijingDateTime, isDomainError, organisationNotFound, scheduledRoundYear } from '@cxzy/domain';
import { LaunchGradingRoundUseCase } from '@cxzy/application';
import { GradingRoundRepository, OrganisationRepository } from '@cxzy/persistence';

/** The yearly launch schedule's activity: the API's launch use case, by the configured actor. */
@Injectable()
export class GradingLaunchActivitiesProvider implements GradingLaunchActivities {
  constructor(
    private readonly launching: LaunchGradingRoundUseCase,
    private readonly organisations: OrganisationRepository,
    private readonly rounds: GradingRoundRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async launchScheduledGradingRound(request: {
    gradingUnitCode: string;
    firedAt: string;
  }): Promise<GradingLaunchResult> {
    const unit = await this.organisations.findByCode(request.gradingUnitCode);
    if (!unit) throw organisationNotFound(request.gradingUnitCode);
    const year = scheduledRoundYear(beijingDateTime(new Date(request.firedAt)).date);
    const actor = this.config.GRADING_LAUNCH_ACTOR;
    try {
      const round = await this.launching.execute(
        { requestId: null, actorId: actor, actorRole: 'administrator', actorOrg: unit.id },
        { gradingUnitId: unit.id, year, actor },
      );
      return { year, roundId: round.id, launched: true };
    } catch (error) {
      // A retried activity, or a round launched by hand: the round exists, which is what was wanted.
      if (!isDomainError(error) || error.code !== 'GRADING_ROUND_EXISTS') throw error;
      const [existing] = await this.rounds.findByUnitAndYear(unit.id, year);
      return { year, roundId: existing!.id, launched: false };
    }
  }
}
