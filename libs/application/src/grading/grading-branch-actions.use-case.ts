import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/client';
import {
  acknowledgeDeployUpdate,
  fromUpdateRejection,
  gradingBranchWorkflowId,
  submitSelfAssessmentUpdate,
  submitSuperiorRatingUpdate,
  type BranchUpdateResult,
} from '@cxzy/contracts';
import { GradingRoundRepository, RectificationRepository, RoundBranchRepository } from '@cxzy/persistence';
import { TemporalClientProvider } from '@cxzy/temporal';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import { UpdateIdentitySigner } from '../auth/update-identity-signer.service.js';
import type {
  BranchActionCommand,
  SubmitSelfAssessmentCommand,
  SubmitSuperiorRatingCommand,
} from './branch-action.command.js';
import {
  branchClosed,
  branchNotInRound,
  branchNotStarted,
  gradingRoundNotFound,
  notBranchSecretary,
  notOnLeadingLine,
} from './grading-round.errors.js';
import { SelfAssessmentEvidenceUseCase } from './self-assessment-evidence.use-case.js';

/**
 * The branch secretary's actions: each is a Workflow Update of the branch workflow, answered at
 * once (accepted, or refused with the rule's code). The workflow writes projection and audit.
 */
@Injectable()
export class GradingBranchActionsUseCase {
  constructor(
    private readonly rounds: GradingRoundRepository,
    private readonly branches: RoundBranchRepository,
    private readonly temporal: TemporalClientProvider,
    private readonly access: AccessPolicy,
    private readonly rectifications: RectificationRepository,
    private readonly identities: UpdateIdentitySigner,
    private readonly evidence: SelfAssessmentEvidenceUseCase,
  ) {}

  acknowledgeDeploy(context: RequestContext, command: BranchActionCommand): Promise<BranchUpdateResult> {
    return this.update(context, command, 'branch-secretary', acknowledgeDeployUpdate, {});
  }

  async submitSelfAssessment(
    context: RequestContext,
    command: SubmitSelfAssessmentCommand,
  ): Promise<BranchUpdateResult> {
    // Each evidence id must be the branch's own upload in this round (422 naming it) before the Update.
    if (command.evidence)
      await this.evidence.assertReferences(command.roundId, command.organisationId, command.evidence);
    return this.update(context, command, 'branch-secretary', submitSelfAssessmentUpdate, {
      items: command.items,
      ...(command.note === undefined ? {} : { note: command.note }),
      ...(command.evidence && Object.keys(command.evidence).length ? { evidence: command.evidence } : {}),
    });
  }

  /** 上级评定 — by a supervisor of an organisation on the branch's leading line (403 otherwise). */
  submitSuperiorRating(context: RequestContext, command: SubmitSuperiorRatingCommand): Promise<BranchUpdateResult> {
    return this.update(context, command, 'supervisor', submitSuperiorRatingUpdate, {
      ...(command.items === undefined ? {} : { items: command.items }),
      ...(command.overall === undefined ? {} : { overall: command.overall }),
      ...(command.comment === undefined ? {} : { comment: command.comment }),
    });
  }

  /** Runs one branch Update after the round, branch and actor checks (also for 整改提高 and 考核验收). */
  async update<Extra extends object>(
    context: RequestContext,
    command: BranchActionCommand,
    role: 'branch-secretary' | 'supervisor',
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    definition: UpdateDefinition<BranchUpdateResult, [any]>,
    extra: Extra,
  ): Promise<BranchUpdateResult> {
    const round = await this.rounds.findById(command.roundId);
    if (!round) throw gradingRoundNotFound(command.roundId);
    const branch = await this.branches.find(round.id, command.organisationId);
    if (!branch) throw branchNotInRound(round.id, command.organisationId);
    const acting = await this.authorise(context, role, command.organisationId);
    // An accepted branch's workflow has ended: a repeat is answered from its audit record.
    if (branch.state === 'accept.done') {
      const recorded = await this.rectifications.recordedResult(
        round.id,
        command.organisationId,
        command.idempotencyKey,
      );
      if (recorded) return recorded;
      throw branchClosed(command.organisationId);
    }

    const workflowId = gradingBranchWorkflowId(round.workflowId, command.organisationId);
    const handle = (await this.temporal.get()).workflow.getHandle(workflowId);
    // ADR 0009: the validator verifies who acts from this signature, not from the bare actor.
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
            actor: context.actorId,
            requestId: context.requestId,
            identity,
            ...extra,
          },
        ],
      });
    } catch (error) {
      // Enrolled, but the fan-out has not started its workflow yet: a 409 to retry, not a 500.
      if ((error as Error).name === 'WorkflowNotFoundError') throw branchNotStarted(command.organisationId);
      throw fromUpdateRejection(error) ?? error;
    }
  }

  /** The secretary of the branch itself; a supervisor of an organisation on its leading line (AccessPolicy). */
  private async authorise(context: RequestContext, role: 'branch-secretary' | 'supervisor', organisationId: string) {
    try {
      return await this.access.actAs(context, role, organisationId);
    } catch (error) {
      if ((error as { code?: string }).code !== 'NOT_IN_SCOPE') throw error;
      throw role === 'branch-secretary'
        ? notBranchSecretary(context.actorId, organisationId)
        : notOnLeadingLine(context.actorId, organisationId);
    }
  }
}
