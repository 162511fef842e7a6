import type { PipelineStep } from '../pipeline/pipeline-definition.types.js';
import type { ResolvedApprovalOptions } from './approval.types.js';

export const DEFAULT_MAX_ADDED_SIGNERS = 5;
export const DEFAULT_URGE_INTERVAL_MINUTES = 60;

/** A step's run-time rules with the defaults of definitions published before they existed. */
export function stepApprovalOptions(step: Pick<PipelineStep, 'approval'>): ResolvedApprovalOptions {
  const options = step.approval ?? {};
  return {
    addSigner: options.addSigner ?? [],
    maxAddedSigners: options.maxAddedSigners ?? DEFAULT_MAX_ADDED_SIGNERS,
    removeDefinitionSigners: options.removeDefinitionSigners ?? false,
    urgeIntervalMinutes: options.urgeIntervalMinutes ?? DEFAULT_URGE_INTERVAL_MINUTES,
    ...(options.cc && options.cc.length > 0 ? { cc: options.cc } : {}),
  };
}
