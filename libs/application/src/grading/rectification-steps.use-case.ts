import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import {
  addMonths,
  beijingDateTime,
  beijingInstant,
  gradingRulesOf,
  rectificationIndicators,
  rectificationRequirements,
  type AppraisalSources,
  type EscalationStage,
  type PlannedSend,
  type PlanRequirements,
  type ReminderOffset,
  type SourceScores,
  type Tier,
} from '@cxzy/domain';
import { RoundBranchRepository } from '@cxzy/persistence';
import { ResolvePipelineDefinitionUseCase } from '../pipeline-definitions/resolve-pipeline-definition.use-case.js';
import { PlanStepRemindersUseCase } from '../reminder/plan-step-reminders.use-case.js';
import { branchNotInRound } from './grading-round.errors.js';

const isScores = (value: unknown): value is SourceScores =>
  typeof value === 'object' &&
  value !== null &&
  ((typeof (value as { items?: unknown }).items === 'object' && (value as { items?: unknown }).items !== null) ||
    typeof (value as { overall?: unknown }).overall === 'number');

/** The scores a branch has in the projection, as appraisal sources (absent ones left out). */
function sourcesOf(row: { selfAssessment: unknown; appraisal: unknown; superiorRating: unknown }): AppraisalSources {
  const pick = (value: unknown) => (isScores(value) ? ('items' in value ? { items: value.items } : value) : undefined);
  const self = pick(row.selfAssessment);
  const membersAndPublic = pick(row.appraisal);
  const superior = pick(row.superiorRating);
  return {
    ...(self && 'items' in self ? { self } : {}),
    ...(membersAndPublic ? { membersAndPublic } : {}),
    ...(superior ? { superior } : {}),
  };
}

const HH_MM = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));

/**
 * 整改提高's database work for the branch workflow (through activities): what the plan must target,
 * and when each progress report is due. The plan's targets are the weakest indicators from the
 * scores stored when the branch was graded; the report period is the tier's interval in calendar
 * months, ending at the step deadline time — or, when GRADING_PROGRESS_MONTH_SECONDS is set (tests,
 * demos), that many seconds per month.
 */
@Injectable()
export class RectificationStepsUseCase {
  constructor(
    private readonly branches: RoundBranchRepository,
    private readonly definitions: ResolvePipelineDefinitionUseCase,
    private readonly reminders: PlanStepRemindersUseCase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requirements(request: {
    roundId: string;
    organisationId: string;
    organisationCode: string;
    definitionId: string;
    tier: Tier;
  }): Promise<PlanRequirements> {
    const row = await this.branches.find(request.roundId, request.organisationId);
    if (!row) throw branchNotInRound(request.roundId, request.organisationId);
    const body = (await this.definitions.byId(request.definitionId)).body;
    const rules = gradingRulesOf(body, row.sectorCode);
    const indicators = rectificationIndicators(request.organisationCode, sourcesOf(row), rules) ?? [];
    return rectificationRequirements(request.tier, indicators);
  }

  planProgressReport(request: {
    openedAt: string;
    intervalMonths: number;
    roundYear: number;
    reminders: readonly ReminderOffset[];
    escalation: readonly EscalationStage[];
  }): Promise<{ deadlineAt: string; plan: PlannedSend[] }> {
    const openedAt = new Date(request.openedAt);
    const monthSeconds = this.config.GRADING_PROGRESS_MONTH_SECONDS;
    const deadlineAt =
      monthSeconds > 0
        ? new Date(openedAt.getTime() + request.intervalMonths * monthSeconds * 1000)
        : beijingInstant(
            addMonths(beijingDateTime(openedAt).date, request.intervalMonths),
            HH_MM(this.config.STEP_DEADLINE_TIME),
          );
    return this.reminders.execute({
      openedAt: request.openedAt,
      deadline: { kind: 'calendar-days', days: request.intervalMonths * 30 },
      deadlineAt: deadlineAt.toISOString(),
      roundYear: request.roundYear,
      reminders: request.reminders,
      escalation: request.escalation,
    });
  }
}
