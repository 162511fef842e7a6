import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { CommendationLaunchActivities, CommendationLaunchInput, CommendationLaunchResult } from '@cxzy/contracts';
import { OWN_SERVICE_ACTIVITY } from '../activity-options.js';

const launcher = proxyActivities<CommendationLaunchActivities>(OWN_SERVICE_ACTIVITY);

/** The yearly schedule's action: launch the unit's commendation round (one per unit and year). */
export async function commendationLaunchWorkflow(input: CommendationLaunchInput): Promise<CommendationLaunchResult> {
  return launcher.launchScheduledCommendation({
    gradingUnitCode: input.gradingUnitCode,
    firedAt: workflowInfo().startTime.toISOString(),
  });
}
