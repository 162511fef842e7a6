export * from './smoke-check/smoke-check.contract.js';
export * from './notification/deliver-notification.contract.js';
export type { SmokeCheckStorageActivities } from './activities/storage.activities.js';
export type {
  EmailNoticeRequest,
  InboxNoticeRequest,
  NotificationActivities,
  OutsideChannel,
  WebhookNoticeRequest,
} from './activities/notification.activities.js';
export { searchAttributes } from './search-attributes.js';
export * from './step-deadline/step-deadline.contract.js';
export type {
  NotificationRecipient,
  OrganisationActivities,
  StepRecipients,
  StepRecipientsRequest,
} from './activities/organisation.activities.js';
export type { OpenStepTaskRequest, StepRef, StepTaskActivities } from './activities/step-task.activities.js';
export * from './digest/daily-digest.contract.js';
export type { DigestActivities, DigestPageRequest } from './activities/digest.activities.js';
export type { PlanStepRequest, ReminderPlanActivities } from './activities/reminder-plan.activities.js';
export * from './pledge/pledge.contract.js';
export { fromUpdateRejection, toUpdateRejection } from './update-rejection.js';
export type {
  PeerEvaluationRequestRecord,
  PledgeActivities,
  PledgeStepPlanRequest,
  PledgeTransitionRecord,
} from './activities/pledge.activities.js';
export * from './grading/grading-round.contract.js';
export * from './grading/rectification.contract.js';
export * from './grading/grading-launch.contract.js';
export type {
  EnrolBranchPageRequest,
  EnrolledBranchPage,
  GradingActivities,
  PlanProgressReportRequest,
  PrepareRectificationRequest,
  PreparedRectification,
  RecordBranchTransitionRequest,
} from './activities/grading.activities.js';
export * from './grading/grading-round-classification.contract.js';
export type {
  GradingRoundActivities,
  ResolveObjectionRecord,
  RoundActionRecord,
} from './activities/grading-round.activities.js';
export * from './approval/approval.contract.js';
export type { ApprovalActivities, ApprovalChangeRecord } from './activities/approval.activities.js';
export * from './campaign/campaign.contract.js';
export * from './commendation/commendation.contract.js';
