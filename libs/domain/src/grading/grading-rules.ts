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
import { formatPath } from '../pipeline/json-path.js';
import { validatePipelineDefinition } from '../pipeline/validate-pipeline-definition.js';
import { refusal } from './grading.errors.js';

/** `$.definitions.village`: where a sector's definition sits in a GradingUnitInput. */
export const definitionPath = (sectorCode: string): string => formatPath(['definitions', sectorCode]);

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
    path: `${definitionPath(sectorCode)}${p.path.slice(1)}`,
  }));
  if (body?.processKind !== 'grading-cycle') {
    problems.push({
      path: `${definitionPath(sectorCode)}.processKind`,
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

/**
 * The rules of every sector that has a branch in the unit, each resolved once. Refuses (invalid →
 * 422) when a sector has no definition in the round, naming every such sector.
 */
export function rulesBySector(
  definitions: Readonly<Record<string, PipelineDefinitionBody>>,
  sectorCodes: Iterable<string>,
): Map<string, GradingRules> {
  const rules = new Map<string, GradingRules>();
  const missing: DomainErrorDetail[] = [];
  for (const sector of [...new Set(sectorCodes)].sort()) {
    const body = Object.hasOwn(definitions, sector) ? definitions[sector] : undefined;
    if (body) rules.set(sector, gradingRulesOf(body, sector));
    else {
      missing.push({
        path: definitionPath(sector),
        code: 'GRADING_SECTOR_DEFINITION_MISSING',
        text: {
          zhCN: `本轮没有领域 ${sector} 的流程定义`,
          en: `the round has no definition for sector ${sector}`,
        },
      });
    }
  }
  if (missing.length > 0) {
    throw refusal(
      'invalid',
      'GRADING_SECTOR_DEFINITION_MISSING',
      { zhCN: '缺少流程定义', en: 'definitions missing' },
      missing,
    );
  }
  return rules;
}
