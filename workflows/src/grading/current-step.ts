import { patched, upsertSearchAttributes } from '@temporalio/workflow';
import { searchAttributes } from '@cxzy/contracts';

/** Workflows started before the attribute existed replay without it (docs/workflow-versioning.md). */
export const CURRENT_STEP_PATCH = 'current-step-search-attribute';

/**
 * Keeps the `CurrentStep` search attribute equal to the state the round or branch is in, so an
 * operator finds e.g. every branch still awaiting its rating:
 * `temporal workflow list --query "GradingUnit = 'QS' AND CurrentStep = 'grade.awaiting-rating'"`.
 */
export function showCurrentStep(state: string): void {
  if (patched(CURRENT_STEP_PATCH)) upsertSearchAttributes([{ key: searchAttributes.CurrentStep, value: state }]);
}
