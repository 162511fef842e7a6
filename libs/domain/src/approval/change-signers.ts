import type { AddSignerPosition } from '../pipeline/pipeline-definition.types.js';
import type { ApprovalComment, ApprovalContext, ApprovalProcessState } from './approval.types.js';
import { approvalErrors } from './approval.errors.js';
import {
  addTask,
  currentPlan,
  currentTasks,
  isActionable,
  onBehalfOf,
  record,
  requireHeldActionable,
  requireOpen,
  signsCurrentStep,
} from './approval-state.js';
import { checkComment } from './approval-comment.js';
import { quorumOutcome } from './quorum.js';

/**
 * 加签 within what the definition allows: 前加签 — the new signer decides first and the adder's task
 * waits; 后加签 — the new signer follows the adder (and whoever followed the adder now follows the
 * new signer); 并加签 — alongside. The added signer counts toward the quorum like any other.
 */
export function addSigner(
  state: ApprovalProcessState,
  context: ApprovalContext,
  taskId: string,
  signer: string,
  position: AddSignerPosition,
  comment: ApprovalComment | undefined,
): string {
  const task = requireHeldActionable(state, taskId, context.actor);
  const plan = currentPlan(state);
  if (!plan.options.addSigner.includes(position)) throw approvalErrors.positionNotAllowed(position);
  const added = currentTasks(state).filter((t) => t.addedBy !== null).length;
  if (added >= plan.options.maxAddedSigners) throw approvalErrors.tooManyAdded(plan.options.maxAddedSigners);
  if (signer === context.actor || signer === task.deputyFor) throw approvalErrors.selfTarget('signer');
  if (signsCurrentStep(state, signer)) throw approvalErrors.alreadySigner(signer, 'signer');
  const checked = checkComment(comment, false);
  const followers = currentTasks(state).filter((t) => t.status === 'pending' && t.waitsFor.includes(task.id));
  const created = addTask(
    state,
    context,
    plan.key,
    signer,
    position === 'after' ? [task.id] : [...task.waitsFor],
    context.actor,
  );
  if (position === 'before') task.waitsFor = [created.id];
  if (position === 'after')
    for (const follower of followers)
      follower.waitsFor = follower.waitsFor.map((id) => (id === task.id ? created.id : id));
  record(state, context.actor, context.now, 'add-signer', {
    taskId,
    target: signer,
    comment: checked,
    onBehalfOf: onBehalfOf(task, context.actor),
  });
  return created.id;
}

/**
 * 减签: a signer who has not decided yet is taken off the step — by whoever added them, or by a
 * signer of the step when the definition lets definition signers be removed. Refused when the
 * step could then no longer reach its quorum. Whoever waited for the removed signer now waits for
 * what they waited for.
 */
export function removeSigner(
  state: ApprovalProcessState,
  context: ApprovalContext,
  taskId: string,
  comment: ApprovalComment | undefined,
): void {
  const target = requireOpen(state, taskId);
  const plan = currentPlan(state);
  const actorSigns = currentTasks(state).some(
    (t) => t.assignee === context.actor && t.delegate === null && isActionable(state, t),
  );
  const mayRemove =
    target.addedBy === context.actor || (target.addedBy === null && plan.options.removeDefinitionSigners && actorSigns);
  if (!mayRemove || target.assignee === context.actor) throw approvalErrors.removeNotAllowed(taskId);
  const checked = checkComment(comment, false);
  target.status = 'removed';
  for (const task of currentTasks(state))
    if (task.waitsFor.includes(target.id))
      task.waitsFor = [...task.waitsFor.filter((id) => id !== target.id), ...target.waitsFor];
  if (quorumOutcome(plan.quorum, currentTasks(state)) === 'failed') throw approvalErrors.quorumUnreachable(plan.key);
  record(state, context.actor, context.now, 'remove-signer', { taskId, target: target.assignee, comment: checked });
}
