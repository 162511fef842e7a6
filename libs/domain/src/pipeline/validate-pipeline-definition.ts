import { DEFINITION_SECTIONS, rulesOfKind, type DefinitionSection } from './process-kinds.js';
import {
  checkKey,
  checkLocalizedText,
  childPath,
  readNumber,
  readObject,
  required,
  show,
  Problems,
  type DefinitionProblem,
} from './validation/problems.js';
import { validateIndicatorSheet } from './validation/validate-indicator-sheet.js';
import {
  validateAppraisalWeights,
  validateParticipation,
  validateSatisfactionFloor,
  validateTiers,
  validateVetoConditions,
} from './validation/validate-grading-rules.js';
import { validateSteps } from './validation/validate-steps.js';
import { validateCampaignRules, validateCommendationRules } from './validation/validate-campaign-rules.js';

const ROOT = '$';
const BODY_KEYS = ['schemaVersion', 'processKind', 'name', 'steps', 'publicityWorkingDays', ...DEFINITION_SECTIONS];

const SECTION_VALIDATORS: Record<DefinitionSection, (value: unknown, path: string, problems: Problems) => void> = {
  indicatorSheet: validateIndicatorSheet,
  tiers: validateTiers,
  vetoConditions: validateVetoConditions,
  advancedMinPublicSatisfactionPercent: validateSatisfactionFloor,
  appraisalWeights: validateAppraisalWeights,
  participation: validateParticipation,
  campaign: validateCampaignRules,
  commendation: validateCommendationRules,
};

/**
 * Checks a pipeline definition body (any JSON value) and returns EVERY problem at once, each with
 * a JSON path, a stable code and zh-CN/en text; an empty list means it may be published.
 * Never throws: the body comes from administrators and is data until proven otherwise.
 */
export function validatePipelineDefinition(body: unknown): DefinitionProblem[] {
  const problems = new Problems();
  try {
    check(body, problems);
  } catch (error) {
    // A bug in a check must not hide the other problems nor crash the caller.
    problems.add(ROOT, 'VALIDATION_FAILED', '定义无法校验', `the definition could not be checked: ${String(error)}`);
  }
  return problems.list;
}

function check(body: unknown, problems: Problems): void {
  const root = readObject(body, ROOT, problems, BODY_KEYS);
  if (!root) return;

  const schemaVersion = required(root, 'schemaVersion', ROOT, problems);
  if (schemaVersion !== undefined && schemaVersion !== 1) {
    problems.add(
      childPath(ROOT, 'schemaVersion'),
      'SCHEMA_VERSION_UNSUPPORTED',
      `不支持的定义格式版本 ${show(schemaVersion)}，应为 1`,
      `unsupported schemaVersion ${show(schemaVersion)}; expected 1`,
    );
  }
  const kindValue = required(root, 'processKind', ROOT, problems);
  const kind = kindValue === undefined ? undefined : checkKey(kindValue, childPath(ROOT, 'processKind'), problems);
  const kindRules = kind === undefined ? undefined : rulesOfKind(kind);

  const name = required(root, 'name', ROOT, problems);
  if (name !== undefined) checkLocalizedText(name, childPath(ROOT, 'name'), problems);

  const steps = required(root, 'steps', ROOT, problems);
  if (steps !== undefined) validateSteps(steps, childPath(ROOT, 'steps'), kindRules, problems);

  readNumber(
    required(root, 'publicityWorkingDays', ROOT, problems),
    childPath(ROOT, 'publicityWorkingDays'),
    problems,
    {
      min: 1,
      max: 30,
      integer: true,
      code: 'PUBLICITY_DAYS_INVALID',
      what: { zhCN: '公示期（工作日）', en: 'publicity period (working days)' },
    },
  );

  for (const section of DEFINITION_SECTIONS) {
    const path = childPath(ROOT, section);
    if (root[section] !== undefined) {
      SECTION_VALIDATORS[section](root[section], path, problems);
    } else if (kindRules?.requiredSections.includes(section)) {
      problems.add(
        path,
        'SECTION_REQUIRED',
        `${kindRules.name.zhCN}的定义必须包含 ${section}`,
        `a ${kindRules.name.en} definition needs ${section}`,
      );
    }
  }
}
