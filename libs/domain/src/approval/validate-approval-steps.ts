import { DomainError } from '../domain.error.js';
import type { PipelineStep } from '../pipeline/pipeline-definition.types.js';
import { Problems } from '../pipeline/validation/problems.js';
import { validateSteps } from '../pipeline/validation/validate-steps.js';

/**
 * The steps of a standalone approval, checked with exactly the rules of a pipeline definition's
 * steps (keys, quorum, deadlines, reminders, approval options); every problem is reported at once.
 */
export function validateApprovalSteps(value: unknown): readonly PipelineStep[] {
  const problems = new Problems();
  validateSteps(value, '$.steps', undefined, problems);
  const [first] = problems.list;
  if (first) throw new DomainError('APPROVAL_STEPS_INVALID', 'invalid', first.text, first.path, problems.list);
  return value as PipelineStep[];
}
