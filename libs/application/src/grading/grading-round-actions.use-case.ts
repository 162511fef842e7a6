import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/client';
import {
  approveClassificationUpdate,
  fromUpdateRejection,
  proposeClassificationUpdate,
  resolveObjectionUpdate,
  returnClassificationUpdate,
  type CorrectedRating,
  type RoundUpdateResult,
} from '@cxzy/contracts';
import type { Role } from '@cxzy/domain';
import { GradingClassificationRepository } from '@cxzy/persistence';
import { TemporalClientProvider } from '@cxzy/temporal';
import type { RequestContext } from '../audit/request-context.js';
import { UpdateIdentitySigner } from '../auth/update-identity-signer.service.js';
import { GradingActorCheck } from './grading-actor.util.js';
import { gradingRoundNotFound } from './grading-round.errors.js';

export interface RoundActionCommand {
  readonly roundId: string;
  /** A repeat with the same key returns the first result and changes nothing. */
  readonly idempotencyKey: string;
}

export interface ResolveObjectionCommand extends RoundActionCommand {
  readonly objectionId: string;
  readonly outcome: 'upheld' | 'rejected';
  readonly note: string;
  readonly correctedRating?: CorrectedRating;
}

/**
 * The administrator's and the supervisor's round actions: each a Workflow Update of the round
 * workflow, answered at once. The person is checked here against the grading unit (403); the
 * workflow's validator checks the step (409) and the payload (422). A key already accepted
 * returns its stored result, even after the workflow continued as new.
 */
@Injectable()
export class GradingRoundActionsUseCase {
  constructor(
    private readonly repository: GradingClassificationRepository,
    private readonly actors: GradingActorCheck,
    private readonly temporal: TemporalClientProvider,
    private readonly identities: UpdateIdentitySigner,
  ) {}

  propose(context: RequestContext, command: RoundActionCommand): Promise<RoundUpdateResult> {
    return this.update(context, command, 'administrator', proposeClassificationUpdate, {});
  }

  approve(context: RequestContext, command: RoundActionCommand): Promise<RoundUpdateResult> {
    return this.update(context, command, 'supervisor', approveClassificationUpdate, {});
  }

  return(context: RequestContext, command: RoundActionCommand & { reason: string }): Promise<RoundUpdateResult> {
    return this.update(context, command, 'supervisor', returnClassificationUpdate, { reason: command.reason });
  }

  resolveObjection(context: RequestContext, command: ResolveObjectionCommand): Promise<RoundUpdateResult> {
    return this.update(context, command, 'supervisor', resolveObjectionUpdate, {
      objectionId: command.objectionId,
      outcome: command.outcome,
      note: command.note,
      ...(command.correctedRating ? { correctedRating: command.correctedRating } : {}),
    });
  }

  private async update<Extra extends object>(
    context: RequestContext,
    command: RoundActionCommand,
    role: Role,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    definition: UpdateDefinition<RoundUpdateResult, [any]>,
    extra: Extra,
  ): Promise<RoundUpdateResult> {
    const round = await this.repository.round(command.roundId);
    if (!round) throw gradingRoundNotFound(command.roundId);
    const acting = await this.actors.actAs(context, role, round.gradingUnitId);
    const workflowId = (await this.workflowIdOf(round.id))!;
    const handle = (await this.temporal.get()).workflow.getHandle(workflowId);
    // ADR 0009: the round's validators verify who acts from this signature, not from the bare actor.
    const identity = this.identities.sign(acting, {
      workflowId,
      updateName: definition.name,
      idempotencyKey: command.idempotencyKey,
    });
    try {
      return await handle.executeUpdate(definition, {
        updateId: `${definition.name}/${command.idempotencyKey}`,
        args: [
          {
            idempotencyKey: command.idempotencyKey,
            actor: acting.actorId,
            requestId: acting.requestId,
            identity,
            ...extra,
          },
        ],
      });
    } catch (error) {
      throw fromUpdateRejection(error) ?? error;
    }
  }

  private async workflowIdOf(roundId: string): Promise<string | null> {
    return this.repository.workflowIdOf(roundId);
  }
}
