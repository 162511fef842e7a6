import { Injectable } from '@nestjs/common';
import {
  approveRectificationPlanUpdate,
  recordAcceptanceUpdate,
  reportRectificationProgressUpdate,
  returnRectificationPlanUpdate,
  submitRectificationPlanUpdate,
  type BranchUpdateResult,
} from '@cxzy/contracts';
import { isTier, previousRoundLine, type AcceptanceRecord, type PreviousRoundLine } from '@cxzy/domain';
import { GradingRoundRepository, RectificationRepository, RoundBranchRepository } from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import { GradingBranchActionsUseCase } from './grading-branch-actions.use-case.js';
import { branchNotInRound, gradingRoundNotFound } from './grading-round.errors.js';
import type {
  RecordAcceptanceCommand,
  ReportRectificationProgressCommand,
  ReviewRectificationPlanCommand,
  SubmitRectificationPlanCommand,
} from './rectification.command.js';

/** One branch's rectification and acceptance as the API shows it (from the projection). */
export interface BranchRectificationView {
  readonly roundId: string;
  readonly organisationId: string;
  readonly state: string;
  readonly finalTier: string | null;
  readonly planRequirements: unknown;
  readonly rectificationPlan: unknown;
  readonly planReview: unknown;
  readonly progressReports: unknown[];
  readonly acceptance: {
    passed: boolean;
    checks: Record<string, boolean>;
    acceptedBy: string;
    acceptedOn: string;
  } | null;
  /** The unit's previous round for this branch (SPEC §6 rule 13: the N result shows on the N+1 sheet). */
  readonly previousRound: PreviousRoundLine | null;
}

/**
 * 整改提高 and 考核验收 — the branch secretary files the plan and reports progress; a supervisor on
 * the leading line reviews the plan and records the acceptance (403 otherwise). Each is a Workflow
 * Update of the branch workflow (GradingBranchActionsUseCase.update), answered at once.
 */
@Injectable()
export class GradingRectificationActionsUseCase {
  constructor(
    private readonly actions: GradingBranchActionsUseCase,
    private readonly rounds: GradingRoundRepository,
    private readonly branches: RoundBranchRepository,
    private readonly rectifications: RectificationRepository,
    private readonly access: AccessPolicy,
  ) {}

  submitPlan(context: RequestContext, command: SubmitRectificationPlanCommand): Promise<BranchUpdateResult> {
    return this.actions.update(context, command, 'branch-secretary', submitRectificationPlanUpdate, {
      plan: command.plan,
    });
  }

  approvePlan(context: RequestContext, command: ReviewRectificationPlanCommand): Promise<BranchUpdateResult> {
    return this.actions.update(context, command, 'supervisor', approveRectificationPlanUpdate, {
      ...(command.text === undefined ? {} : { comment: command.text }),
    });
  }

  returnPlan(context: RequestContext, command: ReviewRectificationPlanCommand): Promise<BranchUpdateResult> {
    return this.actions.update(context, command, 'supervisor', returnRectificationPlanUpdate, {
      reason: command.text ?? '',
    });
  }

  reportProgress(context: RequestContext, command: ReportRectificationProgressCommand): Promise<BranchUpdateResult> {
    return this.actions.update(context, command, 'branch-secretary', reportRectificationProgressUpdate, {
      summary: command.summary,
      complete: command.complete === true,
    });
  }

  recordAcceptance(context: RequestContext, command: RecordAcceptanceCommand): Promise<BranchUpdateResult> {
    return this.actions.update(context, command, 'supervisor', recordAcceptanceUpdate, {
      checks: command.checks,
      indicatorComments: command.indicatorComments,
    });
  }

  /**
   * For those who may act on the branch (`canRead`): its secretary and members, the supervisors on
   * its leading line, its grading unit's administrators — 403 ROLE_REQUIRED for anyone else, before
   * the branch is even looked up in the round.
   */
  async view(context: RequestContext, roundId: string, organisationId: string): Promise<BranchRectificationView> {
    const round = await this.rounds.findById(roundId);
    if (!round) throw gradingRoundNotFound(roundId);
    await this.access.canRead(context, organisationId);
    const branch = await this.branches.find(roundId, organisationId);
    const rectification = await this.rectifications.rectificationOf(roundId, organisationId);
    if (!branch || !rectification) throw branchNotInRound(roundId, organisationId);
    const [current, previous] = await Promise.all([
      this.rectifications.previousRound(round.gradingUnitId, round.year),
      this.rectifications.previousRound(round.gradingUnitId, round.year - 1),
    ]);
    const acceptance = current?.branches.find((b) => b.organisationId === organisationId)?.acceptance ?? null;
    const before = previous?.branches.find((b) => b.organisationId === organisationId);
    return {
      roundId,
      organisationId,
      state: branch.state,
      finalTier: branch.finalTier,
      ...rectification,
      acceptance: acceptance && {
        passed: acceptance.passed,
        checks: acceptance.checks,
        acceptedBy: acceptance.acceptedBy,
        acceptedOn: acceptance.acceptedOn,
      },
      previousRound:
        before && isTier(before.tier)
          ? previousRoundLine(
              round.year - 1,
              before.tier,
              (before.acceptance ?? undefined) as AcceptanceRecord | undefined,
            )
          : null,
    };
  }
}
