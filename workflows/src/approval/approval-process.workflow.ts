import { allHandlersFinished, condition, continueAsNew, workflowInfo } from '@temporalio/workflow';
import { approvalWorkflowId, type ApprovalProcessInput, type ApprovalStatus } from '@cxzy/contracts';
import { embedApprovalEngine } from './approval-engine.js';

/** Accepted operations per run before continue-as-new, unless the input says otherwise. */
const OPERATIONS_PER_RUN = 200;

/**
 * 审批流程 — a sequence of approval steps on its own (e.g. an ad-hoc approval, or a process kind
 * whose steps are all approvals): the approval engine does everything; this workflow only starts
 * it and waits for the end. A long approval (many operations: 加签, 催办, comments, returns)
 * continues as new after `operationsPerRun` accepted operations or when Temporal suggests it,
 * carrying the state, the recent idempotency answers and its running reminders, so its history
 * stays bounded.
 */
export async function approvalProcessWorkflow(input: ApprovalProcessInput): Promise<ApprovalStatus> {
  // The id the process was started with (not workflowInfo()): replays of recorded histories run under other ids.
  const engine = embedApprovalEngine(input, approvalWorkflowId(input.processId));
  if (!input.carried) await engine.start();
  const limit = input.operationsPerRun ?? OPERATIONS_PER_RUN;
  await condition(() => engine.ended() || engine.operationsThisRun() >= limit || workflowInfo().continueAsNewSuggested);
  // Let every accepted Update finish and answer before the workflow completes or continues.
  await condition(allHandlersFinished);
  if (!engine.ended()) return continueAsNew<typeof approvalProcessWorkflow>({ ...input, carried: engine.carry() });
  return engine.status();
}
