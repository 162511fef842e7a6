import { patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { GradingActivities, OrganisationActivities, ReminderPlanActivities } from '@cxzy/contracts';
import { OWN_SERVICE_ACTIVITY, OWN_SERVICE_LOOKUP } from '../activity-options.js';

/** The read-only lookups a branch makes when it starts and when it opens a step. */
export type BranchLookups = Pick<GradingActivities, 'loadGradingDefinition'> &
  Pick<ReminderPlanActivities, 'planStepReminders'> &
  Pick<OrganisationActivities, 'resolveStepRecipients'>;

// Temporal's activity proxies enumerate no properties, so each lookup is picked, not spread.
const asActivities = (): BranchLookups => ({
  loadGradingDefinition: proxyActivities<GradingActivities>(OWN_SERVICE_ACTIVITY).loadGradingDefinition,
  planStepReminders: proxyActivities<ReminderPlanActivities>(OWN_SERVICE_ACTIVITY).planStepReminders,
  resolveStepRecipients: proxyActivities<OrganisationActivities>(OWN_SERVICE_ACTIVITY).resolveStepRecipients,
});
const asLocalActivities = (): BranchLookups => ({
  loadGradingDefinition: proxyLocalActivities<GradingActivities>(OWN_SERVICE_LOOKUP).loadGradingDefinition,
  planStepReminders: proxyLocalActivities<ReminderPlanActivities>(OWN_SERVICE_LOOKUP).planStepReminders,
  resolveStepRecipients: proxyLocalActivities<OrganisationActivities>(OWN_SERVICE_LOOKUP).resolveStepRecipients,
});

/**
 * Branches started before the patch replay their lookups as activities; new ones run them as local
 * activities (docs/workflow-versioning.md). Call once, before the branch's first command.
 */
export function branchLookups(): BranchLookups {
  return patched('branch-local-lookups') ? asLocalActivities() : asActivities();
}
