import type { ApprovalQuorum } from '../pipeline/pipeline-definition.types.js';
import type { ApprovalTask } from './approval.types.js';

export type QuorumOutcome = 'met' | 'failed' | 'open';

/** The tasks that take part in a step's vote: removed, cancelled and discarded ones do not. */
export const liveTasks = (tasks: readonly ApprovalTask[]): ApprovalTask[] =>
  tasks.filter((t) => t.status === 'pending' || t.status === 'approved' || t.status === 'rejected');

/** How many approvals the rule asks of this many live signers. */
export function requiredApprovals(quorum: ApprovalQuorum, live: number): number {
  switch (quorum.kind) {
    case 'one':
      return Math.min(1, live);
    case 'all':
    case 'sequential':
      return live;
    case 'n-of-m':
      return quorum.n;
    case 'ratio':
      return Math.max(1, Math.ceil((quorum.percent * live) / 100));
  }
}

/**
 * Whether one generation of a step has its quorum. An approval counts only once no pending task
 * waits for it (后加签: the adder's approval is not final until the added signer has decided), so
 * a step never completes half-way through a chain. 会签 / 依次 fail at the first rejection; the
 * others fail once too few approvals remain possible.
 */
export function quorumOutcome(quorum: ApprovalQuorum, tasks: readonly ApprovalTask[]): QuorumOutcome {
  const live = liveTasks(tasks);
  const pending = live.filter((t) => t.status === 'pending');
  const waitedOn = new Set(pending.flatMap((t) => t.waitsFor));
  const approved = live.filter((t) => t.status === 'approved');
  const counted = approved.filter((t) => !waitedOn.has(t.id)).length;
  const required = requiredApprovals(quorum, live.length);
  if (live.length === 0) return 'failed';
  if ((quorum.kind === 'all' || quorum.kind === 'sequential') && live.some((t) => t.status === 'rejected'))
    return 'failed';
  if (required > 0 && counted >= required) return 'met';
  if (approved.length + pending.length < required) return 'failed';
  return 'open';
}
