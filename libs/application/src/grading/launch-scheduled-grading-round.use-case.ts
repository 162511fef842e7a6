import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import { beijingDateTime, isDomainError, organisationNotFound, scheduledRoundYear } from '@cxzy/domain';
import { GradingRoundRepository, OrganisationRepository } from '@cxzy/persistence';
import { LaunchGradingRoundUseCase } from './launch-grading-round.use-case.js';

/**
 * The yearly launch schedule's work: the API's launch, by the configured actor, for the round the
 * firing date opens (scheduledRoundYear). A round that exists already (launched by hand, or a
 * retried activity) is what was wanted: it is answered, not refused.
 */
@Injectable()
export class LaunchScheduledGradingRoundUseCase {
  constructor(
    private readonly launching: LaunchGradingRoundUseCase,
    private readonly organisations: OrganisationRepository,
    private readonly rounds: GradingRoundRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(request: {
    gradingUnitCode: string;
    firedAt: string;
  }): Promise<{ year: number; roundId: string; launched: boolean }> {
    const unit = await this.organisations.findByCode(request.gradingUnitCode);
    if (!unit) throw organisationNotFound(request.gradingUnitCode);
    const year = scheduledRoundYear(beijingDateTime(new Date(request.firedAt)).date);
    const actor = this.config.GRADING_LAUNCH_ACTOR;
    try {
      const round = await this.launching.executeAsSystem(actor, { gradingUnitId: unit.id, year });
      return { year, roundId: round.id, launched: true };
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'GRADING_ROUND_EXISTS') throw error;
      const [existing] = await this.rounds.findByUnitAndYear(unit.id, year);
      return { year, roundId: existing!.id, launched: false };
    }
  }
}
