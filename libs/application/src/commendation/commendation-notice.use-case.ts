import { Injectable } from '@nestjs/common';
import { publicNominations } from '@cxzy/domain';
import { CommendationNoticeRepository } from '@cxzy/persistence';
import { commendationRoundNotFound } from './commendation.errors.js';

/**
 * A round's public notice, for anyone (no login): during 公示 who is nominated and why, so the
 * public can object; once decided, the 表彰名单. Names and organisations only.
 */
@Injectable()
export class CommendationNoticeUseCase {
  constructor(private readonly notices: CommendationNoticeRepository) {}

  async publicNotice(roundId: string) {
    const round = await this.notices.round(roundId);
    if (!round) throw commendationRoundNotFound(roundId);
    const shown = publicNominations(round.phase, await this.notices.nominations(roundId));
    return {
      title: round.title,
      year: round.year,
      phase: round.phase,
      gradingUnitName: round.gradingUnitName,
      publicityEndsAt: round.phase === 'publicise' ? round.windowEndsAt : null,
      entries: shown.map(({ nomineeId: _ordersOnly, ...entry }) => entry),
    };
  }
}
