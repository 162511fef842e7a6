// The workflow bundle's entry: every exported function is a workflow type; names never change once deployed.
export { smokeCheckWorkflow } from './smoke-check/smoke-check.workflow.js';
export { deliverNotificationWorkflow } from './notification/deliver-notification.workflow.js';
export { stepDeadlineWorkflow } from './step-deadline/step-deadline.workflow.js';
export { dailyDigestWorkflow } from './digest/daily-digest.workflow.js';
export { pledgeWorkflow } from './pledge/pledge.workflow.js';
export { gradingRoundWorkflow } from './grading/grading-round.workflow.js';
export { gradingBranchWorkflow } from './grading/grading-branch.workflow.js';
export { gradingLaunchWorkflow } from './grading/grading-launch.workflow.js';
export { approvalProcessWorkflow } from './approval/approval-process.workflow.js';
export { campaignWorkflow } from './campaign/campaign.workflow.js';
export { commendationWorkflow } from './commendation/commendation.workflow.js';
export { commendationLaunchWorkflow } from './commendation/commendation-launch.workflow.js';
