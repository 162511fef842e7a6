import type { ProcessKindRules } from '../process-kinds.js';
import { childPath, readArray, type Problems } from './problems.js';
import { validateStep } from './validate-step.js';

/** The ordered steps: at least one, unique keys, and the kind's required steps in their order. */
export function validateSteps(
  value: unknown,
  path: string,
  kindRules: ProcessKindRules | undefined,
  problems: Problems,
): void {
  const steps = readArray(value, path, problems);
  if (!steps) return;
  if (steps.length === 0) {
    problems.add(path, 'STEPS_EMPTY', '流程至少需要一个步骤', 'a pipeline needs at least one step');
  }
  const firstIndexOfKey = new Map<string, number>();
  steps.forEach((step, index) => {
    const at = childPath(path, index);
    const key = validateStep(step, at, problems);
    if (key === undefined) return;
    const earlier = firstIndexOfKey.get(key);
    if (earlier === undefined) {
      firstIndexOfKey.set(key, index);
    } else {
      problems.add(
        childPath(at, 'key'),
        'STEP_KEY_DUPLICATE',
        `步骤标识 ${key} 与第 ${earlier + 1} 步重复`,
        `step key ${key} repeats step ${earlier + 1}`,
      );
    }
  });
  if (kindRules) checkRequiredOrder(firstIndexOfKey, path, kindRules, problems);
}

/**
 * Required steps must all be present and in the kind's order (other steps may sit between them),
 * e.g. 部署 before 分类定级 before 整改提高 before 考核验收 for the grading cycle.
 */
function checkRequiredOrder(
  indexOfKey: ReadonlyMap<string, number>,
  path: string,
  kindRules: ProcessKindRules,
  problems: Problems,
): void {
  let previous: { index: number; name: { zhCN: string; en: string } } | undefined;
  for (const required of kindRules.requiredSteps) {
    const index = indexOfKey.get(required.key);
    if (index === undefined) {
      problems.add(
        path,
        'STEP_REQUIRED_MISSING',
        `${kindRules.name.zhCN}必须包含“${required.name.zhCN}”步骤（标识 ${required.key}）`,
        `${kindRules.name.en} needs the step "${required.name.en}" (key ${required.key})`,
      );
      continue;
    }
    if (previous && index < previous.index) {
      problems.add(
        childPath(childPath(path, index), 'key'),
        'STEP_ORDER_WRONG',
        `“${required.name.zhCN}”必须在“${previous.name.zhCN}”之后`,
        `"${required.name.en}" must come after "${previous.name.en}"`,
      );
      continue;
    }
    previous = { index, name: required.name };
  }
}
