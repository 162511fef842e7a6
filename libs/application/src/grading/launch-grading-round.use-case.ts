import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import {
  assertRoundNotLaunched,
  beijingDateTime,
  checkDeployDate,
  gradingRoundKey,
  organisationNotFound,
  summarisePreviousRound,
  type DeployDecision,
} from '@cxzy/domain';
import {
  GRADING_ROUND_WORKFLOW_TYPE,
  gradingRoundWorkflowId,
  searchAttributes,
  type GradingRoundWorkflow,
} from '@cxzy/contracts';
import {
  GradingRoundRepository,
  OrganisationRepository,
  RectificationRepository,
  TransactionRunner,
  isUniqueViolation,
  type GradingRoundRecord,
} from '@cxzy/persistence';
import { TemporalClientProvider } from '@cxzy/temporal';
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import { ResolvePipelineDefinitionUseCase } from '../pipeline-definitions/resolve-pipeline-definition.use-case.js';
import { acknowledgeByInvalid, notAGradingUnit, nothingInScope } from './grading-round.errors.js';
import type { LaunchGradingRoundCommand } from './launch-grading-round.command.js';

/**
 * 部署 (SPEC §6 rules 1, 2): one round per unit and year, inside the deploy window or with a reason.
 * The round and its audit record commit together; the round workflow starts inside that
 * transaction, with an id made of the unit and year (REJECT_DUPLICATE), so neither a second row
 * nor a second workflow can exist.
 */
@Injectable()
export class LaunchGradingRoundUseCase {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly rounds: GradingRoundRepository,
    private readonly definitions: ResolvePipelineDefinitionUseCase,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
    private readonly temporal: TemporalClientProvider,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rectifications: RectificationRepository,
    private readonly access: AccessPolicy,
  ) {}

  async execute(caller: RequestContext, command: LaunchGradingRoundCommand): Promise<GradingRoundRecord> {
    const unit = await this.organisations.findById(command.gradingUnitId);
    if (!unit) throw organisationNotFound(command.gradingUnitId);
    if (!unit.isGradingUnit) throw notAGradingUnit(unit.code);
    // 部署 is the work of the unit's own administrators (403 naming the role otherwise).
    return this.launch(await this.access.actAs(caller, 'administrator', unit.id), unit, command);
  }

  /**
   * The yearly schedule's launch: no person and no token, the system acting under the configured
   * name (GRADING_LAUNCH_ACTOR), audited with the role `system` at the unit.
   */
  async executeAsSystem(actorId: string, command: LaunchGradingRoundCommand): Promise<GradingRoundRecord> {
    const unit = await this.organisations.findById(command.gradingUnitId);
    if (!unit) throw organisationNotFound(command.gradingUnitId);
    if (!unit.isGradingUnit) throw notAGradingUnit(unit.code);
    return this.launch({ requestId: null, actorId, actorRole: 'system', actorOrg: unit.id }, unit, command);
  }

  private async launch(
    context: RequestContext,
    unit: { id: string; code: string },
    command: LaunchGradingRoundCommand,
  ): Promise<GradingRoundRecord> {
    const key = gradingRoundKey(command);
    if (command.acknowledgeBy !== undefined && !(Date.parse(command.acknowledgeBy) > Date.now())) {
      throw acknowledgeByInvalid();
    }
    assertRoundNotLaunched(await this.rounds.findByUnitAndYear(unit.id, command.year), command);

    const sectors = await this.rounds.sectorsInScope(unit.id);
    if (sectors.length === 0) throw nothingInScope(unit.code);
    const snapshots = await Promise.all(
      sectors.map((sectorCode) => this.definitions.execute({ processKind: 'grading-cycle', sectorCode })),
    );
    const deployOn = beijingDateTime(new Date()).date;
    // Every sector's deploy step must allow today (or the reason covers it).
    const decisions: DeployDecision[] = snapshots.map((s) =>
      checkDeployDate({ year: command.year, deployOn, overrideReason: command.overrideReason, body: s.body }),
    );
    const overridden = decisions.find((d) => d.overridden);
    const workflowId = gradingRoundWorkflowId(key);
    // 考核验收 of year N is an input of N+1 (SPEC §6 rule 13): read at launch, kept on the round.
    const previous = await this.rectifications.previousRound(unit.id, command.year - 1);
    const previousRound = previous
      ? summarisePreviousRound(
          unit.id,
          command.year - 1,
          previous.branches.map((b) => ({
            organisationId: b.organisationId,
            tier: b.tier,
            passed: b.acceptance?.passed ?? null,
          })),
        )
      : null;

    try {
      return await this.transactions.run(async (manager) => {
        const round = await this.rounds.insert(
          {
            gradingUnitId: unit.id,
            year: command.year,
            workflowId,
            state: 'deploy.pending',
            definitionIds: Object.fromEntries(snapshots.map((s) => [s.sectorCode, s.definitionId])),
            deployOn,
            deployOverrideReason: overridden?.overrideReason ?? null,
            launchedBy: context.actorId,
          },
          manager,
        );
        if (previousRound) await this.rectifications.setPreviousRound(round.id, previousRound, manager);
        await this.audit.record(
          context,
          {
            action: 'grading-round.launch',
            objectType: 'grading-round',
            objectId: round.id,
            after: {
              gradingUnitId: unit.id,
              year: command.year,
              workflowId,
              definitionIds: round.definitionIds,
              previousRound,
            },
            reason: overridden?.overrideReason ?? null,
          },
          manager,
        );
        const client = await this.temporal.get();
        await client.workflow.start<GradingRoundWorkflow>(GRADING_ROUND_WORKFLOW_TYPE, {
          workflowId,
          taskQueue: this.temporal.taskQueue,
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          typedSearchAttributes: [
            { key: searchAttributes.GradingUnit, value: unit.code },
            { key: searchAttributes.RoundYear, value: command.year },
            { key: searchAttributes.ProcessKind, value: 'grading-cycle' },
          ],
          args: [
            {
              roundId: round.id,
              gradingUnitId: unit.id,
              gradingUnitCode: unit.code,
              year: command.year,
              launchedBy: context.actorId,
              fanOut: {
                batch: this.config.GRADING_FAN_OUT_BATCH,
                batchesPerRun: this.config.GRADING_FAN_OUT_BATCHES_PER_RUN,
              },
              gradingActionsPerRun: this.config.GRADING_ROUND_ACTIONS_PER_RUN,
              ...(command.acknowledgeBy ? { acknowledgeBy: new Date(command.acknowledgeBy).toISOString() } : {}),
            },
          ],
        });
        return round;
      });
    } catch (error) {
      if (isUniqueViolation(error) || (error as Error).name === 'WorkflowExecutionAlreadyStartedError') {
        // The same 409 as the check above: another launch committed between the check and the insert.
        assertRoundNotLaunched([command], command);
      }
      throw error;
    }
  }
}
