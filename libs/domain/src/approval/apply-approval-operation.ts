import type {
  ApprovalContext,
  ApprovalEffect,
  ApprovalOperation,
  ApprovalOutcome,
  ApprovalProcessState,
} from './approval.types.js';
import { copyState } from './approval-state.js';
import { deriveEffects } from './approval-effects.js';
import { addSigner, removeSigner } from './change-signers.js';
import { addComment, copyTo } from './copy-to.js';
import { decideTask } from './decide-task.js';
import { delegateTask, resolveDelegation } from './delegate-task.js';
import { returnToStep } from './return-to-step.js';
import { settle } from './step-progress.js';
import { transferTask } from './transfer-task.js';
import { urgeTask } from './urge-task.js';
import { withdrawProcess } from './withdraw-process.js';

/**
 * Applies one operation to a copy of the state: either it is allowed and the new state comes back
 * with what must happen outside (notices, reminders), or a DomainError is thrown and the given
 * state is untouched. The same function serves the Update validator and its handler.
 */
export function applyApprovalOperation(
  state: ApprovalProcessState,
  operation: ApprovalOperation,
  context: ApprovalContext,
): ApprovalOutcome {
  const next = copyState(state);
  const extra: ApprovalEffect[] = [];
  switch (operation.kind) {
    case 'approve':
    case 'reject':
      decideTask(next, context, operation.taskId, operation.kind, operation.comment);
      break;
    case 'transfer':
      transferTask(next, context, operation.taskId, operation.to, operation.comment);
      break;
    case 'delegate':
      delegateTask(next, context, operation.taskId, operation.to, operation.comment);
      break;
    case 'resolve-delegation':
      resolveDelegation(next, context, operation.taskId, operation.comment);
      break;
    case 'add-signer':
      addSigner(next, context, operation.taskId, operation.signer, operation.position, operation.comment);
      break;
    case 'remove-signer':
      removeSigner(next, context, operation.taskId, operation.comment);
      break;
    case 'return':
      returnToStep(next, context, operation.taskId, operation.toStep, operation.comment);
      break;
    case 'withdraw':
      withdrawProcess(next, context, operation.comment);
      break;
    case 'urge':
      extra.push({
        kind: 'urged',
        taskId: operation.taskId,
        userIds: urgeTask(next, context, operation.taskId, operation.comment),
      });
      break;
    case 'cc':
      copyTo(next, context, operation.userIds, operation.comment);
      break;
    case 'comment':
      addComment(next, context, operation.taskId, operation.comment);
      break;
  }
  settle(next, context);
  return { state: next, effects: [...deriveEffects(state, next), ...extra] };
}

/** Who an operation may route a new task to (their 代理 ranges must be looked up first). */
export function usersToRoute(state: ApprovalProcessState, operation: ApprovalOperation): string[] {
  const later = state.steps.flatMap((s) => s.signers);
  switch (operation.kind) {
    case 'transfer':
      return [operation.to, ...later];
    case 'add-signer':
      return [operation.signer, ...later];
    default:
      return later;
  }
}
