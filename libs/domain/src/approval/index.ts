export * from './approval.types.js';
export { approvalErrors } from './approval.errors.js';
export { applyApprovalOperation, usersToRoute } from './apply-approval-operation.js';
export {
  approvalStepPlans,
  checkStepPlans,
  startApprovalProcess,
  type StartApproval,
} from './start-approval-process.js';
export { checkComment, COMMENT_MAX_LENGTH, ATTACHMENTS_MAX } from './approval-comment.js';
export { checkDeputyInScope, checkDeputyRange, inPerson, routeToDeputy, type DeputyRange } from './deputy.js';
export { isActionable, currentTasks } from './approval-state.js';
export { hasAnyoneActed } from './withdraw-process.js';
export { resubmitApproval } from './resubmit-approval.js';
export { quorumOutcome, requiredApprovals, liveTasks, type QuorumOutcome } from './quorum.js';
export { stepApprovalOptions, DEFAULT_URGE_INTERVAL_MINUTES, DEFAULT_MAX_ADDED_SIGNERS } from './step-options.js';
export {
  copiedNotice,
  finishedNotice,
  taskAssignedNotice,
  urgedNotice,
  type ApprovalNotice,
} from './approval-notices.js';
export { validateApprovalSteps } from './validate-approval-steps.js';
export { copyOnStepOpening } from './copy-to.js';
export { approvalTaskOperations, type ApprovalTaskOperationName, type TaskOperationFacts } from './task-operations.js';
