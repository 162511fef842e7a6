import { allHandlersFinished, condition } from '@temporalio/workflow';
import { approvalWorkflowId, type ApprovalProcessInput, type ApprovalStatus } from '@cxzy/contracts';
import { embedApprovalEngine } from './approval-engine.js';

/**
 * 审批流程 — a sequence of approval steps on its own (e.g. an ad-hoc approval, or a process kind
 * whose steps are all approvals): the approval engine does everything; this workflow only starts
 * it and waits for the end.
 */
export async function approvalProcessWorkflow(input: ApprovalProcessInput): Promise<ApprovalStatus> {
  // The id the process was started with (not workflowInfo()): replays of recorded histories run under other ids.
  const engine = embedApprovalEngine(input, approvalWorkflowId(input.processId));
  await engine.start();
  await engine.finished();
  // Let every accepted Update finish and answer before the workflow completes.
  await condition(allHandlersFinished);
  return engine.status();
}
