import { Injectable } from '@nestjs/common';
import { transitionRound } from '@cxzy/domain';
import { GradingRoundRepository, RoundBranchRepository, TransactionRunner } from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { gradingRoundNotFound } from './grading-round.errors.js';

/**
 * The round workflow's database work (called by activities, so each is idempotent): publish the
 * notice (the round moves to grading) and enrol the branches in scope a page at a time.
 */
@Injectable()
export class GradingRoundStepsUseCase {
  constructor(
    private readonly rounds: GradingRoundRepository,
    private readonly branches: RoundBranchRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  async publishNotice(roundId: string, actor: string): Promise<void> {
    const transition = transitionRound('deploy.pending', { action: 'publishNotice', role: 'administrator' });
    await this.transactions.run(async (manager) => {
      // A retried activity finds the round already moved and records nothing twice.
      if (!(await this.rounds.moveState(roundId, transition.from, transition.to, manager))) return;
      await this.audit.record(
        { requestId: null, actorId: actor, actorRole: 'administrator', actorOrg: null },
        {
          action: 'grading-round.publish-notice',
          objectType: 'grading-round',
          objectId: roundId,
          before: { state: transition.from },
          after: { state: transition.to },
        },
        manager,
      );
    });
  }

  async enrolPage(roundId: string, after: string | null, limit: number) {
    const round = await this.rounds.findById(roundId);
    if (!round) throw gradingRoundNotFound(roundId);
    return this.branches.enrolPage(round, after, limit, 'deploy.notified');
  }
}
