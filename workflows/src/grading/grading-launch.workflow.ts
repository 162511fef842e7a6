import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { GradingLaunchActivities, GradingLaunchInput, GradingLaunchResult } from '@cxzy/contracts';
import { OWN_SERVICE_ACTIVITY } from '../activity-options.js';

const launcher = proxyActivities<GradingLaunchActivities>(OWN_SERVICE_ACTIVITY);

/** The yearly schedule's action: launch the unit's round (idempotent; see the contract). */
export async function gradingLaunchWorkflow(input: GradingLaunchInput): Promise<GradingLaunchResult> {
  return launcher.launchScheduledGradingRound({
    gradingUnitCode: input.gradingUnitCode,
    firedAt: workflowInfo().startTime.toISOString(),
  });
}
