/** The operations a person may send on an approval task from their 待办 (docs/approvals.md). */
export type ApprovalTaskOperationName =
  'approve' | 'reject' | 'transfer' | 'delegate' | 'resolve-delegation' | 'add-signer' | 'return' | 'comment';

export interface TaskOperationFacts {
  /** The task's holder (the deputy when it went to one) and who it is out to on 委派, if anyone. */
  readonly assignee: string;
  readonly delegate: string | null;
  readonly actionable: boolean;
  /** The step's definition allows some 加签 position. */
  readonly addSignerAllowed: boolean;
  /** There is somewhere to return to: the owner's origin step or an earlier approval step. */
  readonly returnable: boolean;
}

/**
 * What `userId` may do on the task now: the holder of an actionable task with no delegation out
 * decides (同意/不同意), 转办, 委派, 加签 where allowed, 退回 where there is somewhere to go, 意见;
 * the delegate gives it back (委派办结) with an opinion; anyone else nothing. The engine still
 * checks each operation when it comes; this only tells the list what to offer.
 */
export function approvalTaskOperations(task: TaskOperationFacts, userId: string): ApprovalTaskOperationName[] {
  if (!task.actionable) return [];
  if (task.delegate !== null) return task.delegate === userId ? ['resolve-delegation', 'comment'] : [];
  if (task.assignee !== userId) return [];
  return [
    'approve',
    'reject',
    'transfer',
    'delegate',
    ...(task.addSignerAllowed ? (['add-signer'] as const) : []),
    ...(task.returnable ? (['return'] as const) : []),
    'comment',
  ];
}
