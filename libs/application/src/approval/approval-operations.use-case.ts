import { Injectable } from '@nestjs/common';
import { DomainError, isDomainError, type ApprovalOperation, type LocalizedText } from '@cxzy/domain';
import {
  approvalOperationUpdate,
  approvalStatusQuery,
  fromUpdateRejection,
  type ApprovalStatus,
  type ApprovalUpdateResult,
} from '@cxzy/contracts';
import { ApprovalRepository, type ApprovalProcessRow } from '@cxzy/persistence';
import { TemporalClientProvider } from '@cxzy/temporal';
import { auditedActor, type RequestContext } from '../audit/request-context.js';
import { UpdateIdentitySigner } from '../auth/update-identity-signer.service.js';

export const approvalTaskNotFound = (taskId: string): DomainError =>
  new DomainError(
    'APPROVAL_TASK_NOT_FOUND',
    'not-found',
    { zhCN: `审批任务不存在：${taskId}`, en: `no such approval task: ${taskId}` },
    'taskId',
  );

export const approvalProcessNotFound = (processId: string): DomainError =>
  new DomainError(
    'APPROVAL_NOT_FOUND',
    'not-found',
    { zhCN: `审批不存在：${processId}`, en: `no such approval: ${processId}` },
    'processId',
  );

const notInvolved = (processId: string): DomainError =>
  new DomainError(
    'APPROVAL_NOT_INVOLVED',
    'forbidden',
    {
      zhCN: `只有该审批的参与人（发起人、办理人、代理人、被抄送人等）可以查看：${processId}`,
      en: `only the people taking part (submitter, assignees, deputies, people copied …) may read this approval: ${processId}`,
    },
    'processId',
  );

const approvalEnded = (processId: string): DomainError =>
  new DomainError(
    'APPROVAL_NOT_RUNNING',
    'conflict',
    { zhCN: `审批已结束，不能再办理：${processId}`, en: `the approval has ended: ${processId}` },
    'status',
  );

/** One line of a bulk answer: done, or refused with the reason. */
export type BulkItemResult =
  | { readonly taskId: string; readonly ok: true; readonly result: ApprovalUpdateResult }
  | {
      readonly taskId: string;
      readonly ok: false;
      readonly error: { readonly code: string; readonly message: LocalizedText; readonly field: string | null };
    };

export const BULK_MAX = 500;

/**
 * Every operation on a task is one Update on the workflow that owns it: the workflow's validator
 * runs the approval model and refuses at once (a refusal changes nothing); accepted ones are
 * written with their audit records by the workflow's activity.
 */
@Injectable()
export class ApprovalOperationsUseCase {
  constructor(
    private readonly temporal: TemporalClientProvider,
    private readonly approvals: ApprovalRepository,
    private readonly identities: UpdateIdentitySigner,
  ) {}

  /** One operation as the caller, signed for this workflow and key (ADR 0009: the validator verifies it). */
  private async send(
    context: RequestContext,
    workflowId: string,
    processId: string,
    idempotencyKey: string,
    operation: ApprovalOperation,
  ): Promise<ApprovalUpdateResult> {
    const client = await this.temporal.get();
    const identity = this.identities.sign(context, {
      workflowId,
      updateName: approvalOperationUpdate.name,
      idempotencyKey,
    });
    try {
      return await client.workflow.getHandle(workflowId).executeUpdate(approvalOperationUpdate, {
        args: [{ idempotencyKey, actor: auditedActor(context), operation, identity }],
      });
    } catch (error) {
      const rejection = fromUpdateRejection(error);
      if (rejection) throw rejection;
      // The workflow of an ended approval has completed: nothing more can happen to it. Only its
      // people are told so (409); anyone else gets the 403 the running workflow would give them.
      if (error instanceof Error && error.name === 'WorkflowNotFoundError') {
        if (!(await this.approvals.involves(processId, context.actorId))) throw notInvolved(processId);
        throw approvalEnded(processId);
      }
      throw error;
    }
  }

  /** An operation on a task (the task names its process). */
  async onTask(
    context: RequestContext,
    taskId: string,
    idempotencyKey: string,
    operation: ApprovalOperation,
  ): Promise<ApprovalUpdateResult> {
    const task = await this.approvals.findTask(taskId);
    if (!task) throw approvalTaskNotFound(taskId);
    return this.send(context, task.workflowId, task.processId, idempotencyKey, operation);
  }

  /** An operation on a whole process (撤回, 抄送, a comment). */
  async onProcess(
    context: RequestContext,
    processId: string,
    idempotencyKey: string,
    operation: ApprovalOperation,
  ): Promise<ApprovalUpdateResult> {
    const process = await this.process(processId);
    return this.send(context, process.workflowId, processId, idempotencyKey, operation);
  }

  /**
   * 批量同意 / 批量催办: each task is sent, validated and audited on its own; the answer lists every
   * task's result in the order given, refusals with their reason. One at a time per process, a few
   * processes at once.
   */
  async bulk(
    context: RequestContext,
    idempotencyKey: string,
    taskIds: readonly string[],
    operation: (taskId: string) => ApprovalOperation,
  ): Promise<BulkItemResult[]> {
    const results = new Map<string, BulkItemResult>();
    const queue = [...new Set(taskIds)];
    const worker = async () => {
      for (let taskId = queue.shift(); taskId !== undefined; taskId = queue.shift()) {
        try {
          const result = await this.onTask(context, taskId, `${idempotencyKey}:${taskId}`, operation(taskId));
          results.set(taskId, { taskId, ok: true, result });
        } catch (error) {
          if (!isDomainError(error)) throw error;
          results.set(taskId, {
            taskId,
            ok: false,
            error: { code: error.code, message: error.text, field: error.field ?? null },
          });
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    return taskIds.map((id) => results.get(id) as BulkItemResult);
  }

  async process(processId: string): Promise<ApprovalProcessRow> {
    const process = await this.approvals.findProcess(processId);
    if (!process) throw approvalProcessNotFound(processId);
    return process;
  }

  /** The live state from the workflow while it runs, else the stored projection's history. */
  async status(
    context: RequestContext,
    processId: string,
  ): Promise<{ process: ApprovalProcessRow; live: ApprovalStatus | null; history: unknown[] }> {
    const process = await this.process(processId);
    // Only the people in the approval read it (its tasks, history and copies name who they are).
    if (!(await this.approvals.involves(processId, context.actorId))) throw notInvolved(processId);
    const history = await this.approvals.history(processId);
    if (process.status !== 'running') return { process, live: null, history };
    const client = await this.temporal.get();
    try {
      const live = await client.workflow.getHandle(process.workflowId).query(approvalStatusQuery);
      return { process, live, history };
    } catch {
      return { process, live: null, history };
    }
  }
}
