import { approvalTaskOperations, type TaskOperationFacts } from './task-operations.js';

const task = (over: Partial<TaskOperationFacts> = {}): TaskOperationFacts => ({
  assignee: 'wang',
  delegate: null,
  actionable: true,
  addSignerAllowed: false,
  returnable: false,
  ...over,
});

describe('approvalTaskOperations — what a 待办 offers', () => {
  it('the holder decides, transfers, delegates and comments; 加签 and 退回 only where possible', () => {
    expect(approvalTaskOperations(task(), 'wang')).toEqual(['approve', 'reject', 'transfer', 'delegate', 'comment']);
    expect(approvalTaskOperations(task({ addSignerAllowed: true, returnable: true }), 'wang')).toEqual([
      'approve',
      'reject',
      'transfer',
      'delegate',
      'add-signer',
      'return',
      'comment',
    ]);
  });

  it('while out on 委派 only the delegate acts, by giving it back', () => {
    expect(approvalTaskOperations(task({ delegate: 'li' }), 'li')).toEqual(['resolve-delegation', 'comment']);
    expect(approvalTaskOperations(task({ delegate: 'li' }), 'wang')).toEqual([]);
  });

  it('nothing on a task that is not actionable or not the caller’s', () => {
    expect(approvalTaskOperations(task({ actionable: false }), 'wang')).toEqual([]);
    expect(approvalTaskOperations(task(), 'zhao')).toEqual([]);
  });
});
