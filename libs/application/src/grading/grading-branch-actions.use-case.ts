import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/client';
import {
  acknowledgeDeployUpdate,
  gradingBranchWorkflowId,
  submitSelfAssessmentUpdate,
  type BranchUpdateResult,
} from '@cxzy/contracts';
import { GradingRoundRepository, RoundBranchRepository, UserRepository } from '@cxzy/persistence';
import { TemporalClientProvider } from '@cxzy/temporal';
import type { RequestContext } from '../audit/request-context.js';
import type { BranchActionCommand, SubmitSelfAssessmentCommand } from './branch-action.command.js';
import { branchNotInRound, gradingRoundNotFound, notBranchSecretary } from './grading-round.errors.js';
import { domainErrorOfUpdateFailure } from './update-refusal.util.js';

/**
 * The branch secretary's actions: each is a Workflow Update of the branch workflow, answered at
 * once (accepted, or refused with the rule's code). The workflow writes projection and audit.
 */
@Injectable()
export class GradingBranchActionsUseCase {
  constructor(
    private readonly rounds: GradingRoundRepository,
    private readonly branches: RoundBranchRepository,
    private readonly users: UserRepository,
    private readonly temporal: TemporalClientProvider,
  ) {}

  acknowledgeDeploy(context: RequestContext, command: BranchActionCommand): Promise<BranchUpdateResult> {
    return this.update(context, command, acknowledgeDeployUpdate, {});
  }

  submitSelfAssessment(context: RequestContext, command: SubmitSelfAssessmentCommand): Promise<BranchUpdateResult> {
    return this.update(context, command, submitSelfAssessmentUpdate, {
      items: command.items,
      ...(command.note === undefined ? {} : { note: command.note }),
    });
  }

  private async update<Extra extends object>(
    context: RequestContext,
    command: BranchActionCommand,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    definition: UpdateDefinition<BranchUpdateResult, [any]>,
    extra: Extra,
  ): Promise<BranchUpdateResult> {
    const round = await this.rounds.findById(command.roundId);
    if (!round) throw gradingRoundNotFound(command.roundId);
    if (!(await this.branches.find(round.id, command.organisationId))) {
      throw branchNotInRound(round.id, command.organisationId);
    }
    const user = await this.users.findByUsername(command.actor);
    const isSecretary = user?.roles.some(
      (r) => r.role === 'branch-secretary' && r.organisationId === command.organisationId,
    );
    if (!isSecretary) throw notBranchSecretary(command.actor, command.organisationId);

    const handle = (await this.temporal.get()).workflow.getHandle(
      gradingBranchWorkflowId(round.workflowId, command.organisationId),
    );
    try {
      return await handle.executeUpdate(definition, {
        updateId: `${definition.name}/${command.idempotencyKey}`,
        args: [
          { idempotencyKey: command.idempotencyKey, actor: command.actor, requestId: context.requestId, ...extra },
        ],
      });
    } catch (error) {
      throw domainErrorOfUpdateFailure(error) ?? error;
    }
  }
}
