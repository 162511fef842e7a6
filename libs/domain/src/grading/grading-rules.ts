import type { DomainErrorDetail } from '../domain.error.js';
import type {
  AppraisalWeights,
  IndicatorSheet,
  ParticipationThresholds,
  PipelineDefinitionBody,
  QuotaScope,
  TierRules,
  VetoCondition,
} from '../pipeline/pipeline-definition.types.js';
import { validatePipelineDefinition } from '../pipeline/validate-pipeline-definition.js';
import { refusal } from './grading.errors.js';

/** The grading sections of one sector's pinned definition, complete and checked. */
export interface GradingRules {
  readonly sectorCode: string;
  readonly sheet: IndicatorSheet;
  readonly tiers: TierRules & { readonly quotaScope: QuotaScope };
  readonly vetoConditions: readonly VetoCondition[];
  /** SPEC §6 rule 9: below this public satisfaction a branch cannot be advanced. */
  readonly advancedMinPublicSatisfactionPercent: number;
  readonly appraisalWeights: AppraisalWeights;
  readonly participation: ParticipationThresholds;
  readonly publicityWorkingDays: number;
}

/**
 * The grading rules of a sector's definition. The body was validated when it was published; it is
 * checked again here because it reaches us through a workflow input, and a rule computed from a
 * broken body would be silently wrong. Refuses (invalid → 422) with every problem, paths under
 * `$.definitions["<sector>"]`.
 */
export function gradingRulesOf(body: PipelineDefinitionBody, sectorCode: string): GradingRules {
  const problems: DomainErrorDetail[] = validatePipelineDefinition(body).map((p) => ({
    ...p,
    path: `$.definitions[${JSON.stringify(sectorCode)}]${p.path.slice(1)}`,
  }));
  if (body?.processKind !== 'grading-cycle') {
    problems.push({
      path: `$.definitions[${JSON.stringify(sectorCode)}].processKind`,
      code: 'GRADING_DEFINITION_WRONG_KIND',
      text: {
        zhCN: `领域 ${sectorCode} 的定义不是“基层党组织晋位升级”流程`,
        en: `the definition of sector ${sectorCode} is not a grading-cycle definition`,
      },
    });
  }
  const {
    indicatorSheet,
    tiers,
    vetoConditions,
    advancedMinPublicSatisfactionPercent,
    appraisalWeights,
    participation,
  } = body ?? {};
  if (
    problems.length > 0 ||
    !indicatorSheet ||
    !tiers ||
    !vetoConditions ||
    advancedMinPublicSatisfactionPercent === undefined ||
    !appraisalWeights ||
    !participation
  ) {
    throw refusal(
      'invalid',
      'GRADING_DEFINITION_INVALID',
      { zhCN: `领域 ${sectorCode} 的流程定义不能用于定级`, en: `the definition of sector ${sectorCode} cannot grade` },
      problems,
    );
  }
  return {
    sectorCode,
    sheet: indicatorSheet,
    tiers: { ...tiers, quotaScope: tiers.quotaScope ?? 'grading-unit' },
    vetoConditions,
    advancedMinPublicSatisfactionPercent,
    appraisalWeights,
    participation,
    publicityWorkingDays: body.publicityWorkingDays,
  };
}
